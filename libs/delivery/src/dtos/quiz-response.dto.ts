import { ApiProperty } from '@nestjs/swagger';
import { describeTimeLimit } from '../domain/effective-deadline';
import type { Blueprint, QuizSettings } from '../domain/quiz-settings';
import type { QuizEntity } from '../entities/quiz.entity';

export class QuizResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bankId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: Object }) blueprint!: Blueprint;
  @ApiProperty({ type: Object }) settings!: QuizSettings;
  @ApiProperty({ type: String, nullable: true, example: '30 min' }) timeLimit!: string | null;
  @ApiProperty() createdAt!: string;
}

export function toQuizResponse(q: QuizEntity): QuizResponseDto {
  return {
    id: q.id,
    bankId: q.bankId,
    title: q.title,
    blueprint: q.blueprint,
    settings: q.settings,
    timeLimit: describeTimeLimit(q.settings.timeLimitMinutes, 1),
    createdAt: q.createdAt.toISOString(),
  };
}
