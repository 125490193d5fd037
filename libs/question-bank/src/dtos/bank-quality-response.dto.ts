import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ITEM_TYPES } from '@markpoint/grading';
import { BankQualitySummaryDto } from './bank-response.dto';

export class LintFindingDto {
  @ApiProperty({ example: 'duplicate-option' }) rule!: string;
  @ApiProperty({ enum: ['ERROR', 'WARNING'] }) severity!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Index of the item in bank order; null for bank-wide findings',
  })
  itemIndex!: number | null;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ example: 'options[2]', description: 'The field at fault' }) field?: string;
  @ApiPropertyOptional({ description: 'The text at fault' }) text?: string;
}

export class MarkingPointCoverageDto {
  @ApiProperty() key!: string;
  @ApiProperty() text!: string;
  @ApiProperty() line!: number;
  @ApiProperty() items!: number;
  @ApiProperty({ enum: ITEM_TYPES, isArray: true }) types!: string[];
  @ApiProperty({ type: [String] }) levels!: string[];
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the marking point falls short' }) reason!:
    string | null;
}

export class CoverageReportDto {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: [MarkingPointCoverageDto] }) markingPoints!: MarkingPointCoverageDto[];
  @ApiProperty({ description: 'Items aligned to no marking point of the specification' }) unaligned!: number;
}

export class BankQualityResponseDto {
  @ApiProperty({ description: 'No lint error and every marking point covered' }) ok!: boolean;
  @ApiProperty({ type: BankQualitySummaryDto }) summary!: BankQualitySummaryDto;
  @ApiProperty({ type: [LintFindingDto] }) findings!: LintFindingDto[];
  @ApiProperty({ type: CoverageReportDto }) coverage!: CoverageReportDto;
  @ApiProperty({ type: Object, description: 'Item count per type' }) itemsByType!: Record<string, number>;
  @ApiProperty({
    type: Object,
    example: { DRAFT: 12, APPROVED: 30, RETIRED: 2 },
    description:
      'Item count per review status (the findings and coverage above are of DRAFT and APPROVED items)',
  })
  itemsByStatus!: Record<string, number>;
}
