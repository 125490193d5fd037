import type { LineItemRecord, ScoreRecord } from './types';

/** What a tool sends to create a line item: the record without the ids the platform assigns. */
export type LineItemInput = Omit<LineItemRecord, 'id' | 'contextId'>;

export interface LineItemFilters {
  resourceId?: string;
  resourceLinkId?: string;
  tag?: string;
}

const ACTIVITY_PROGRESS = ['Initialized', 'Started', 'InProgress', 'Submitted', 'Completed'];
const GRADING_PROGRESS = ['FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady'];
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined | Error {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : new Error(`${key} must be a string`);
}

/** Validates a line item body the way Moodle does; returns an error message when it is not acceptable. */
export function parseLineItem(body: unknown): LineItemInput | string {
  if (!isRecord(body)) return 'line item body must be a JSON object';
  if (typeof body.label !== 'string' || body.label.trim() === '') return 'label is required';
  if (typeof body.scoreMaximum !== 'number' || !(body.scoreMaximum > 0))
    return 'scoreMaximum must be a number > 0';
  const input: LineItemInput = { label: body.label, scoreMaximum: body.scoreMaximum };
  for (const key of ['resourceId', 'resourceLinkId', 'tag', 'startDateTime', 'endDateTime'] as const) {
    const value = optionalString(body, key);
    if (value instanceof Error) return value.message;
    if (value !== undefined) input[key] = value;
  }
  return input;
}

/** Validates a score body (AGS 2.0 required fields); returns an error message when it is not acceptable. */
export function parseScore(body: unknown): Record<string, unknown> | string {
  if (!isRecord(body)) return 'score body must be a JSON object';
  if (typeof body.userId !== 'string' || body.userId === '') return 'userId is required';
  if (
    typeof body.timestamp !== 'string' ||
    !ISO_8601.test(body.timestamp) ||
    Number.isNaN(Date.parse(body.timestamp))
  ) {
    return 'timestamp must be an ISO 8601 date-time with a time zone';
  }
  if (typeof body.activityProgress !== 'string' || !ACTIVITY_PROGRESS.includes(body.activityProgress)) {
    return `activityProgress must be one of ${ACTIVITY_PROGRESS.join(', ')}`;
  }
  if (typeof body.gradingProgress !== 'string' || !GRADING_PROGRESS.includes(body.gradingProgress)) {
    return `gradingProgress must be one of ${GRADING_PROGRESS.join(', ')}`;
  }
  if (body.scoreGiven !== undefined && body.scoreGiven !== null) {
    if (typeof body.scoreGiven !== 'number' || body.scoreGiven < 0) return 'scoreGiven must be a number >= 0';
    if (typeof body.scoreMaximum !== 'number') return 'scoreGiven requires scoreMaximum';
  }
  if (
    body.scoreMaximum !== undefined &&
    (typeof body.scoreMaximum !== 'number' || !(body.scoreMaximum > 0))
  ) {
    return 'scoreMaximum must be a number > 0';
  }
  if (body.comment !== undefined && body.comment !== null && typeof body.comment !== 'string') {
    return 'comment must be a string';
  }
  return body;
}

/** The JSON a platform answers with for a line item (contextId is ours, not AGS's). */
export function lineItemJson(item: LineItemRecord): Record<string, unknown> {
  const { contextId: _contextId, ...json } = item;
  return json;
}

/** Line items and scores, keyed the way Moodle keys them: a global item number within a course. */
export class AgsStore {
  readonly lineItems: LineItemRecord[] = [];
  /** Scores that became the user's current score. */
  readonly scores: ScoreRecord[] = [];
  /** Stale scores not stored: Canvas answers them 200, Moodle 409 (its timestamp was not newer, to the second). */
  readonly ignoredScores: ScoreRecord[] = [];
  private readonly byNumber = new Map<number, LineItemRecord>();
  private readonly current = new Map<string, { body: Record<string, unknown>; timestamp: number }>();
  private nextNumber = 1;

  constructor(private readonly lineItemUrl: (contextId: string, n: number) => string) {}

  create(contextId: string, input: LineItemInput): LineItemRecord {
    const n = this.nextNumber++;
    const item: LineItemRecord = { id: this.lineItemUrl(contextId, n), contextId, ...input };
    this.lineItems.push(item);
    this.byNumber.set(n, item);
    return item;
  }

  find(contextId: string, n: number): LineItemRecord | undefined {
    const item = this.byNumber.get(n);
    return item?.contextId === contextId ? item : undefined;
  }

  /** Accepts the line item id with or without its query string. */
  findByUrl(url: string): LineItemRecord | undefined {
    const path = new URL(url).pathname;
    return this.lineItems.find((item) => new URL(item.id).pathname === path);
  }

  list(contextId: string, filters: LineItemFilters): LineItemRecord[] {
    return this.lineItems.filter(
      (item) =>
        item.contextId === contextId &&
        (filters.resourceId === undefined || item.resourceId === filters.resourceId) &&
        (filters.resourceLinkId === undefined || item.resourceLinkId === filters.resourceLinkId) &&
        (filters.tag === undefined || item.tag === filters.tag),
    );
  }

  update(item: LineItemRecord, input: LineItemInput): LineItemRecord {
    const { id, contextId } = item;
    for (const key of Object.keys(item) as Array<keyof LineItemRecord>) delete item[key];
    Object.assign(item, { id, contextId, ...input });
    return item;
  }

  delete(item: LineItemRecord): void {
    const index = this.lineItems.indexOf(item);
    if (index >= 0) this.lineItems.splice(index, 1);
    for (const [n, candidate] of this.byNumber) if (candidate === item) this.byNumber.delete(n);
  }

  /**
   * Stores the score when its timestamp is newer than the user's current one. `toTheSecond`
   * (Moodle) compares whole seconds, as Moodle's grade time does, so a repeat in the same second
   * is stale too. Returns false when the score was stale and not stored.
   */
  recordScore(item: LineItemRecord, body: Record<string, unknown>, toTheSecond = false): boolean {
    const userId = body.userId as string;
    const timestamp = Date.parse(body.timestamp as string);
    const record: ScoreRecord = { lineItemUrl: item.id, userId, body, at: new Date() };
    const key = `${item.id}\n${userId}`;
    const existing = this.current.get(key);
    const second = (ms: number) => Math.floor(ms / 1000);
    const stale =
      existing !== undefined &&
      (toTheSecond ? second(timestamp) <= second(existing.timestamp) : timestamp <= existing.timestamp);
    if (stale) {
      this.ignoredScores.push(record);
      return false;
    }
    this.current.set(key, { body, timestamp });
    this.scores.push(record);
    return true;
  }

  currentScore(lineItemUrl: string, userId: string): Record<string, unknown> | undefined {
    const item = this.findByUrl(lineItemUrl);
    return item ? this.current.get(`${item.id}\n${userId}`)?.body : undefined;
  }

  /** Results scaled to the line item's maximum, as Moodle and Canvas report them. */
  results(item: LineItemRecord, userId?: string): Array<Record<string, unknown>> {
    const prefix = `${item.id}\n`;
    const results: Array<Record<string, unknown>> = [];
    for (const [key, { body }] of this.current) {
      if (!key.startsWith(prefix)) continue;
      const user = key.slice(prefix.length);
      if (userId !== undefined && user !== userId) continue;
      const result: Record<string, unknown> = {
        id: `${item.id.split('?')[0]}/results/${encodeURIComponent(user)}`,
        scoreOf: item.id,
        userId: user,
        resultMaximum: item.scoreMaximum,
      };
      if (typeof body.scoreGiven === 'number' && typeof body.scoreMaximum === 'number') {
        result.resultScore = (body.scoreGiven / body.scoreMaximum) * item.scoreMaximum;
      }
      if (typeof body.comment === 'string') result.comment = body.comment;
      results.push(result);
    }
    return results;
  }
}
