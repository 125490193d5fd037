import { DomainException, ErrorDetail } from '@markpoint/common';

export enum SpecExceptionCode {
  /** The document is empty or holds only whitespace. */
  EMPTY_DOCUMENT = 'EMPTY_DOCUMENT',
  /** The upload is not text: it holds NUL bytes or many control characters. */
  BINARY_INPUT = 'BINARY_INPUT',
  /** The upload holds bytes that are not valid UTF-8 (often a Latin-1 or Windows-1252 file). */
  NOT_UTF8 = 'NOT_UTF8',
  /** The upload is larger than the configured limit (256 KiB by default). */
  TOO_LARGE = 'TOO_LARGE',
  /** No heading names an 'Examiner Marking Points' section. */
  NO_MARKING_POINTS_SECTION = 'NO_MARKING_POINTS_SECTION',
  /** The 'Examiner Marking Points' section exists but holds no bullet. */
  NO_MARKING_POINTS = 'NO_MARKING_POINTS',
  /** No specification has the requested id. */
  SPEC_NOT_FOUND = 'SPEC_NOT_FOUND',
  /** The specification has no version with the requested number. */
  SPEC_VERSION_NOT_FOUND = 'SPEC_VERSION_NOT_FOUND',
}

/** A specification was refused or not found; `details` name the line and section at fault. */
export class SpecException extends DomainException<SpecExceptionCode> {
  constructor(message: string, code: SpecExceptionCode, details: ErrorDetail[] = []) {
    super(message, code, details);
  }
}
