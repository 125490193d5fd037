import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@markpoint/persistence';
import { AttemptRepository } from '../repositories/attempt.repository';
import { SubmitAttemptUseCase } from '../use-cases/submit-attempt.use-case';

export const ATTEMPT_DEADLINE_QUEUE = 'attempt-deadline';
const SWEEP_PAGE = 100;

/**
 * Submits an attempt when its deadline passes. The job is written with the attempt (startAfter =
 * deadline); a sweep at start-up catches attempts whose deadline passed while no replica ran.
 * Each attempt is submitted on its own: one that fails is logged and left for a retry, and never
 * keeps the others open.
 */
@Injectable()
export class AttemptDeadlineWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(AttemptDeadlineWorker.name);

  constructor(
    queue: JobQueue,
    private readonly attempts: AttemptRepository,
    private readonly submit: SubmitAttemptUseCase,
  ) {
    queue.defineQueue(ATTEMPT_DEADLINE_QUEUE, {
      retryLimit: 10,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    // Each job is one attempt, and the queue fails only the job that throws (pg-boss retries it).
    queue.work<{ attemptId: string }>(ATTEMPT_DEADLINE_QUEUE, async (job) => {
      try {
        await this.submit.execute({ attemptId: job.data.attemptId, by: 'DEADLINE' });
      } catch (error) {
        this.logFailure(`The deadline job (retry ${job.retryCount})`, job.data.attemptId, error);
        throw error;
      }
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Best effort: a failure here must not stop the service (readiness reports a broken database).
    const done: string[] = [];
    let failed = 0;
    try {
      for (;;) {
        // Submitted attempts leave the query by their status; failed ones are skipped by id.
        const page = await this.attempts.overdue(SWEEP_PAGE, done);
        if (page.length === 0) break;
        for (const attempt of page) {
          done.push(attempt.id);
          try {
            await this.submit.execute({ attemptId: attempt.id, by: 'DEADLINE' });
            this.logger.log(`Submitted overdue attempt ${attempt.id}`);
          } catch (error) {
            failed++;
            this.logFailure('The overdue-attempt sweep', attempt.id, error);
          }
        }
      }
    } catch (error) {
      this.logger.error(`The overdue-attempt sweep stopped: ${(error as Error).message}`);
    }
    if (failed > 0)
      this.logger.error(`The overdue-attempt sweep left ${failed} of ${done.length} attempts open`);
  }

  private logFailure(what: string, attemptId: string, error: unknown): void {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.logger.error(`${what} could not submit attempt ${attemptId}: ${reason}`);
  }
}
