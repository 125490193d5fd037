import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import type { ItemContent, ItemFeedback, ItemType } from '@markpoint/grading';
import { newCaller, type TestCaller } from '../utils/api-keys';
import type { TestApp } from '../utils/test-app';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', '..', 'samples', 'specs', '003_e400544d1f727506.txt'),
  'utf8',
);

interface AttemptRow {
  status: string;
  submitted_by: string | null;
  score: string | null;
}

interface Created {
  id: string;
}

export interface FrozenItem {
  position: number;
  content: ItemContent;
  feedback: ItemFeedback;
  parameters: Record<string, number> | null;
}

/** A listening app (the browser needs a real port), an author and a deliverer, and a bank. */
export class PlayerFixture {
  author!: TestCaller;
  deliver!: TestCaller;
  bankId!: string;

  constructor(readonly ctx: TestApp) {}

  http() {
    return request(this.ctx.app.getHttpServer());
  }

  get origin(): string {
    const { port } = this.ctx.app.getHttpServer().address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async listen(): Promise<void> {
    await this.ctx.app.listen(0, '127.0.0.1');
  }

  async seed(): Promise<void> {
    this.author = await newCaller(this.ctx.app, ['author']);
    this.deliver = await newCaller(this.ctx.app, ['deliver'], this.author);
    const spec = await this.http()
      .post('/api/v1/specs')
      .set(this.author.auth)
      .send({ text: SAMPLE })
      .expect(201);
    const specId = (spec.body as Created).id;
    const bank = await this.http()
      .post(`/api/v1/specs/${specId}/banks`)
      .set(this.author.auth)
      // Approve every item the checker passes, so quizzes can draw them (drafts by default).
      .send({ seed: 'player', autoApproveAbove: 0 })
      .expect(201);
    this.bankId = (bank.body as Created).id;
  }

  async quiz(body: Record<string, unknown>): Promise<string> {
    const res = await this.http()
      .post('/api/v1/quizzes')
      .set(this.author.auth)
      .send({ bankId: this.bankId, title: 'Unit 3 check', ...body })
      .expect(201);
    return (res.body as Created).id;
  }

  /** Starts an attempt over REST and returns its player link, rewritten to this server's origin. */
  async start(
    quizId: string,
    learner: string,
  ): Promise<{ attemptId: string; url: string; expiresAt: string }> {
    const attempt = await this.http()
      .post(`/api/v1/quizzes/${quizId}/attempts`)
      .set(this.deliver.auth)
      .send({ learner })
      .expect(201);
    const link = await this.http()
      .post(`/api/v1/attempts/${(attempt.body as Created).id}/player-link`)
      .set(this.deliver.auth)
      .expect(201);
    const { url, expiresAt } = link.body as { url: string; expiresAt: string };
    return {
      attemptId: (attempt.body as Created).id,
      url: `${this.origin}${new URL(url).pathname}`,
      expiresAt,
    };
  }

  /** A hand-written ordering item (the sample spec yields none), aligned to one of the bank's marking points. */
  async addOrderingItem(): Promise<void> {
    const [{ key }] = await this.ctx.dataSource.query<{ key: string }[]>(
      'SELECT marking_point_keys[1] AS key FROM items WHERE bank_id = $1 LIMIT 1',
      [this.bankId],
    );
    await this.http()
      .post(`/api/v1/banks/${this.bankId}/items`)
      .set(this.author.auth)
      .send({
        content: {
          type: 'ORDERING',
          stem: 'Put the stages of setting a departmental budget in order.',
          steps: [
            { id: 's1', text: 'Review last year’s income and expenditure' },
            { id: 's2', text: 'Forecast income for the coming year' },
            { id: 's3', text: 'Allocate expenditure with a contingency' },
            { id: 's4', text: 'Monitor variances each month' },
          ],
        },
        markingPointKeys: [key],
        level: 'APPLY',
        feedback: {
          correct: 'Budgets start from history, then forecast, allocate and monitor.',
          incorrect: 'Start from last year’s figures; monitoring comes once the budget is set.',
        },
      })
      .expect(201);
  }

  /** The item types the generated bank holds (the sample spec does not yield every type). */
  async bankTypes(): Promise<ItemType[]> {
    const rows = await this.ctx.dataSource.query<{ type: ItemType }[]>(
      'SELECT DISTINCT type FROM items WHERE bank_id = $1 ORDER BY type',
      [this.bankId],
    );
    return rows.map((r) => r.type);
  }

  frozenItems(attemptId: string): Promise<FrozenItem[]> {
    return this.ctx.dataSource.query<FrozenItem[]>(
      'SELECT position, content, feedback, parameters FROM attempt_items WHERE attempt_id = $1 ORDER BY position',
      [attemptId],
    );
  }

  async attempt(attemptId: string): Promise<AttemptRow> {
    const [row] = await this.ctx.dataSource.query<AttemptRow[]>(
      'SELECT status, submitted_by, score FROM attempts WHERE id = $1',
      [attemptId],
    );
    return row;
  }
}
