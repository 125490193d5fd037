import { GradingError } from '../exceptions/grading.error';

// Specs only: the GradingError a call throws, so a test can assert its code and details.
export function captureGradingError(run: () => unknown): GradingError {
  try {
    run();
  } catch (error) {
    if (error instanceof GradingError) return error;
    throw error;
  }
  throw new Error('Expected a GradingError, but nothing was thrown');
}
