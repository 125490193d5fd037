/** Reads an integer setting; unset or empty stays undefined (the default applies), anything else is validated. */
export function toInteger(value: unknown): unknown {
  return value === undefined || value === '' ? undefined : Number(value);
}

/** Reads 'true'/'false'/'1'/'0' from the environment; anything else stays as is so validation can name it. */
export function toBoolean(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  return value;
}
