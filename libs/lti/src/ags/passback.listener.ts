import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AttemptEvents, type AttemptEntity } from '@markpoint/delivery';
import { selectAttemptScore, type AttemptScoreMethod } from '@markpoint/grading';
import { JobQueue } from '@markpoint/persistence';
import { LtiPassbackEntity, type GradingProgress } from './lti-passback.entity';

export const PASSBACK_QUEUE = 'lti-passback';

export interface PassbackJob {
  passbackId: string;
}

interface LinkRow {
  link_id: string;
  sub: string;
  title: string;
  marking_point_line_items: boolean;
  grading_method: AttemptScoreMethod;
}

/**
 * Writes the gradebook's scores in the grading transaction (an outbox): one row and one job per
 * LTI link the learner launched this quiz from, plus one per marking point when the link asks.
 */
@Injectable()
export class PassbackListener implements OnModuleInit {
  constructor(
    private readonly events: AttemptEvents,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.events.onResult((m, attempt) => this.record(m, attempt));
  }

  async record(m: EntityManager, attempt: AttemptEntity): Promise<void> {
    const links = await m.query<LinkRow[]>(
      `SELECT u.link_id, u.sub, q.title, l.marking_point_line_items,
              COALESCE(q.settings->>'gradingMethod', 'HIGHEST') AS grading_method
         FROM lti_link_users u
         JOIN lti_resource_links l ON l.id = u.link_id
         JOIN quizzes q ON q.id = l.quiz_id
        WHERE u.tenant_id = $1 AND u.learner_ref = $2 AND l.quiz_id = $3 AND u.role = 'LEARNER'`,
      [attempt.tenantId, attempt.learnerRef, attempt.quizId],
    );
    if (links.length === 0) return;

    const graded = await m.query<{ percentage: string; submitted_at: Date }[]>(
      `SELECT percentage, submitted_at FROM attempts
        WHERE quiz_id = $1 AND learner_ref = $2 AND status = 'GRADED' AND percentage IS NOT NULL
        ORDER BY submitted_at`,
      [attempt.quizId, attempt.learnerRef],
    );
    const pending = attempt.status === 'AWAITING_MANUAL';
    const progress: GradingProgress = pending ? 'PendingManual' : 'FullyGraded';
    // The timestamp is fixed now, with the grade: a retry hours later still carries it.
    const scoredAt = attempt.gradedAt ?? attempt.submittedAt ?? new Date();
    // Every link opens this one quiz, so its grading method picks one score for all of them.
    const selected = selectAttemptScore(
      links[0].grading_method,
      graded.map((a) => ({ percentage: Number(a.percentage), submittedAt: new Date(a.submitted_at) })),
    );
    const given = selected ?? attempt.percentage ?? 0;
    const rows: LtiPassbackEntity[] = [];
    for (const link of links) {
      rows.push(this.row(attempt, link, null, link.title, given, progress, scoredAt));
      if (link.marking_point_line_items) {
        for (const entry of attempt.breakdown ?? []) {
          rows.push(
            this.row(
              attempt,
              link,
              entry.markingPointKey,
              `${link.title}: ${entry.markingPointKey}`,
              entry.percentage,
              progress,
              scoredAt,
            ),
          );
        }
      }
    }
    await this.newerThanSent(m, rows);
    const saved = await m.getRepository(LtiPassbackEntity).save(rows);
    for (const row of saved)
      await this.queue.send<PassbackJob>(PASSBACK_QUEUE, { passbackId: row.id }, { manager: m });
  }

  /**
   * Moodle keeps a score only when its timestamp is newer than the stored one to the second (a
   * repeat in the same second gets 409). A regrade within the second of the previous score for the
   * same user and column is moved to the next second, so every score of a column has its own second
   * and a 409 can only mean "this very score is already stored".
   */
  private async newerThanSent(m: EntityManager, rows: LtiPassbackEntity[]): Promise<void> {
    const last = await m.query<{ link_id: string; user_id: string; tag: string | null; last: Date }[]>(
      `SELECT link_id, user_id, tag, max(scored_at) AS last FROM lti_passbacks
        WHERE link_id = ANY($1::uuid[]) AND user_id = ANY($2::text[])
        GROUP BY link_id, user_id, tag`,
      [[...new Set(rows.map((r) => r.linkId))], [...new Set(rows.map((r) => r.userId))]],
    );
    const key = (linkId: string, userId: string, tag: string | null) => `${linkId}\n${userId}\n${tag ?? ''}`;
    const lastSecond = new Map(
      last.map((l) => [key(l.link_id, l.user_id, l.tag), Math.floor(new Date(l.last).getTime() / 1000)]),
    );
    for (const row of rows) {
      const previous = lastSecond.get(key(row.linkId, row.userId, row.tag));
      if (previous !== undefined && Math.floor(row.scoredAt.getTime() / 1000) <= previous)
        row.scoredAt = new Date((previous + 1) * 1000);
    }
  }

  private row(
    attempt: AttemptEntity,
    link: LinkRow,
    tag: string | null,
    label: string,
    percentage: number,
    gradingProgress: GradingProgress,
    scoredAt: Date,
  ): LtiPassbackEntity {
    return Object.assign(new LtiPassbackEntity(), {
      tenantId: attempt.tenantId,
      linkId: link.link_id,
      attemptId: attempt.id,
      userId: link.sub,
      tag,
      label: label.slice(0, 250),
      scoreGiven: Math.round(percentage * 100) / 100,
      scoreMaximum: 100,
      gradingProgress,
      scoredAt,
      status: 'PENDING',
      tries: 0,
      nextTryAt: null,
      lastStatusCode: null,
      lastError: null,
      lineItemUrl: null,
      deliveredAt: null,
    });
  }
}
