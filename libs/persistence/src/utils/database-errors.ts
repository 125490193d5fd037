/** SQLSTATE of the error PostgreSQL raised, whether TypeORM wrapped it (QueryFailedError) or not. */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = e.driverError?.code ?? e.code;
  return typeof code === 'string' ? code : undefined;
}

/** A unique constraint refused the row (23505): another writer got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlStateOf(error) === '23505';
}

// Node socket errors: the server is down, unreachable or went away mid-query.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

// SQLSTATEs of a server that is shutting down, starting, overloaded or that cancelled a statement
// at statement_timeout: a retry later can succeed, so the caller gets 503 rather than 500.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

// pg and pg-pool report these without a code.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'Connection is not established',
];

/**
 * True when the error says the database cannot be reached or did not answer in time, as opposed
 * to an error in the statement itself.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = sqlStateOf(error);
  if (code && (SOCKET_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08'))) return true;
  const e = error as { message?: unknown; driverError?: { message?: unknown }; errors?: unknown };
  const message = [e.message, e.driverError?.message].filter((m) => typeof m === 'string').join(' ');
  if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
  // Node reports a refused dual-stack connect as an AggregateError of ECONNREFUSEDs.
  return (
    Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every((inner) => isDatabaseUnavailable(inner))
  );
}
