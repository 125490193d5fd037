import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SpecificationEntity } from '../entities/specification.entity';
import type { SpecificationWithVersion } from '../use-cases/get-specification.use-case';

export class SpecLineDto {
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'First line in the source text (1-based)' }) line!: number;
  @ApiProperty() endLine!: number;
}

export class KeyConceptDto extends SpecLineDto {
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
}

export class MarkingPointDto {
  @ApiProperty({ example: 'mp-3f2a9c01d4', description: 'Stable across versions of the same text' })
  key!: string;
  @ApiProperty() position!: number;
  @ApiProperty() text!: string;
  @ApiProperty() line!: number;
}

export class ParseWarningDto {
  @ApiProperty() line!: number;
  @ApiPropertyOptional() section?: string;
  @ApiProperty() message!: string;
}

export class SpecificationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() latestVersion!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class SpecificationResponseDto extends SpecificationSummaryDto {
  @ApiProperty({ description: 'The version shown' }) version!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ type: [SpecLineDto] }) synopsis!: SpecLineDto[];
  @ApiProperty({ type: [KeyConceptDto] }) keyConcepts!: KeyConceptDto[];
  @ApiProperty({ type: [SpecLineDto] }) examTips!: SpecLineDto[];
  @ApiProperty({ type: [SpecLineDto] }) misconceptions!: SpecLineDto[];
  @ApiProperty({ type: [MarkingPointDto] }) markingPoints!: MarkingPointDto[];
  @ApiProperty({ type: [ParseWarningDto] }) warnings!: ParseWarningDto[];
}

export class SpecificationPageDto {
  @ApiProperty({ type: [SpecificationSummaryDto] }) data!: SpecificationSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true }) next!: string | null;
}

export function toSpecificationSummary(s: SpecificationEntity): SpecificationSummaryDto {
  return {
    id: s.id,
    title: s.title,
    slug: s.slug,
    latestVersion: s.latestVersion,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function toSpecificationResponse({
  specification,
  version,
  markingPoints,
}: SpecificationWithVersion): SpecificationResponseDto {
  const p = version.parsed;
  const line = ({ text, line, endLine }: SpecLineDto): SpecLineDto => ({ text, line, endLine });
  return {
    ...toSpecificationSummary(specification),
    version: version.version,
    contentHash: version.contentHash,
    synopsis: p.synopsis.map(line),
    keyConcepts: p.keyConcepts.map((k) => ({ ...line(k), name: k.name, description: k.description })),
    examTips: p.examTips.map(line),
    misconceptions: p.misconceptions.map(line),
    markingPoints: markingPoints.map((m) => ({
      key: m.key,
      position: m.position,
      text: m.text,
      line: m.line,
    })),
    warnings: p.warnings.map((w) => ({ line: w.line, section: w.section, message: w.message })),
  };
}
