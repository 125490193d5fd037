import { ApiProperty } from '@nestjs/swagger';
import { COGNITIVE_LEVELS, ITEM_TYPES, type CognitiveLevel, type ItemType } from '@markpoint/grading';
import { ITEM_STATUSES, type ItemStatus } from '../entities/item.entity';
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

export class ItemFindingDto {
  @ApiProperty({ example: 'duplicate-option' }) rule!: string;
  @ApiProperty({ enum: ['ERROR', 'WARNING'] }) severity!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The part of the item at fault' })
  field!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The offending text' }) text!: string | null;
}

export class ItemEvidenceDto {
  @ApiProperty({ type: [String], description: 'Specification phrases the item rests on' }) phrases!: string[];
  @ApiProperty({ type: [Number], description: 'Their line numbers' }) lines!: number[];
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
  @ApiProperty({
    enum: ITEM_STATUSES,
    description: 'Quizzes draw APPROVED items (and DRAFT ones when the quiz includes drafts), never RETIRED',
  })
  status!: ItemStatus;
  @ApiProperty({ type: [ItemFindingDto], description: "The checker's findings on the current version" })
  findings!: ItemFindingDto[];
  @ApiProperty({ type: ItemEvidenceDto, nullable: true }) evidence!: ItemEvidenceDto | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: "The generator's confidence in the current version; null when authored, imported or edited",
  })
  confidence!: number | null;
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
    status: item.status,
    findings: version.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      field: f.field ?? null,
      message: f.message,
      text: f.text ?? null,
    })),
    evidence: version.evidence,
    confidence: version.confidence,
    content: version.content as unknown as Record<string, unknown>,
    feedback: version.feedback,
    maxScore: version.maxScore,
    provenance: version.provenance,
    generator: version.generator,
  };
}
