import {
  createRandom,
  drawParameters,
  numericKey,
  validateNumericContent,
  type NumericContent,
  type NumericParameter,
} from '@markpoint/grading';
import type { FactBase, FormulaFact, FormulaQuantity } from '../../facts/fact-types';
import { factTerms } from '../../facts/relate-facts';
import { allOf } from './material';
import {
  currencyOf,
  decimalsFor,
  isLength,
  lengthConversion,
  rangeAround,
  rangeFor,
  type QuantityRange,
} from './formula-ranges';

/** One way to ask a stated formula with figures: its expression, parameter ranges and answer format. */
export interface FormulaPlan {
  fact: FormulaFact;
  /** The expression grading evaluates (the fact's, or with a unit conversion written in). */
  expression: string;
  parameters: NumericParameter[];
  resultRange: { min?: number; max?: number };
  unit?: string;
  decimals: number;
  tolerance: NumericContent['tolerance'];
  /** Why the figures need converting first, for the feedback ("1 mm = 1000 µm"), when they do. */
  conversion?: string;
}

const SAMPLE_SEEDS = 40;
const DIVISION = /^(\w+) \/ (\w+)$/;

/**
 * The ways a formula can be asked with values that make sense, possibly none: each input gets the
 * range its example value, unit or label supports; operands added or subtracted share a range; a
 * division of two lengths the spec says need the same units is asked in the same unit and, when
 * the spec states a conversion, across units. A formula with an input nothing gives a sensible
 * size to is not asked. Every plan draws 40 seeds to prove its keys are finite and in range.
 */
export function planFormula(fact: FormulaFact, base: FactBase): FormulaPlan[] {
  const currency = currencyOf(
    base.facts.map(factTerms).concat(base.markingPoints.map((point) => point.text)),
  );
  const conversion = lengthConversion(allOf(base, 'EQUALITY'));
  const division = DIVISION.exec(fact.expression);
  if (fact.sameUnits && division && conversion && fact.inputs.every(isLength)) {
    const [numerator, denominator] = [division[1], division[2]];
    const large: QuantityRange = { min: 20, max: 90, step: 1, unit: conversion.large };
    const small: QuantityRange = { min: 10, max: 150, step: 1, unit: conversion.small };
    const sameUnit: QuantityRange = {
      min: small.min / conversion.factor,
      max: small.max / conversion.factor,
      step: small.step / conversion.factor,
      unit: conversion.large,
    };
    // Across units first: converting before dividing is what such a specification rewards.
    return [
      finish(
        fact,
        `(${numerator} * ${conversion.factor}) / ${denominator}`,
        { [numerator]: large, [denominator]: small },
        {
          conversion: `1 ${conversion.large} = ${conversion.factor} ${conversion.small}`,
        },
      ),
      finish(fact, fact.expression, { [numerator]: large, [denominator]: sameUnit }),
    ].filter((plan): plan is FormulaPlan => plan !== null);
  }

  const ranges: Record<string, QuantityRange | null> = {};
  for (const input of fact.inputs)
    ranges[input.name] = inputRange(input, fact, base, currency, conversion?.large);
  // Quantities added to or subtracted from each other are the same kind of thing: one range fits all.
  if (/^[\w\s()+-]+$/.test(fact.expression)) {
    const known = fact.inputs.map((input) => ranges[input.name]).find((range) => range !== null);
    for (const input of fact.inputs) ranges[input.name] ??= known ?? null;
  }
  if (fact.inputs.some((input) => !ranges[input.name])) return [];
  const plan = finish(fact, fact.expression, ranges as Record<string, QuantityRange>);
  return plan ? [plan] : [];
}

function inputRange(
  input: FormulaQuantity,
  fact: FormulaFact,
  base: FactBase,
  currency: string,
  lengthUnit: string | undefined,
): QuantityRange | null {
  // An input that is another stated formula's result takes the range that formula's plans give.
  const source = allOf(base, 'FORMULA').find(
    (other) => other !== fact && other.result.name === input.name && !other.rearranged,
  );
  if (source) {
    const [plan] = planFormula(source, base);
    if (plan) return resultSpread(plan);
  }
  if (lengthUnit && isLength(input) && fact.sameUnits) return { min: 20, max: 90, step: 1, unit: lengthUnit };
  return rangeFor(input, currency);
}

// Checks the ranges with real draws and picks the answer's decimals, tolerance and unit.
function finish(
  fact: FormulaFact,
  expression: string,
  ranges: Record<string, QuantityRange>,
  extra: { conversion?: string } = {},
): FormulaPlan | null {
  const parameters = fact.inputs.map((input) => ({
    name: input.name,
    label: input.label,
    ...ranges[input.name],
  }));
  const resultRange = resultRangeOf(fact, parameters);
  const unit = resultUnit(fact, parameters);
  const probe = content(fact, expression, parameters, resultRange, 6, { kind: 'ABSOLUTE', value: 0 }, unit);
  if (validateNumericContent(probe).length > 0) return null;
  const results: number[] = [];
  try {
    for (let seed = 0; seed < SAMPLE_SEEDS; seed++) {
      results.push(Math.abs(numericKey(probe, drawParameters(probe, `plan:${seed}`))));
    }
  } catch {
    return null;
  }
  const sorted = [...results].sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length / 2)];
  const whole =
    results.every((result) => Number.isInteger(result)) &&
    parameters.every((p) => Number.isInteger(p.step) && Number.isInteger(p.min));
  const decimals = whole ? 0 : decimalsFor(typical, fact.percentage);
  // One unit in the last place: a learner who rounds once, slightly differently, still scores.
  const tolerance = {
    kind: 'ABSOLUTE' as const,
    value: whole ? 0 : Number((10 ** -decimals).toFixed(decimals)),
  };
  return {
    fact,
    expression,
    parameters,
    resultRange,
    ...(unit ? { unit } : {}),
    decimals,
    tolerance,
    ...extra,
  };
}

/** The NumericContent of a plan, before its stem is written. */
export function content(
  fact: FormulaFact,
  expression: string,
  parameters: NumericParameter[],
  resultRange: FormulaPlan['resultRange'],
  decimals: number,
  tolerance: NumericContent['tolerance'],
  unit: string | undefined,
  stem = parameters.map((p) => `{${p.name}}`).join(' '),
): NumericContent {
  return {
    type: 'NUMERIC',
    stem,
    formula: 'EXPRESSION',
    expression: {
      text: expression,
      inputs: parameters.map((p) => ({ name: p.name, label: p.label, ...(p.unit ? { unit: p.unit } : {}) })),
      resultName: fact.result.label,
      resultRange,
    },
    parameters,
    tolerance,
    ...(unit ? { unit } : {}),
    decimals,
  };
}

// Results must be positive; a percentage at most 100 unless the formula is a change; a benchmark,
// when stated, keeps results near the values it judges; a ratio of like quantities stays readable.
function resultRangeOf(
  fact: FormulaFact,
  parameters: readonly NumericParameter[],
): FormulaPlan['resultRange'] {
  const values = fact.benchmarks.flatMap((benchmark) => benchmark.values);
  const cap = fact.percentage ? 100 : Infinity;
  if (values.length > 0)
    return { min: Math.min(...values) * 0.4, max: Math.min(cap, Math.max(...values) * 1.8) };
  if (fact.percentage) return { min: 0.5, max: 100 };
  // Like quantities drawn from one range and divided (current ratio, acid test): a readable ratio.
  const [first] = parameters;
  const alike = parameters.every((p) => p.unit === first.unit && p.min === first.min && p.max === first.max);
  if (alike && /\//.test(fact.expression)) return { min: 0.2, max: 5 };
  return { min: Number.MIN_VALUE };
}

function resultUnit(fact: FormulaFact, parameters: readonly NumericParameter[]): string | undefined {
  if (fact.percentage) return '%';
  if (fact.result.unit) return fact.result.unit;
  const units = [...new Set(parameters.map((parameter) => parameter.unit))];
  if (/^[\w\s()+-]+$/.test(fact.expression)) return units.length === 1 ? units[0] : undefined;
  // A quantity divided by a pure number ("actual size = image size ÷ magnification") keeps its unit.
  const division = DIVISION.exec(fact.expression);
  const [top, bottom] = division
    ? [division[1], division[2]].map((name) => parameters.find((p) => p.name === name))
    : [];
  return top?.unit && bottom && !bottom.unit ? top.unit : undefined;
}

// The middle of a formula's results, as a range for a formula that takes it as an input.
function resultSpread(plan: FormulaPlan): QuantityRange | null {
  const probe = content(
    plan.fact,
    plan.expression,
    plan.parameters,
    plan.resultRange,
    plan.decimals,
    plan.tolerance,
    plan.unit,
  );
  const random = createRandom('spread');
  const results = Array.from({ length: 20 }, () =>
    numericKey(probe, drawParameters(probe, String(random.int(0, 1e9)))),
  );
  results.sort((a, b) => a - b);
  const median = results[Math.floor(results.length / 2)];
  return median > 0 ? rangeAround(median, plan.unit) : null;
}
