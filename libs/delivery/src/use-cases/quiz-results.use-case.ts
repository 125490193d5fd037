import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { defuseFormula } from '@markpoint/question-bank';
import { itemStatistics, selectAttemptScore, type ItemStatisticsReport } from '@markpoint/grading';
import type { AttemptEntity } from '../entities/attempt.entity';
import type { QuizEntity } from '../entities/quiz.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { AttemptRepository } from '../repositories/attempt.repository';
import { QuizRepository } from '../repositories/quiz.repository';

export interface LearnerGrade {
  learner: string;
  attempts: number;
  /** By the quiz's grading method over graded attempts; null until one is graded. */
  percentage: number | null;
}

/** Results of a quiz: attempts, each learner's grade, CSV, and item statistics. */
@Injectable()
export class QuizResultsUseCase {
  constructor(
    private readonly quizzes: QuizRepository,
    private readonly attempts: AttemptRepository,
  ) {}

  async quiz(tenantId: string, id: string): Promise<QuizEntity> {
    const quiz = await this.quizzes.findById(tenantId, id);
    if (!quiz) throw new DeliveryException(`No quiz has the id ${id}`, DeliveryExceptionCode.QUIZ_NOT_FOUND);
    return quiz;
  }

  async page(
    tenantId: string,
    quizId: string,
    page: { page: number; limit: number },
  ): Promise<[AttemptEntity[], number]> {
    await this.quiz(tenantId, quizId);
    return this.attempts.listForQuiz(tenantId, quizId, page);
  }

  async learnerGrades(tenantId: string, quizId: string): Promise<LearnerGrade[]> {
    const quiz = await this.quiz(tenantId, quizId);
    const [all] = await this.attempts.listForQuiz(tenantId, quizId, null);
    const byLearner = new Map<string, AttemptEntity[]>();
    for (const a of all) byLearner.set(a.learnerRef, [...(byLearner.get(a.learnerRef) ?? []), a]);
    return [...byLearner].map(([learner, list]) => {
      const graded = list.filter((a) => a.status === 'GRADED' && a.percentage !== null && a.submittedAt);
      return {
        learner,
        attempts: list.length,
        percentage: selectAttemptScore(
          quiz.settings.gradingMethod,
          graded.map((a) => ({ percentage: a.percentage!, submittedAt: a.submittedAt! })),
        ),
      };
    });
  }

  async csv(tenantId: string, quizId: string): Promise<string> {
    await this.quiz(tenantId, quizId);
    const [all] = await this.attempts.listForQuiz(tenantId, quizId, null);
    const keys = [...new Set(all.flatMap((a) => (a.breakdown ?? []).map((b) => b.markingPointKey)))].sort();
    const rows = all.map((a) => {
      const byKey = new Map((a.breakdown ?? []).map((b) => [b.markingPointKey, b]));
      return [
        a.learnerRef,
        a.number,
        a.status,
        a.startedAt.toISOString(),
        a.submittedAt?.toISOString() ?? '',
        a.submittedBy ?? '',
        a.score ?? '',
        a.maxScore ?? '',
        a.percentage ?? '',
        a.passed === null ? '' : a.passed ? 'yes' : 'no',
        ...keys.map((k) => (byKey.has(k) ? `${byKey.get(k)!.score}/${byKey.get(k)!.maxScore}` : '')),
      ];
    });
    const header = [
      'learner',
      'attempt',
      'status',
      'started_at',
      'submitted_at',
      'submitted_by',
      'score',
      'max_score',
      'percentage',
      'passed',
      ...keys,
    ];
    // Cells that start like a formula are neutralised for spreadsheet users, as in bank exports.
    return stringify([header, ...rows], { cast: { string: defuseFormula } });
  }

  /** Facility, discrimination and Cronbach's alpha from each learner's first graded attempt. */
  async statistics(tenantId: string, quizId: string): Promise<ItemStatisticsReport & { attempts: number }> {
    await this.quiz(tenantId, quizId);
    const [all] = await this.attempts.listForQuiz(tenantId, quizId, null);
    const firsts = new Map<string, AttemptEntity>();
    for (const a of all) if (a.status === 'GRADED' && !firsts.has(a.learnerRef)) firsts.set(a.learnerRef, a);
    const items = await this.attempts.itemsOf([...firsts.values()].map((a) => a.id));
    const matrix = [...firsts.values()].map((a) => ({
      attemptId: a.id,
      scores: Object.fromEntries(
        items
          .filter((i) => i.attemptId === a.id && i.grade)
          .map((i) => [i.itemId, { score: i.grade!.score, maxScore: i.grade!.maxScore }]),
      ),
    }));
    return { ...itemStatistics(matrix), attempts: matrix.length };
  }
}
