import type { ArgumentsHost } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ErrorDetail } from '../exceptions/domain.exception';
import type { ErrorResponseDto } from './error-response.dto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** The request id pino-http assigned (it also set the response header). */
export function requestIdOf(req: Request): string {
  const id = (req as Request & { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : 'unknown';
}

/** Writes the error body every REST error shares. Filters call this, nothing else writes errors. */
export function sendError(
  host: ArgumentsHost,
  status: number,
  code: string,
  message: string,
  details: ErrorDetail[] = [],
): void {
  const http = host.switchToHttp();
  const req = http.getRequest<Request>();
  const res = http.getResponse<Response>();
  const requestId = requestIdOf(req);
  const body: ErrorResponseDto = { code, message, requestId, details };
  if (res.headersSent) {
    return;
  }
  res.setHeader(REQUEST_ID_HEADER, requestId);
  res.status(status).json(body);
}
