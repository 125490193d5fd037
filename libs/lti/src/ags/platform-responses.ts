/** A service call that did not succeed, classified for the retry policy. */
export class PlatformCallError extends Error {
  constructor(
    message: string,
    /** null: no answer (network error, timeout). */
    readonly status: number | null,
    readonly retryable: boolean,
    /** From Retry-After on 429/503. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PlatformCallError';
  }
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A non-2xx answer: 429 and 5xx are worth another try, other statuses are the platform's final word. */
export async function failure(res: Response, what: string): Promise<PlatformCallError> {
  const body = (await res.text().catch(() => '')).slice(0, 300);
  const retryable = res.status === 429 || res.status >= 500;
  return new PlatformCallError(
    `${what} answered ${res.status}${body ? `: ${body}` : ''}`,
    res.status,
    retryable,
    retryable ? retryAfterMs(res.headers.get('retry-after')) : undefined,
  );
}

function looksLikePage(text: string): boolean {
  return /^\s*</.test(text);
}

// A proxy, a maintenance page or an SSO login page in front of the LMS answers 200 with HTML. It is
// not the platform's answer, so it is worth another try (such pages are usually short-lived).
function notThePlatform(res: Response, what: string, text: string, expected: string): PlatformCallError {
  const type = res.headers.get('content-type') ?? 'no content type';
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 120);
  return new PlatformCallError(
    `${what} answered ${res.status} with ${type} instead of ${expected}` +
      `${looksLikePage(text) ? ' (an HTML page: a proxy, maintenance or login page in front of the LMS?)' : ''}` +
      `${snippet ? `: ${snippet}` : ''}`,
    res.status,
    true,
  );
}

/** The JSON body of a 2xx answer; anything else (an HTML page, an empty body) is a retryable failure. */
export async function readJson(res: Response, what: string, expected = 'JSON'): Promise<unknown> {
  const text = await res.text().catch(() => '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw notThePlatform(res, what, text, expected);
  }
}

/** A JSON object with the fields a caller relies on, or a retryable failure naming what was wrong. */
export async function readJsonObject(
  res: Response,
  what: string,
  expected: string,
  valid: (body: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  const body = await readJson(res, what, expected);
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    !valid(body as Record<string, unknown>)
  )
    throw new PlatformCallError(
      `${what} answered ${res.status} with JSON that is not ${expected}: ${JSON.stringify(body).slice(0, 120)}`,
      res.status,
      true,
    );
  return body as Record<string, unknown>;
}

/**
 * A score needs no answer body (Moodle sends none, Canvas a small JSON object), but an HTML page
 * on a 200 means the score never reached the gradebook.
 */
export async function expectNoPage(res: Response, what: string): Promise<void> {
  const text = await res.text().catch(() => '');
  if (looksLikePage(text)) throw notThePlatform(res, what, text, 'an empty or JSON body');
}
