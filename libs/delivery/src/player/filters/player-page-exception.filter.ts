import { randomUUID } from 'node:crypto';
import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  Optional,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestIdOf } from '@markpoint/common';
import { DatabaseAvailability, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@markpoint/persistence';
import { DeliveryException, DeliveryExceptionCode } from '../../exceptions/delivery.exception';
import { deliveryStatusFor } from '../../filters/delivery-rest-api-exception.filter';
import { PlayerSessionError, PlayerSessionErrorReason } from '../session/player-session';
import { PlayerSessionService } from '../session/player-session.service';
import { playerAssets, setPlayerHeaders } from '../player-http.helpers';
import { errorPage } from '../views/pages.view';

interface ErrorView {
  status: number;
  title: string;
  message: string;
  advice: string;
}

const NEW_LINK = 'Open the quiz again from your course page to get a new link.';

/** Every error on a player page becomes an HTML page a learner can understand; nothing leaks. */
@Catch()
export class PlayerPageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('PlayerPages');

  constructor(
    private readonly sessions: PlayerSessionService,
    @Optional() private readonly database?: DatabaseAvailability,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const requestId = requestIdOf(req);
    const view = this.describe(exception, req, requestId);
    if (res.headersSent) return;
    setPlayerHeaders(res);
    if (view.status === (HttpStatus.SERVICE_UNAVAILABLE as number))
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res
      .status(view.status)
      .type('html')
      .send(errorPage(playerAssets(this.sessions.mountPath), { ...view, requestId }));
  }

  private describe(exception: unknown, req: Request, requestId: string): ErrorView {
    // The route pattern, never the URL: the URL holds the session token.
    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? 'unknown route'}`;
    if (exception instanceof PlayerSessionError) {
      this.logger.warn(
        `Player session refused on ${route} (${exception.reason}): ${exception.message} [${requestId}]`,
      );
      const expired = exception.reason === PlayerSessionErrorReason.EXPIRED;
      return {
        status: HttpStatus.UNAUTHORIZED,
        title: expired ? 'This quiz link has expired' : 'This quiz link is not valid',
        message: expired
          ? 'Quiz links work for a limited time, and this one has run out. Your saved answers are kept.'
          : 'The link is incomplete or has been changed, so the quiz cannot be opened.',
        advice: NEW_LINK,
      };
    }
    if (exception instanceof DeliveryException) {
      const status = deliveryStatusFor(exception.code);
      const missing = status === (HttpStatus.NOT_FOUND as number);
      return {
        status,
        title: missing ? 'This quiz was not found' : titleFor(exception.code),
        message: missing
          ? 'The quiz or attempt this link points to does not exist any more.'
          : `${exception.message}.`,
        advice: missing ? 'Ask your teacher for the current link.' : NEW_LINK,
      };
    }
    if (exception instanceof HttpException) {
      return {
        status: exception.getStatus(),
        title: 'This page could not be shown',
        message: 'The request was not one the quiz can answer.',
        advice: 'Go back and try again.',
      };
    }
    if (isDatabaseUnavailable(exception)) {
      // Logged once per outage by the tracker; a learner is told to wait, not that something broke.
      this.database?.reportUnavailable(exception);
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        title: 'The quiz is briefly unavailable',
        message: 'The quiz cannot reach its database at the moment. Your saved answers are kept.',
        advice: 'Try again in a few seconds.',
      };
    }
    const errorId = randomUUID();
    this.logger.error(
      `Player page failed on ${route} (errorId ${errorId}): ${(exception as Error)?.stack ?? String(exception)}`,
    );
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      title: 'Something went wrong',
      message: `The quiz could not show this page (error ${errorId}). Your saved answers are kept.`,
      advice: 'Try again in a moment.',
    };
  }
}

function titleFor(code: DeliveryExceptionCode): string {
  switch (code) {
    case DeliveryExceptionCode.NO_ATTEMPTS_LEFT:
      return 'You have no attempts left';
    case DeliveryExceptionCode.QUIZ_NOT_OPEN:
      return 'This quiz is not open yet';
    case DeliveryExceptionCode.QUIZ_CLOSED:
      return 'This quiz has closed';
    default:
      return 'This quiz cannot continue';
  }
}
