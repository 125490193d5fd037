import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { assertUnreachable, sendError } from '@markpoint/common';
import { SpecException, SpecExceptionCode } from '../exceptions/spec.exception';

/** Maps the spec lib's codes to HTTP: refusals of a document are 422, unknown ids 404. */
@Catch(SpecException)
export class SpecRestApiExceptionFilter implements ExceptionFilter {
  catch(exception: SpecException, host: ArgumentsHost): void {
    sendError(host, statusFor(exception.code), exception.code, exception.message, exception.details);
  }
}

export function statusFor(code: SpecExceptionCode): number {
  switch (code) {
    case SpecExceptionCode.EMPTY_DOCUMENT:
    case SpecExceptionCode.BINARY_INPUT:
    case SpecExceptionCode.NOT_UTF8:
    case SpecExceptionCode.NO_MARKING_POINTS_SECTION:
    case SpecExceptionCode.NO_MARKING_POINTS:
    case SpecExceptionCode.TOO_LARGE:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case SpecExceptionCode.SPEC_NOT_FOUND:
    case SpecExceptionCode.SPEC_VERSION_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    default:
      return assertUnreachable(code);
  }
}
