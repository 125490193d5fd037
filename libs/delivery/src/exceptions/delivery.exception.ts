import { DomainException, ErrorDetail } from '@markpoint/common';

export enum DeliveryExceptionCode {
  QUIZ_NOT_FOUND = 'QUIZ_NOT_FOUND',
  ATTEMPT_NOT_FOUND = 'ATTEMPT_NOT_FOUND',
  ITEM_NOT_FOUND = 'ITEM_NOT_FOUND',
  /** The blueprint selects no item of the bank. */
  EMPTY_BLUEPRINT = 'EMPTY_BLUEPRINT',
  QUIZ_NOT_OPEN = 'QUIZ_NOT_OPEN',
  QUIZ_CLOSED = 'QUIZ_CLOSED',
  NO_ATTEMPTS_LEFT = 'NO_ATTEMPTS_LEFT',
  /** Responses or submission after the attempt left IN_PROGRESS. */
  ATTEMPT_NOT_IN_PROGRESS = 'ATTEMPT_NOT_IN_PROGRESS',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  /** The response is for another item type than the item at that position. */
  RESPONSE_TYPE_MISMATCH = 'RESPONSE_TYPE_MISMATCH',
  /** The response does not fit the item (unknown option, incomplete order). */
  INVALID_RESPONSE = 'INVALID_RESPONSE',
  /** Manual marks outside the rubric, or for an item that needs none. */
  INVALID_MARKS = 'INVALID_MARKS',
  RESULT_NOT_AVAILABLE = 'RESULT_NOT_AVAILABLE',
}

export class DeliveryException extends DomainException<DeliveryExceptionCode> {
  constructor(message: string, code: DeliveryExceptionCode, details: ErrorDetail[] = []) {
    super(message, code, details);
  }
}
