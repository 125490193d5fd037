export enum GradingErrorCode {
  /** The item content cannot be graded (no key, duplicate ids, empty rubric…). */
  INVALID_CONTENT = 'INVALID_CONTENT',
  /** A numeric item was graded or rendered without the attempt's parameter values. */
  MISSING_PARAMETERS = 'MISSING_PARAMETERS',
  /** A numeric parameter's range or step cannot produce values. */
  INVALID_PARAMETER = 'INVALID_PARAMETER',
  /** A formula gives no finite answer for the drawn values (division by zero). */
  NON_FINITE_RESULT = 'NON_FINITE_RESULT',
  /** A marker's rubric awards are outside the criteria or their marks. */
  INVALID_AWARD = 'INVALID_AWARD',
  /** A caller passed an impossible number (negative max score, pass mark above 100…). */
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
}

/** One entry of `details`; the same shape as the common lib's error details. */
export interface GradingErrorDetail {
  field?: string;
  message: string;
}

// Grading stays free of other libs, so this does not extend the common DomainException; it has the
// same `code` and `details` shape, so a REST filter can map it the same way.
export class GradingError extends Error {
  constructor(
    message: string,
    public readonly code: GradingErrorCode,
    public readonly details: GradingErrorDetail[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
