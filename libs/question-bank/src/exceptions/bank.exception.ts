import { DomainException, ErrorDetail } from '@markpoint/common';

export enum BankExceptionCode {
  BANK_NOT_FOUND = 'BANK_NOT_FOUND',
  /** Generation produced no item with the requested options (e.g. only NUMERIC for a topic with no calculation). */
  NOTHING_GENERATED = 'NOTHING_GENERATED',
}

export class BankException extends DomainException<BankExceptionCode> {
  constructor(message: string, code: BankExceptionCode, details: ErrorDetail[] = []) {
    super(message, code, details);
  }
}
