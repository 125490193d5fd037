/**
 * Base class for every domain error. Each lib subclasses it with its own code enum
 * (e.g. `SpecException` with `SpecExceptionCode`) and maps the codes to HTTP statuses
 * in its own REST filter; use cases never throw HTTP exceptions.
 */
export abstract class DomainException<TCode extends string = string> extends Error {
  protected constructor(
    message: string,
    public readonly code: TCode,
    public readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One entry of the `details` array of an error response. */
export interface ErrorDetail {
  /** The failing field (`settings.timeLimit`) or place (`line 12`). */
  field?: string;
  /** Line number in an uploaded document, when the error is about one. */
  line?: number;
  /** Section of an uploaded document, when the error is about one. */
  section?: string;
  message: string;
}
