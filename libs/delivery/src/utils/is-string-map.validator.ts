import { ValidateBy, type ValidationOptions } from 'class-validator';

export interface StringMapBounds {
  maxEntries: number;
  maxKeyLength: number;
  maxValueLength: number;
}

/** Why `value` is not a plain object of bounded string keys and values, or null. */
export function stringMapProblem(value: unknown, bounds: StringMapBounds): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  const entries = Object.entries(value);
  if (entries.length > bounds.maxEntries) return `must have at most ${bounds.maxEntries} entries`;
  for (const [key, v] of entries) {
    if (key.length === 0 || key.length > bounds.maxKeyLength)
      return `must have keys of 1 to ${bounds.maxKeyLength} characters`;
    if (typeof v !== 'string') return 'must have a string for every key';
    if (v.length > bounds.maxValueLength)
      return `must have values of at most ${bounds.maxValueLength} characters`;
  }
  return null;
}

/** A `Record<string, string>` with bounded size (class-validator has no map-of-strings rule). */
export function IsStringMap(bounds: StringMapBounds, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStringMap',
      validator: {
        validate: (value: unknown) => stringMapProblem(value, bounds) === null,
        defaultMessage: (args) => `${args?.property ?? 'value'} ${stringMapProblem(args?.value, bounds)}`,
      },
    },
    options,
  );
}
