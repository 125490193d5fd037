import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors, type ErrorDetail } from '@markpoint/common';
import { SaveResponseDto } from '../dtos/save-response.dto';

/**
 * What the global validation pipe would say about `{ response }`, for responses that do not arrive
 * as a JSON body (the player's form posts). Empty when the response is valid.
 */
export function itemResponseErrors(response: unknown): ErrorDetail[] {
  const dto = plainToInstance(SaveResponseDto, { response });
  return flattenValidationErrors(
    validateSync(dto, {
      whitelist: true,
      forbidNonWhitelisted: true,
      validationError: { target: false, value: false },
    }),
  );
}
