import { allowedAttempts, drawableStatuses } from '../domain/quiz-settings';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { createRandom } from '@markpoint/grading';
import { JobQueue } from '@markpoint/persistence';
import { QuestionBankRepository } from '@markpoint/question-bank';
import { freezeItem } from '../domain/freeze-item';
import { selectItems } from '../domain/select-items';
import { AttemptItemEntity } from '../entities/attempt-item.entity';
import { AttemptEntity } from '../entities/attempt.entity';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { ATTEMPT_DEADLINE_QUEUE } from '../jobs/attempt-deadline.worker';
import { AttemptRepository } from '../repositories/attempt.repository';
import { QuizRepository } from '../repositories/quiz.repository';
import { effectiveDeadline } from '../domain/effective-deadline';

export interface StartedAttempt {
  attempt: AttemptEntity;
  items: AttemptItemEntity[];
  /** True when the learner's open attempt was returned instead of a new one. */
  resumed: boolean;
}

/**
 * Starts (or resumes) a learner's attempt. Serialised per quiz and learner by an advisory lock,
 * so two tabs get the same open attempt and the attempt limit holds under concurrency. Items are
 * frozen now: version, option order and parameters never change afterwards.
 */
@Injectable()
export class StartAttemptUseCase {
  constructor(
    private readonly quizzes: QuizRepository,
    private readonly attempts: AttemptRepository,
    private readonly banks: QuestionBankRepository,
    private readonly queue: JobQueue,
  ) {}

  async execute(input: {
    tenantId: string;
    quizId: string;
    learnerRef: string;
    now?: Date;
  }): Promise<StartedAttempt> {
    const quiz = await this.quizzes.findById(input.tenantId, input.quizId);
    if (!quiz)
      throw new DeliveryException(`No quiz has the id ${input.quizId}`, DeliveryExceptionCode.QUIZ_NOT_FOUND);
    // Resuming is the common case (every relaunch): no lock and no bank read for it.
    const manager = this.attempts.dataSource.manager;
    const resumable = await this.attempts.findOpen(manager, quiz.id, input.learnerRef);
    if (resumable)
      return { attempt: resumable, items: await this.attempts.items(resumable.id, manager), resumed: true };
    // Read before the transaction: the bank read must not hold a second pool connection.
    const bankItems = await this.banks.allItems(input.tenantId, quiz.bankId, drawableStatuses(quiz.settings));
    return this.attempts.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `attempt:${quiz.id}:${input.learnerRef}`,
      ]);
      const open = await this.attempts.findOpen(m, quiz.id, input.learnerRef);
      if (open) return { attempt: open, items: await this.attempts.items(open.id, m), resumed: true };
      const now = input.now ?? new Date();
      const { settings } = quiz;
      if (settings.opensAt && now < new Date(settings.opensAt)) {
        throw new DeliveryException(
          `The quiz opens at ${settings.opensAt}`,
          DeliveryExceptionCode.QUIZ_NOT_OPEN,
        );
      }
      if (settings.closesAt && now >= new Date(settings.closesAt)) {
        throw new DeliveryException(
          `The quiz closed at ${settings.closesAt}`,
          DeliveryExceptionCode.QUIZ_CLOSED,
        );
      }
      const accommodation = await this.quizzes.accommodation(quiz.id, input.learnerRef, m);
      const used = await this.attempts.countFor(m, quiz.id, input.learnerRef);
      const allowed = allowedAttempts(settings, accommodation?.extraAttempts) ?? Infinity;
      if (used >= allowed) {
        throw new DeliveryException(
          `All ${allowed} attempts have been used`,
          DeliveryExceptionCode.NO_ATTEMPTS_LEFT,
        );
      }
      const seed = randomUUID();
      const candidates = bankItems.map((b) => ({
        id: b.item.id,
        type: b.item.type,
        markingPointKeys: b.item.markingPointKeys,
        bankItem: b,
      }));
      let selected = selectItems(candidates, quiz.blueprint, seed);
      if (settings.shuffleItems) selected = createRandom(`${seed}:order`).shuffle(selected);
      if (selected.length === 0) {
        throw new DeliveryException(
          'The quiz blueprint selects no approved item of its bank',
          DeliveryExceptionCode.EMPTY_BLUEPRINT,
        );
      }
      const deadlineAt = effectiveDeadline(now, settings, accommodation?.timeMultiplier ?? 1);
      const attempt = await m.getRepository(AttemptEntity).save(
        m.getRepository(AttemptEntity).create({
          tenantId: input.tenantId,
          quizId: quiz.id,
          learnerRef: input.learnerRef,
          number: used + 1,
          status: 'IN_PROGRESS',
          seed,
          startedAt: now,
          deadlineAt,
        }),
      );
      const items = selected.map(({ bankItem: { item, version } }, index) => {
        const frozen = freezeItem(version.content, `${seed}:${index + 1}`, settings.shuffleOptions);
        return m.getRepository(AttemptItemEntity).create({
          attemptId: attempt.id,
          position: index + 1,
          itemId: item.id,
          itemVersionId: version.id,
          content: frozen.content,
          parameters: frozen.parameters,
          presentation: frozen.presentation,
          feedback: version.feedback,
          markingPointKeys: item.markingPointKeys,
          maxScore: version.maxScore,
          response: null,
          respondedAt: null,
          grade: null,
        });
      });
      await m.createQueryBuilder().insert().into(AttemptItemEntity).values(items).execute();
      if (deadlineAt) {
        // Committed with the attempt: a started timed attempt always has its deadline job.
        await this.queue.send(
          ATTEMPT_DEADLINE_QUEUE,
          { attemptId: attempt.id },
          { manager: m, startAfter: deadlineAt },
        );
      }
      return { attempt, items: await this.attempts.items(attempt.id, m), resumed: false };
    });
  }
}
