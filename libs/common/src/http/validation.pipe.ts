import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from '../exceptions/domain.exception';

/** Flattens nested class-validator errors into one entry per failing field (`settings.timeLimit`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {});
    const here: ErrorDetail[] = own.length > 0 ? [{ field, message: own.join('; ') }] : [];
    return [...here, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The global pipe: whitelisting, type conversion and the one 400 shape. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      return new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: `The request is not valid: ${details.map((d) => d.field).join(', ')}`,
        details,
      });
    },
  });
}
