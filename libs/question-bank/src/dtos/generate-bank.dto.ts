import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ITEM_TYPES, type ItemType } from '@markpoint/grading';
import { INT4_MAX } from '@markpoint/common';

export class GenerateBankDto {
  @ApiPropertyOptional({ description: 'Defaults to the specification title and version', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({
    description: 'Specification version; the latest by default',
    minimum: 1,
    maximum: INT4_MAX,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version?: number;

  @ApiPropertyOptional({
    description: 'Same specification, generator version and seed give the same bank',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  seed?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  itemsPerMarkingPoint?: number;

  @ApiPropertyOptional({ enum: ITEM_TYPES, isArray: true, description: 'All types by default' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ITEM_TYPES, { each: true })
  types?: ItemType[];

  @ApiPropertyOptional({
    default: true,
    description: 'false: use the specification text alone, no knowledge packs',
  })
  @IsOptional()
  @IsBoolean()
  usePacks?: boolean;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1,
    description:
      'Approve generated items whose confidence is at or above this (0–1) and in which the checker ' +
      'found no error; every other item waits as a DRAFT. Unset: every item is a DRAFT.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  autoApproveAbove?: number;
}
