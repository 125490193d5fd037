import { ApiProperty } from '@nestjs/swagger';
import { COGNITIVE_LEVELS, ITEM_TYPES, type CognitiveLevel, type ItemType } from '@markpoint/grading';
import type { BankItem } from '../repositories/question-bank.repository';

export class ItemProvenanceDto {
  @ApiProperty({ format: 'uuid' }) specId!: string;
  @ApiProperty() specVersion!: number;
  @ApiProperty({ type: [Number], description: 'Lines of the specification the item came from' })
  lines!: number[];
}

export class GeneratorStampDto {
  @ApiProperty() strategy!: string;
  @ApiProperty() version!: string;
  @ApiProperty() seed!: string;
}

export class ItemFeedbackDto {
  @ApiProperty() correct!: string;
  @ApiProperty() incorrect!: string;
}

/** An item as authors see it: with its key and feedback (learners never get this shape). */
export class ItemResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: ITEM_TYPES }) type!: ItemType;
  @ApiProperty({ enum: COGNITIVE_LEVELS }) level!: CognitiveLevel;
  @ApiProperty({ type: [String] }) markingPointKeys!: string[];
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ['GENERATED', 'AUTHORED', 'IMPORTED'] }) origin!: string;
  @ApiProperty({ description: 'The item content, shaped by type (stem, options, key…)', type: Object })
  content!: Record<string, unknown>;
  @ApiProperty({ type: ItemFeedbackDto }) feedback!: ItemFeedbackDto;
  @ApiProperty() maxScore!: number;
  @ApiProperty({ type: ItemProvenanceDto }) provenance!: ItemProvenanceDto;
  @ApiProperty({ type: GeneratorStampDto, nullable: true }) generator!: GeneratorStampDto | null;
}

export class ItemPageDto {
  @ApiProperty({ type: [ItemResponseDto] }) data!: ItemResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true }) next!: string | null;
}

export function toItemResponse({ item, version }: BankItem): ItemResponseDto {
  return {
    id: item.id,
    position: item.position,
    type: item.type,
    level: item.level,
    markingPointKeys: item.markingPointKeys,
    version: version.version,
    origin: item.origin,
    content: version.content as unknown as Record<string, unknown>,
    feedback: version.feedback,
    maxScore: version.maxScore,
    provenance: version.provenance,
    generator: version.generator,
  };
}
