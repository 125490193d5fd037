import { ToolKeyUnreadableError } from '../keys/tool-key.error';
import { PlatformCallError } from './platform-responses';

/** One failed try of a passback, whatever went wrong, in the terms the retry policy needs. */
export interface PassbackFailure {
  /** The platform's HTTP status; null when it gave none (no answer, or the fault was ours). */
  status: number | null;
  retryable: boolean;
  retryAfterMs?: number;
  message: string;
  /** Not a platform answer nor a known condition: a bug or an outage of ours, logged with its stack. */
  unexpected: boolean;
}

/**
 * Classifies any error from a try. Platform answers carry their own verdict; a tool key this
 * replica cannot decrypt and anything unforeseen are retried by the policy (another replica, a
 * fixed secret or a fixed bug may deliver it), so no error leaves a grade silently pending.
 */
export function toPassbackFailure(error: unknown): PassbackFailure {
  if (error instanceof PlatformCallError)
    return {
      status: error.status,
      retryable: error.retryable,
      retryAfterMs: error.retryAfterMs,
      message: error.message,
      unexpected: false,
    };
  if (error instanceof ToolKeyUnreadableError)
    return { status: null, retryable: true, message: error.message, unexpected: false };
  const message =
    error instanceof Error
      ? `Unexpected error: ${error.name}: ${error.message}`
      : `Unexpected error: ${String(error)}`;
  return { status: null, retryable: true, message, unexpected: true };
}
