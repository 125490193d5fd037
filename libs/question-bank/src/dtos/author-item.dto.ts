import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COGNITIVE_LEVELS, type CognitiveLevel } from '@markpoint/grading';
import type { ItemStatus } from '../entities/item.entity';

const LEVELS = [...COGNITIVE_LEVELS];
// Authors choose between review states; retiring has its own routes.
const AUTHOR_STATUSES = ['DRAFT', 'APPROVED'];
const MP_KEY = /^mp-[0-9a-f]{10}$/;

export class ItemFeedbackInputDto {
  @ApiProperty() @IsString() correct!: string;
  @ApiProperty() @IsString() incorrect!: string;
}

export class CreateItemDto {
  @ApiProperty({
    type: Object,
    description: 'The item content by type (see the items listing for the shapes)',
  })
  @IsObject()
  content!: Record<string, unknown>;

  @ApiProperty({ type: [String], example: ['mp-88bd533200'] })
  @IsArray()
  @Matches(MP_KEY, { each: true, message: 'each marking point key must look like mp-88bd533200' })
  markingPointKeys!: string[];

  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) level!: CognitiveLevel;

  @ApiProperty({ type: ItemFeedbackInputDto })
  @ValidateNested()
  @Type(() => ItemFeedbackInputDto)
  feedback!: ItemFeedbackInputDto;

  @ApiPropertyOptional({ minimum: 0.5, maximum: 100, default: 1 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.5)
  @Max(100)
  maxScore?: number;

  @ApiPropertyOptional({
    enum: AUTHOR_STATUSES,
    default: 'APPROVED',
    description: 'A hand-written item is approved by its author unless sent as a DRAFT',
  })
  @IsOptional()
  @IsIn(AUTHOR_STATUSES)
  status?: Exclude<ItemStatus, 'RETIRED'>;
}

export class UpdateItemDto {
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() content?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @Matches(MP_KEY, { each: true, message: 'each marking point key must look like mp-88bd533200' })
  markingPointKeys?: string[];

  @ApiPropertyOptional({ enum: LEVELS }) @IsOptional() @IsIn(LEVELS) level?: CognitiveLevel;

  @ApiPropertyOptional({ type: ItemFeedbackInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ItemFeedbackInputDto)
  feedback?: ItemFeedbackInputDto;

  @ApiPropertyOptional({ minimum: 0.5, maximum: 100 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.5)
  @Max(100)
  maxScore?: number;

  @ApiPropertyOptional({
    enum: AUTHOR_STATUSES,
    description: 'The status after the edit; the item keeps its status when this is left out',
  })
  @IsOptional()
  @IsIn(AUTHOR_STATUSES)
  status?: Exclude<ItemStatus, 'RETIRED'>;
}

export class AlignItemDto {
  @ApiProperty({ example: 'mp-88bd533200' })
  @Matches(MP_KEY, { message: 'markingPointKey must look like mp-88bd533200' })
  markingPointKey!: string;
}
