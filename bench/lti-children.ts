import { Client } from 'pg';

/** What the LTI bench and its two child processes (lti-*.child.ts) tell each other. */

/** The Markpoint child, once it listens. */
export interface MarkpointChildReady {
  url: string;
  key: string;
  databaseUrl: string;
}

/** What the parent hands the ltijs child (JSON in BENCH_LTIJS_CONFIG). */
export interface LtijsChildConfig {
  databaseUrl: string;
  platform: {
    issuer: string;
    clientId: string;
    authLoginUrl: string;
    tokenUrl: string;
    jwksUrl: string;
  };
}

/** The ltijs child, once it listens. */
export interface LtijsChildReady {
  url: string;
}

/** The marker the bench looks for in ltijs's first page, so a launch counts only when it got there. */
export const LTIJS_FIRST_PAGE = 'ltijs first page';

/** The parent's question to a child; the child answers with a `ChildCounts`. */
export const COUNTS_REQUEST = 'counts';

export interface ChildCounts {
  /** Statements sent to PostgreSQL so far (every `pg` client in the process: the app's pool and pg-boss's). */
  queries: number;
}

/**
 * Counts the child's PostgreSQL statements (both tools reach PostgreSQL through the one `pg`
 * package) and answers the parent's COUNTS_REQUEST over IPC.
 */
export function answerCounts(): void {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = proto.query;
  let queries = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    queries++;
    return query.apply(this, args);
  };
  process.on('message', (message) => {
    if (message === COUNTS_REQUEST) process.send?.({ queries } satisfies ChildCounts);
  });
}
