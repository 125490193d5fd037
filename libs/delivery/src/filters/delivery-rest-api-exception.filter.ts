import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { assertUnreachable, sendError } from '@markpoint/common';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';

@Catch(DeliveryException)
export class DeliveryRestApiExceptionFilter implements ExceptionFilter {
  catch(exception: DeliveryException, host: ArgumentsHost): void {
    sendError(host, deliveryStatusFor(exception.code), exception.code, exception.message, exception.details);
  }
}

export function deliveryStatusFor(code: DeliveryExceptionCode): number {
  switch (code) {
    case DeliveryExceptionCode.QUIZ_NOT_FOUND:
    case DeliveryExceptionCode.ATTEMPT_NOT_FOUND:
    case DeliveryExceptionCode.ITEM_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case DeliveryExceptionCode.RESPONSE_TYPE_MISMATCH:
      return HttpStatus.BAD_REQUEST;
    case DeliveryExceptionCode.EMPTY_BLUEPRINT:
    case DeliveryExceptionCode.INVALID_RESPONSE:
    case DeliveryExceptionCode.INVALID_MARKS:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case DeliveryExceptionCode.QUIZ_NOT_OPEN:
    case DeliveryExceptionCode.QUIZ_CLOSED:
    case DeliveryExceptionCode.NO_ATTEMPTS_LEFT:
    case DeliveryExceptionCode.ATTEMPT_NOT_IN_PROGRESS:
    case DeliveryExceptionCode.DEADLINE_PASSED:
    case DeliveryExceptionCode.RESULT_NOT_AVAILABLE:
      return HttpStatus.CONFLICT;
    default:
      return assertUnreachable(code);
  }
}
