import { sqlStateOf } from '@markpoint/persistence';

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  address?: unknown;
  port?: unknown;
  syscall?: unknown;
  errors?: unknown;
}

/**
 * One line naming the cause of a failed start and the variable to change, for the failures an
 * operator causes (database missing, role missing, server down or silent, port taken). Anything
 * else returns undefined: it is a bug, and its stack is worth printing.
 */
export function describeStartUpFailure(error: unknown, env: NodeJS.ProcessEnv): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = firstOf(error);
  const message = typeof e.message === 'string' ? e.message : '';
  const code = sqlStateOf(e) ?? (typeof e.code === 'string' ? e.code : undefined);
  const where = databaseAddress(env);
  const fix = env.DATABASE_URL
    ? 'DATABASE_URL'
    : 'DATABASE_URL (unset: the embedded PostgreSQL under DATA_DIR)';
  switch (code) {
    case '3D000':
      return `${message} on PostgreSQL at ${where}: create it, or fix the database name in ${fix}`;
    case '28000':
    case '28P01':
      return `PostgreSQL at ${where} refused the login (${message}): fix the user or password in ${fix}`;
    case 'ECONNREFUSED':
      return `Cannot connect to PostgreSQL at ${where}: connection refused (is it running?); check ${fix}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot connect to PostgreSQL at ${where}: the host name does not resolve; check ${fix}`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return `Cannot connect to PostgreSQL at ${where}: ${code}; check ${fix}`;
    case 'EADDRINUSE':
      return `Cannot listen on ${listenAddress(e, env)}: the port is already in use; set PORT (or HOST) to a free one`;
    case 'EACCES':
      if (e.syscall === 'listen')
        return `Cannot listen on ${listenAddress(e, env)}: permission denied; set PORT to 1024 or above`;
      return undefined;
    default:
      if (
        /timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(
          message,
        )
      )
        return (
          `PostgreSQL at ${where} did not answer within DB_CONNECT_TIMEOUT_MS ` +
          `(${env.DB_CONNECT_TIMEOUT_MS || 3000} ms); check ${fix}`
        );
      return undefined;
  }
}

// A refused dual-stack connect (localhost: ::1 and 127.0.0.1) is an AggregateError.
function firstOf(e: ErrorLike): ErrorLike {
  return Array.isArray(e.errors) && e.errors.length > 0 && !e.code ? (e.errors[0] as ErrorLike) : e;
}

function databaseAddress(env: NodeJS.ProcessEnv): string {
  if (!env.DATABASE_URL) return 'the embedded server';
  try {
    const url = new URL(env.DATABASE_URL);
    return `${url.hostname}:${url.port || '5432'}`;
  } catch {
    return 'DATABASE_URL';
  }
}

function listenAddress(e: ErrorLike, env: NodeJS.ProcessEnv): string {
  const host = typeof e.address === 'string' ? e.address : (env.HOST ?? '0.0.0.0');
  const port = typeof e.port === 'number' ? e.port : (env.PORT ?? 3000);
  return `${host}:${String(port)}`;
}
