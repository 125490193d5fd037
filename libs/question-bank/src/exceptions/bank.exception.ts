import { DomainException, ErrorDetail } from '@markpoint/common';

export enum BankExceptionCode {
  BANK_NOT_FOUND = 'BANK_NOT_FOUND',
  /** Generation produced no item with the requested options (e.g. only NUMERIC for a topic with no calculation). */
  NOTHING_GENERATED = 'NOTHING_GENERATED',
  /** An import file with questions that cannot be imported; nothing was stored. */
  IMPORT_REFUSED = 'IMPORT_REFUSED',
  /** An item edit that breaks the item (no key, duplicate options…). */
  ITEM_INVALID = 'ITEM_INVALID',
  ITEM_NOT_FOUND = 'ITEM_NOT_FOUND',
  /** Approving an item the checker found an error in, without `override: true`. */
  ITEM_HAS_ERRORS = 'ITEM_HAS_ERRORS',
  /** Someone else saved a new version of the item first: reload it and edit again. */
  ITEM_EDIT_CONFLICT = 'ITEM_EDIT_CONFLICT',
}

export class BankException extends DomainException<BankExceptionCode> {
  constructor(message: string, code: BankExceptionCode, details: ErrorDetail[] = []) {
    super(message, code, details);
  }
}
