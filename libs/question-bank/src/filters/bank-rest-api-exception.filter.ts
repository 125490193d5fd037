import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { assertUnreachable, sendError } from '@markpoint/common';
import { BankException, BankExceptionCode } from '../exceptions/bank.exception';

@Catch(BankException)
export class BankRestApiExceptionFilter implements ExceptionFilter {
  catch(exception: BankException, host: ArgumentsHost): void {
    sendError(host, statusFor(exception.code), exception.code, exception.message, exception.details);
  }
}

function statusFor(code: BankExceptionCode): number {
  switch (code) {
    case BankExceptionCode.BANK_NOT_FOUND:
    case BankExceptionCode.ITEM_NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case BankExceptionCode.NOTHING_GENERATED:
    case BankExceptionCode.IMPORT_REFUSED:
    case BankExceptionCode.ITEM_INVALID:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case BankExceptionCode.ITEM_HAS_ERRORS:
    case BankExceptionCode.ITEM_EDIT_CONFLICT:
      return HttpStatus.CONFLICT;
    default:
      return assertUnreachable(code);
  }
}
