import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

/** The largest value of a PostgreSQL `integer` column: larger ids, versions or positions cannot exist. */
export const INT4_MAX = 2_147_483_647;

export interface BoundedIntOptions {
  min?: number;
  max?: number;
  optional?: boolean;
}

/**
 * `ParseIntPipe` with bounds: a path or query integer outside [min, max] is a 400 naming the
 * parameter, never a value PostgreSQL refuses with "out of range".
 */
@Injectable()
export class BoundedIntPipe implements PipeTransform<unknown, number | undefined> {
  private readonly min: number;
  private readonly max: number;

  constructor(private readonly options: BoundedIntOptions = {}) {
    this.min = options.min ?? 0;
    this.max = options.max ?? INT4_MAX;
  }

  transform(value: unknown, metadata: ArgumentMetadata): number | undefined {
    if ((value === undefined || value === '') && this.options.optional) return undefined;
    const field = `${metadata.type === 'param' ? 'params' : metadata.type}.${metadata.data ?? 'value'}`;
    // The global ValidationPipe has usually made a number of it already (`transform: true`).
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^-?\d{1,16}$/.test(value)
          ? Number(value)
          : NaN;
    if (!Number.isSafeInteger(n) || n < this.min || n > this.max) {
      const message = `${metadata.data ?? 'value'} must be an integer from ${this.min} to ${this.max}`;
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: `The request is not valid: ${field}`,
        details: [{ field, message }],
      });
    }
    return n;
  }
}
