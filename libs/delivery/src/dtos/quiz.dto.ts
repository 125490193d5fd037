import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ITEM_TYPES, type ItemType } from '@markpoint/grading';
import {
  GRADING_METHODS,
  REVIEW_WHEN,
  type GradingMethod,
  type QuizLayout,
  type ReviewWhen,
} from '../domain/quiz-settings';

// A bank holds far fewer items; the bound keeps the number an int4 wherever it is stored.
const MAX_BLUEPRINT_ITEMS = 10_000;

export class BlueprintDto {
  @ApiPropertyOptional({
    description: 'Items per marking point; null = all of them',
    nullable: true,
    minimum: 1,
    maximum: MAX_BLUEPRINT_ITEMS,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_BLUEPRINT_ITEMS)
  perMarkingPoint?: number | null;

  @ApiPropertyOptional({ type: [String], description: 'Only these marking point keys (default: all)' })
  @IsOptional()
  @IsArray()
  @Matches(/^mp-[0-9a-f]{10}$/, { each: true })
  markingPoints?: string[];

  @ApiPropertyOptional({
    enum: ITEM_TYPES,
    isArray: true,
    description: 'Only these item types (default: all)',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ITEM_TYPES, { each: true })
  types?: ItemType[];

  @ApiPropertyOptional({
    nullable: true,
    minimum: 1,
    maximum: MAX_BLUEPRINT_ITEMS,
    description: 'At most this many items per attempt',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_BLUEPRINT_ITEMS)
  total?: number | null;
}

export class ReviewPolicyDto {
  @ApiPropertyOptional({ enum: REVIEW_WHEN }) @IsOptional() @IsIn(REVIEW_WHEN) when?: ReviewWhen;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() showScore?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() showBreakdown?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() showCorrectAnswers?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() showFeedback?: boolean;
}

export class QuizSettingsDto {
  @ApiPropertyOptional({ nullable: true, minimum: 1, maximum: 1440 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  timeLimitMinutes?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 1, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  attemptsAllowed?: number | null;

  @ApiPropertyOptional({ enum: GRADING_METHODS })
  @IsOptional()
  @IsIn(GRADING_METHODS)
  gradingMethod?: GradingMethod;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  passMarkPercent?: number;

  @ApiPropertyOptional({ nullable: true, format: 'date-time' }) @IsOptional() @IsISO8601() opensAt?:
    string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date-time' }) @IsOptional() @IsISO8601() closesAt?:
    string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() shuffleItems?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() shuffleOptions?: boolean;

  @ApiPropertyOptional({ enum: ['ONE_PER_PAGE', 'ALL_ON_ONE_PAGE'] })
  @IsOptional()
  @IsIn(['ONE_PER_PAGE', 'ALL_ON_ONE_PAGE'])
  layout?: QuizLayout;

  @ApiPropertyOptional({ type: ReviewPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewPolicyDto)
  review?: ReviewPolicyDto;

  @ApiPropertyOptional({
    default: false,
    description: 'Also draw items still waiting for review (DRAFT); approved items only by default',
  })
  @IsOptional()
  @IsBoolean()
  includeDrafts?: boolean;
}

export class CreateQuizDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() bankId!: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;

  @ApiPropertyOptional({ type: BlueprintDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BlueprintDto)
  blueprint?: BlueprintDto;

  @ApiPropertyOptional({ type: QuizSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuizSettingsDto)
  settings?: QuizSettingsDto;
}

/** Every field of a new quiz but its bank, all optional. */
export class UpdateQuizDto extends PartialType(OmitType(CreateQuizDto, ['bankId'] as const)) {}

export class AccommodationDto {
  @ApiProperty({ minimum: 1, maximum: 4, example: 1.25, description: 'Time limit multiplier' })
  @IsNumber()
  @Min(1)
  @Max(4)
  timeMultiplier!: number;

  @ApiProperty({ minimum: 0, maximum: 10 }) @IsInt() @Min(0) @Max(10) extraAttempts!: number;
}
