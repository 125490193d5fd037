import { ApiProperty } from '@nestjs/swagger';
import { ITEM_TYPES, type ItemType } from '@markpoint/grading';
import type { QuestionBankEntity } from '../entities/question-bank.entity';

export class BankQualitySummaryDto {
  @ApiProperty() lintErrors!: number;
  @ApiProperty() lintWarnings!: number;
  @ApiProperty() markingPoints!: number;
  @ApiProperty({ description: 'Marking points with at least 4 items of at least 2 types' })
  markingPointsCovered!: number;
}

export class GenerationOptionsDto {
  @ApiProperty() itemsPerMarkingPoint!: number;
  @ApiProperty({ enum: ITEM_TYPES, isArray: true }) types!: ItemType[];
  @ApiProperty({ type: [String], description: 'Knowledge packs used' }) packs!: string[];
}

export class BankResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) specificationId!: string;
  @ApiProperty({ format: 'uuid' }) specificationVersionId!: string;
  @ApiProperty() seed!: string;
  @ApiProperty() generatorVersion!: string;
  @ApiProperty({ type: GenerationOptionsDto }) options!: GenerationOptionsDto;
  @ApiProperty({ type: BankQualitySummaryDto }) quality!: BankQualitySummaryDto;
  @ApiProperty() itemCount!: number;
  @ApiProperty() createdAt!: string;
}

export class BankPageDto {
  @ApiProperty({ type: [BankResponseDto] }) data!: BankResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true }) next!: string | null;
}

export function toBankResponse(b: QuestionBankEntity): BankResponseDto {
  return {
    id: b.id,
    title: b.title,
    specificationId: b.specificationId,
    specificationVersionId: b.specificationVersionId,
    seed: b.seed,
    generatorVersion: b.generatorVersion,
    options: b.options,
    quality: b.quality,
    itemCount: b.itemCount,
    createdAt: b.createdAt.toISOString(),
  };
}
