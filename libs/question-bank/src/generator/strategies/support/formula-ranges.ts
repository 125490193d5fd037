import type { NumericParameter } from '@markpoint/grading';
import type { EqualityFact, FormulaQuantity } from '../../facts/fact-types';

/** A range for one quantity: the grid its values are drawn from, and the unit they are shown in. */
export type QuantityRange = Omit<NumericParameter, 'name' | 'label'>;

// Sensible values for a quantity whose unit the specification states but whose size it does not.
const UNIT_RANGES: Readonly<Record<string, QuantityRange>> = {
  kg: { min: 45, max: 120, step: 0.5, unit: 'kg' },
  g: { min: 10, max: 500, step: 5, unit: 'g' },
  m: { min: 10, max: 500, step: 5, unit: 'm' },
  km: { min: 5, max: 300, step: 5, unit: 'km' },
  cm: { min: 5, max: 200, step: 1, unit: 'cm' },
  mm: { min: 10, max: 90, step: 1, unit: 'mm' },
  s: { min: 5, max: 120, step: 1, unit: 's' },
  min: { min: 5, max: 120, step: 1, unit: 'min' },
  h: { min: 1, max: 12, step: 0.5, unit: 'h' },
  l: { min: 1, max: 50, step: 0.5, unit: 'l' },
  ml: { min: 50, max: 1000, step: 10, unit: 'ml' },
  units: { min: 200, max: 2000, step: 10, unit: 'units' },
  '%': { min: 5, max: 95, step: 1, unit: '%' },
};
// Labels that name money, counts or percentages, for quantities stated without a unit.
const MONEY =
  /\b(?:assets?|liabilit\w*|costs?|revenue|sales|turnover|profits?|expenses?|income|expenditure|budget\w*|price|spend\w*|cash|capital|debt|equity|wages?|salar\w*|earnings|dividends?|loans?|interest|value|funds?|inventory|stocks?|receivables|payables|debtors|creditors|overheads?)\b/i;
const UNIT_MONEY = /\b(?:price|per unit|per item|per customer|per hour|unit cost|cost per)\b/i;
const COUNT =
  /\b(?:number of|customers?|visitors?|calls?|complaints?|responses?|respondents?|orders?|transactions?|tickets?|leavers?|staff|employees?|people|promoters?|detractors?|hosts?|packets?|contacts?|enquiries|items?|units|issues?|cases|queries|requests|defects|errors|incidents|sessions|users|clicks|purchases|members|students|patients|sales made|deliveries)\b/i;
const PERCENT = /(?:%|\bpercentage\b|\bper cent\b)/i;
const LENGTH = /\b(?:size|length|width|height|diameter|distance|thickness|depth|radius)\b/i;
const LENGTH_UNITS = ['km', 'm', 'cm', 'mm', 'µm', 'nm'];

/** A value range around a value the specification gives as an example: half to one and a half times it. */
export function rangeAround(example: number, unit?: string): QuantityRange {
  const step = niceStep(example);
  const min = Math.max(step, roundTo(example * 0.5, step));
  const max = Math.max(min + step * 4, roundTo(example * 1.5, step));
  return { min, max, step, ...(unit ? { unit } : {}) };
}

/**
 * The range for one input, or null when nothing says what a sensible value is: its example value
 * in the spec, else its stated unit, else a label that names money (in the spec's currency), a
 * count or a percentage. A quantity with none of these is not given made-up values.
 */
export function rangeFor(quantity: FormulaQuantity, currency: string): QuantityRange | null {
  if (quantity.example !== undefined && quantity.example > 0)
    return rangeAround(quantity.example, quantity.unit);
  const unit = quantity.unit;
  if (unit && /^[£$€]$/.test(unit)) return moneyRange(quantity.label, unit);
  if (unit === 'm' && /\bheight\b/i.test(quantity.label)) return { min: 1.45, max: 2, step: 0.01, unit: 'm' };
  if (unit) return UNIT_RANGES[unit] ?? null;
  if (PERCENT.test(quantity.label)) return UNIT_RANGES['%'];
  if (COUNT.test(quantity.label)) return { min: 20, max: 2000, step: 1 };
  if (MONEY.test(quantity.label)) return moneyRange(quantity.label, currency);
  return null;
}

function moneyRange(label: string, currency: string): QuantityRange {
  return UNIT_MONEY.test(label)
    ? { min: 5, max: 60, step: 0.5, unit: currency }
    : { min: 5000, max: 90000, step: 500, unit: currency };
}

/**
 * The currency a specification writes amounts in ("£12,000", "in pounds"), else £: Markpoint's
 * banks are written for UK qualifications, as the formula table's defaults are.
 */
export function currencyOf(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  const add = (symbol: string): void => void counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  for (const text of texts) {
    for (const symbol of text.match(/[£$€](?=\d)/g) ?? []) add(symbol);
    for (const word of text.match(/\b(?:pounds|dollars|euros)\b/gi) ?? [])
      add({ pounds: '£', dollars: '$', euros: '€' }[word.toLowerCase()] ?? '£');
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '£';
}

/** A stated conversion between two length units ("1 mm = 1000 µm"): the larger unit, the smaller and the factor. */
export interface LengthConversion {
  large: string;
  small: string;
  factor: number;
}

export function lengthConversion(equalities: readonly EqualityFact[]): LengthConversion | null {
  for (const equality of equalities) {
    const { left, right } = equality;
    if (!LENGTH_UNITS.includes(left.unit) || !LENGTH_UNITS.includes(right.unit) || left.value <= 0) continue;
    const factor = right.value / left.value;
    if (factor > 1 && Number.isInteger(factor)) return { large: left.unit, small: right.unit, factor };
    if (factor < 1 && Number.isInteger(1 / factor))
      return { large: right.unit, small: left.unit, factor: 1 / factor };
  }
  return null;
}

export function isLength(quantity: FormulaQuantity): boolean {
  return LENGTH.test(quantity.label) && !quantity.unit;
}

/** Decimals for a typical result: about three significant figures, at most two decimals from 0.1 up. */
export function decimalsFor(typical: number, percentage: boolean): number {
  if (!(typical > 0)) return 2;
  // Three significant figures, but no more than two decimals for values of 0.1 and above (1.59, 0.38).
  const significant = Math.min(6, Math.max(0, 2 - Math.floor(Math.log10(typical))));
  const decimals = typical >= 0.1 ? Math.min(2, significant) : significant;
  return percentage ? Math.max(1, Math.min(decimals, 2)) : decimals;
}

// 12,000 → 500; 800 → 50; 25 → 1; 0.25 → 0.01: about twenty grid points between half and one and a half times.
function niceStep(value: number): number {
  const raw = value / 20;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((n) => n * power).find((n) => n >= raw) ?? 10 * power;
  return Number(nice.toPrecision(6));
}

function roundTo(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toPrecision(12));
}
