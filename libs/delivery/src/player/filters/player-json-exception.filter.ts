import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { sendError } from '@markpoint/common';
import { DeliveryException } from '../../exceptions/delivery.exception';
import { deliveryStatusFor } from '../../filters/delivery-rest-api-exception.filter';
import { PlayerSessionError } from '../session/player-session';

/** The autosave script's errors: the REST error shape, 401 for a refused session. */
@Catch(PlayerSessionError, DeliveryException)
export class PlayerJsonExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('PlayerAutosave');

  catch(exception: PlayerSessionError | DeliveryException, host: ArgumentsHost): void {
    if (exception instanceof DeliveryException) {
      sendError(
        host,
        deliveryStatusFor(exception.code),
        exception.code,
        exception.message,
        exception.details,
      );
      return;
    }
    const req = host.switchToHttp().getRequest<Request>();
    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? 'unknown route'}`;
    this.logger.warn(`Player session refused on ${route} (${exception.reason}): ${exception.message}`);
    sendError(host, HttpStatus.UNAUTHORIZED, `PLAYER_SESSION_${exception.reason}`, exception.message);
  }
}
