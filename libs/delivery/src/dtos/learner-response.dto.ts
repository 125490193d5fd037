import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsString,
  MaxLength,
} from 'class-validator';
import { ITEM_TYPES, type ItemResponse, type ItemType } from '@markpoint/grading';
import { RESPONSE_LIMITS as L } from '../constants/response-limits';
import { IsStringMap } from '../utils/is-string-map.validator';

// One class per item type, chosen by `type` (class-transformer's discriminator). A response whose
// type is unknown becomes the base class, whose only rule refuses the type.

/** A response whose `type` names no item type. */
export class LearnerResponseDto {
  @ApiProperty({ enum: ITEM_TYPES })
  @IsIn(ITEM_TYPES)
  type!: ItemType;
}

class SingleChoiceResponseDto {
  @ApiProperty({ enum: ['SINGLE_CHOICE'] }) @Equals('SINGLE_CHOICE') type!: 'SINGLE_CHOICE';

  @ApiProperty({ maxLength: L.idLength })
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.idLength)
  optionId!: string;
}

class MultipleResponseResponseDto {
  @ApiProperty({ enum: ['MULTIPLE_RESPONSE'] }) @Equals('MULTIPLE_RESPONSE') type!: 'MULTIPLE_RESPONSE';

  @ApiProperty({ type: [String], maxItems: L.listLength })
  @IsArray()
  @ArrayMaxSize(L.listLength)
  @IsString({ each: true })
  @MaxLength(L.idLength, { each: true })
  optionIds!: string[];
}

class TrueFalseResponseDto {
  @ApiProperty({ enum: ['TRUE_FALSE'] }) @Equals('TRUE_FALSE') type!: 'TRUE_FALSE';

  @ApiProperty() @IsBoolean() value!: boolean;
}

class OrderingResponseDto {
  @ApiProperty({ enum: ['ORDERING'] }) @Equals('ORDERING') type!: 'ORDERING';

  @ApiProperty({ type: [String], maxItems: L.listLength, description: 'Every step id, first step first' })
  @IsArray()
  @ArrayMaxSize(L.listLength)
  @IsString({ each: true })
  @MaxLength(L.idLength, { each: true })
  stepIds!: string[];
}

class MatchingResponseDto {
  @ApiProperty({ enum: ['MATCHING'] }) @Equals('MATCHING') type!: 'MATCHING';

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: L.matchAnswerLength },
    description: 'The answer chosen for each prompt id',
    example: { p1: 'Cash' },
  })
  @IsStringMap({ maxEntries: L.listLength, maxKeyLength: L.idLength, maxValueLength: L.matchAnswerLength })
  matches!: Record<string, string>;
}

class NumericResponseDto {
  @ApiProperty({ enum: ['NUMERIC'] }) @Equals('NUMERIC') type!: 'NUMERIC';

  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
}

class ShortAnswerResponseDto {
  @ApiProperty({ enum: ['SHORT_ANSWER'] }) @Equals('SHORT_ANSWER') type!: 'SHORT_ANSWER';

  @ApiProperty({ maxLength: L.shortAnswerLength })
  @IsString()
  @MaxLength(L.shortAnswerLength)
  text!: string;
}

class ExtendedResponseResponseDto {
  @ApiProperty({ enum: ['EXTENDED_RESPONSE'] }) @Equals('EXTENDED_RESPONSE') type!: 'EXTENDED_RESPONSE';

  @ApiProperty({ maxLength: L.extendedResponseLength })
  @IsString()
  @MaxLength(L.extendedResponseLength)
  text!: string;
}

// The record makes the compiler check that every item type has its class.
const RESPONSE_DTOS: Record<ItemType, new () => ItemResponse> = {
  SINGLE_CHOICE: SingleChoiceResponseDto,
  MULTIPLE_RESPONSE: MultipleResponseResponseDto,
  TRUE_FALSE: TrueFalseResponseDto,
  ORDERING: OrderingResponseDto,
  MATCHING: MatchingResponseDto,
  NUMERIC: NumericResponseDto,
  SHORT_ANSWER: ShortAnswerResponseDto,
  EXTENDED_RESPONSE: ExtendedResponseResponseDto,
};

/** The response classes by type, for `@Type`'s discriminator and the OpenAPI document. */
export const LEARNER_RESPONSE_SUBTYPES = Object.entries(RESPONSE_DTOS).map(([name, value]) => ({
  name,
  value,
}));
