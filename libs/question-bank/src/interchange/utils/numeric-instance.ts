import { drawParameters, numericKey, renderNumericStem, type NumericContent } from '@markpoint/grading';

/** The seed of the one instance every export draws, so all formats show the same numbers. */
export const EXPORT_SEED = 'export';

export interface NumericInstance {
  values: Record<string, number>;
  // The stem with the drawn values in place of its placeholders.
  stem: string;
  key: number;
  // The key written with the item's decimals, never in exponent notation.
  keyText: string;
  // The tolerance as an absolute ± around the key (a RELATIVE one times |key|).
  absoluteTolerance: number;
  absoluteToleranceText: string;
}

// One fixed instance of a numeric item. Moodle's `numerical` and GIFT's `{#…}` hold one answer, and
// neither can draw Markpoint's parameters per attempt, so exports draw once with EXPORT_SEED.
export function numericInstance(content: NumericContent): NumericInstance {
  const values = drawParameters(content, EXPORT_SEED);
  const key = numericKey(content, values);
  const absoluteTolerance =
    content.tolerance.kind === 'ABSOLUTE' ? content.tolerance.value : content.tolerance.value * Math.abs(key);
  return {
    values,
    stem: renderNumericStem(content, values),
    key,
    keyText: key.toFixed(content.decimals),
    absoluteTolerance,
    absoluteToleranceText: decimalText(absoluteTolerance),
  };
}

// A number as plain decimal text: 12 significant digits at most (hiding float noise), no exponent.
export function decimalText(value: number): string {
  const rounded = Number(value.toPrecision(12));
  if (Number.isInteger(rounded)) return String(rounded);
  return rounded.toFixed(12).replace(/\.?0+$/, '');
}
