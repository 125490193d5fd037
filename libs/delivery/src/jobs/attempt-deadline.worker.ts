import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@markpoint/persistence';
import { AttemptRepository } from '../repositories/attempt.repository';
import { SubmitAttemptUseCase } from '../use-cases/submit-attempt.use-case';

export const ATTEMPT_DEADLINE_QUEUE = 'attempt-deadline';

/**
 * Submits an attempt when its deadline passes. The job is written with the attempt (startAfter =
 * deadline); a sweep at start-up catches attempts whose deadline passed while no replica ran.
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
    queue.work<{ attemptId: string }>(ATTEMPT_DEADLINE_QUEUE, async (job) => {
      await this.submit.execute({ attemptId: job.data.attemptId, by: 'DEADLINE' });
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Best effort: a failure here must not stop the service (readiness reports a broken database).
    try {
      for (const attempt of await this.attempts.overdue(500)) {
        await this.submit.execute({ attemptId: attempt.id, by: 'DEADLINE' });
        this.logger.log(`Submitted overdue attempt ${attempt.id}`);
      }
    } catch (error) {
      this.logger.error(`The overdue-attempt sweep failed: ${(error as Error).message}`);
    }
  }
}
