import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsString, Matches, MaxLength } from 'class-validator';
import type { ItemResponse } from '@markpoint/grading';
import type { LearnerItemView } from '../domain/learner-item-view';
import { toLearnerItemView } from '../domain/learner-item-view';
import type { AttemptItemEntity } from '../entities/attempt-item.entity';
import type { AttemptEntity } from '../entities/attempt.entity';

export class StartAttemptDto {
  @ApiProperty({
    description: "Your identifier for the learner (stored as given; don't send names or emails)",
    example: 'learner-4711',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[^\s]+$/, { message: 'learner must not contain spaces' })
  learner!: string;
}

export class MarkItemDto {
  @ApiProperty({ type: Object, description: 'Marks per rubric criterion id', example: { c1: 2, c2: 1 } })
  @IsObject()
  awards!: Record<string, number>;
}

export class BreakdownDto {
  @ApiProperty() markingPointKey!: string;
  @ApiProperty() score!: number;
  @ApiProperty() maxScore!: number;
  @ApiProperty() percentage!: number;
}

export class AttemptSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) quizId!: string;
  @ApiProperty() learner!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ['IN_PROGRESS', 'SUBMITTED', 'AWAITING_MANUAL', 'GRADED'] }) status!: string;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ type: String, nullable: true }) deadlineAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) submittedBy?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) score?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) maxScore?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) percentage?: number | null;
  @ApiPropertyOptional({ type: Boolean, nullable: true }) passed?: boolean | null;
  @ApiPropertyOptional({ type: [BreakdownDto], nullable: true }) breakdown?: BreakdownDto[] | null;
}

export class LearnerItemDto {
  @ApiProperty() position!: number;
  @ApiProperty() type!: string;
  @ApiProperty() stem!: string;
  @ApiPropertyOptional({ type: Object, isArray: true }) options?: { id: string; text: string }[];
  @ApiPropertyOptional({ type: Object, isArray: true }) steps?: { id: string; text: string }[];
  @ApiPropertyOptional({ type: Object, isArray: true }) prompts?: { id: string; prompt: string }[];
  @ApiPropertyOptional({ type: [String] }) answers?: string[];
  @ApiProperty() maxScore!: number;
  @ApiProperty({ type: Object, nullable: true }) response!: ItemResponse | null;
}

/** An attempt as the learner's client sees it: items without keys or feedback. */
export class AttemptResponseDto extends AttemptSummaryDto {
  @ApiProperty({ type: [LearnerItemDto] }) items!: LearnerItemView[];
}

export function toAttemptSummary(a: AttemptEntity, withResult = true): AttemptSummaryDto {
  const base = {
    id: a.id,
    quizId: a.quizId,
    learner: a.learnerRef,
    number: a.number,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt?.toISOString() ?? null,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    submittedBy: a.submittedBy,
  };
  if (!withResult) return base;
  return {
    ...base,
    score: a.score,
    maxScore: a.maxScore,
    percentage: a.percentage,
    passed: a.passed,
    breakdown: a.breakdown,
  };
}

export function toAttemptResponse(a: AttemptEntity, items: AttemptItemEntity[]): AttemptResponseDto {
  return { ...toAttemptSummary(a, false), items: items.map((item) => toLearnerItemView(item, a.seed)) };
}
