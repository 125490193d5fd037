import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Request, Response } from 'express';
import { ErrorDetail, requestIdOf, sendError } from '@markpoint/common';
import { DatabaseAvailability, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@markpoint/persistence';

interface HttpErrorLike {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  message?: string;
}

/**
 * The catch-all: every error that no lib filter claimed ends here and leaves as
 * `{ code, message, requestId, details }`. Unknown errors are logged with an errorId and
 * answered with a generic 500 that leaks nothing.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(
    @InjectPinoLogger(AllExceptionsFilter.name) private readonly logger: PinoLogger,
    private readonly database: DatabaseAvailability,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const { code, message, details } = describeHttpException(exception);
      sendError(host, status, code, message, details);
      return;
    }
    const httpError = asExposedHttpError(exception);
    if (httpError) {
      // body-parser and friends (malformed JSON, payload too large, wrong charset).
      const status = httpError.status ?? httpError.statusCode ?? HttpStatus.BAD_REQUEST;
      sendError(host, status, codeForHttpError(httpError, status), httpError.message ?? 'Bad request');
      return;
    }
    if (isDatabaseUnavailable(exception)) {
      // Logged once per outage by the tracker, not once per request.
      this.database.reportUnavailable(exception);
      host.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      sendError(
        host,
        HttpStatus.SERVICE_UNAVAILABLE,
        'SERVICE_UNAVAILABLE',
        'The database is unavailable; try again shortly',
      );
      return;
    }
    const errorId = randomUUID();
    const req = host.switchToHttp().getRequest<Request>();
    this.logger.error(
      { err: exception, errorId, requestId: requestIdOf(req), method: req.method, url: req.originalUrl },
      'Unhandled error',
    );
    sendError(
      host,
      HttpStatus.INTERNAL_SERVER_ERROR,
      'INTERNAL_ERROR',
      `An unexpected error occurred (errorId ${errorId})`,
    );
  }
}

function describeHttpException(exception: HttpException): {
  code: string;
  message: string;
  details: ErrorDetail[];
} {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const fallbackCode = codeForStatus(status);
  if (typeof response === 'string') return { code: fallbackCode, message: response, details: [] };
  const body = response as { code?: unknown; message?: unknown; details?: unknown };
  const code = typeof body.code === 'string' ? body.code : fallbackCode;
  const message = Array.isArray(body.message)
    ? body.message.join('; ')
    : typeof body.message === 'string'
      ? body.message
      : exception.message;
  const details = Array.isArray(body.details) ? (body.details as ErrorDetail[]) : [];
  return { code, message, details };
}

function asExposedHttpError(exception: unknown): HttpErrorLike | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const e = exception as HttpErrorLike;
  const status = e.status ?? e.statusCode;
  return e.expose === true && typeof status === 'number' && status >= 400 && status < 500 ? e : undefined;
}

function codeForHttpError(error: HttpErrorLike, status: number): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return 'MALFORMED_BODY';
    case 'entity.too.large':
      return 'PAYLOAD_TOO_LARGE';
    default:
      return codeForStatus(status);
  }
}

/** `404` → `NOT_FOUND`, `429` → `TOO_MANY_REQUESTS`, from Node's own status names. */
export function codeForStatus(status: number): string {
  const name = (HttpStatus as unknown as Record<number, string | undefined>)[status];
  return name ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}
