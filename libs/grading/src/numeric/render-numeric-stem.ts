import { GradingError, GradingErrorCode } from '../exceptions/grading.error';
import type { NumericContent, NumericParameter } from '../items/item-content';
import { parameterGrid } from './parameter-grid';

/**
 * The stem with each `{name}` replaced by the drawn value, formatted for en-GB (thousands
 * separators) with the parameter's unit: a currency symbol before the number (£12,500; £7.50), `%`
 * right after it (12.5%), any other unit after a space (1,200 units). Placeholders that name no
 * parameter are left as they are. Throws MISSING_PARAMETERS when a parameter has no finite value.
 */
export function renderNumericStem(content: NumericContent, values: Readonly<Record<string, number>>): string {
  const missing = content.parameters.filter((parameter) => !Number.isFinite(values[parameter.name]));
  if (missing.length > 0) {
    throw new GradingError(
      `No values for ${missing.map((parameter) => parameter.name).join(', ')}`,
      GradingErrorCode.MISSING_PARAMETERS,
      missing.map((parameter) => ({ field: parameter.name, message: 'missing or not a finite number' })),
    );
  }
  const byName = new Map(content.parameters.map((parameter) => [parameter.name, parameter]));
  return content.stem.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (placeholder, name: string) => {
    const parameter = byName.get(name);
    return parameter ? formatParameterValue(parameter, values[name]) : placeholder;
  });
}

export function formatParameterValue(parameter: NumericParameter, value: number): string {
  const unit = parameter.unit?.trim() ?? '';
  const isCurrency = /^\p{Sc}+$/u.test(unit);
  const gridDecimals = parameterGrid(parameter).decimals;
  // Money with pence reads as £7.50, never £7.5.
  const decimals = isCurrency && !Number.isInteger(value) ? Math.max(2, gridDecimals) : gridDecimals;
  const number = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: isCurrency && !Number.isInteger(value) ? decimals : 0,
    maximumFractionDigits: decimals,
  }).format(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (unit === '') return `${sign}${number}`;
  if (isCurrency) return `${sign}${unit}${number}`;
  if (unit === '%') return `${sign}${number}%`;
  return `${sign}${number} ${unit}`;
}
