import {
  drawParameters,
  numericKey,
  renderNumericStem,
  type ItemFeedback,
  type SeededRandom,
} from '@markpoint/grading';
import type { Benchmark } from '../../facts/fact-types';
import type { Candidate } from './choice-options';
import { content, type FormulaPlan } from './formula-plan';
import { arithmeticOf, stemOf } from './stated-numeric-items';
import { formulaInWords } from './stated-formulas';

/** A scenario whose result the learner judges against a stated range, with its options. */
export interface InterpretationQuestion {
  stem: string;
  key: Candidate;
  wrong: Candidate[];
  feedback: ItemFeedback;
}

interface Band {
  name: 'below' | 'within' | 'above';
  text: string;
  /** The results drawn for this band, kept clear of its edges so rounding cannot cross them. */
  range: { min: number; max: number };
}

/**
 * For a plan whose formula has a stated BETWEEN benchmark ("a ratio between 1.5 and 2 is usually
 * considered healthy"): fixed figures whose result lies clearly below, within or above the range
 * (the band picked at random), and the three bands as options. Null when the benchmark's unit does
 * not fit the result, or no figures in the plan's ranges reach the band.
 */
export function interpretationQuestion(
  plan: FormulaPlan,
  random: SeededRandom,
): InterpretationQuestion | null {
  const benchmark = plan.fact.benchmarks.find((candidate) => candidate.comparison === 'BETWEEN');
  if (!benchmark || (benchmark.unit === '%') !== plan.fact.percentage) return null;
  const bands = bandsOf(benchmark);
  for (const band of random.shuffle(bands)) {
    const probe = content(
      plan.fact,
      plan.expression,
      plan.parameters,
      band.range,
      2,
      plan.tolerance,
      plan.unit,
    );
    let values: Record<string, number>;
    try {
      values = drawParameters(probe, `interpretation:${band.name}:${random.int(0, 1e9)}`);
    } catch {
      continue;
    }
    const result = numericKey(probe, values);
    const figures = renderNumericStem({ ...probe, stem: stemOf(plan).replace(/\.\s.*$/, '.') }, values);
    const working = workingOf(plan, values, result);
    const why = (other: Band): string =>
      `${working}, which is ${band.name === 'within' ? `between ${range(benchmark)}` : `${band.name} ${edge(benchmark, band)}`}, not ${other.name} it.`;
    return {
      stem: `${figures} Which statement describes the ${plan.fact.result.label}?`,
      key: { text: band.text, why: `${working}, which is ${lowerFirst(band.text)}.` },
      wrong: bands.filter((other) => other !== band).map((other) => ({ text: other.text, why: why(other) })),
      feedback: {
        correct: `${working}, so it is ${lowerFirst(band.text)}.`,
        incorrect: `${working}. Compare it with the benchmark: ${benchmark.text}.`,
      },
    };
  }
  return null;
}

function bandsOf(benchmark: Benchmark): Band[] {
  const [low, high] = benchmark.values;
  const margin = (high - low) * 0.1;
  // "the range usually considered healthy", but "the healthy range".
  const judged =
    /^(?:usually|generally|normally|often|typically|widely|commonly|considered|regarded|seen|thought|taken|classed|classified|described)\b/i;
  const theRange = judged.test(benchmark.meaning)
    ? `the range ${benchmark.meaning}`
    : `the ${benchmark.meaning} range`;
  const unit = benchmark.unit ?? '';
  const bands: Band[] = [
    {
      name: 'below',
      text: `Below ${low}${unit}: under ${theRange}`,
      range: { min: low * 0.4, max: low - margin },
    },
    {
      name: 'within',
      text: `Between ${low}${unit} and ${high}${unit}: ${theRange}`,
      range: { min: low + margin, max: high - margin },
    },
    {
      name: 'above',
      text: `Above ${high}${unit}: over ${theRange}`,
      range: { min: high + margin, max: high * 1.8 },
    },
  ];
  return bands;
}

// "Current ratio = current assets ÷ current liabilities = £45,000 ÷ £30,000 = 1.50"
export function workingOf(
  plan: FormulaPlan,
  values: Readonly<Record<string, number>>,
  result: number,
): string {
  const statement = formulaInWords(plan.fact, plan.fact.expression);
  const shown = `${result.toFixed(2)}${plan.unit === '%' ? '%' : ''}`;
  return `${statement.charAt(0).toUpperCase()}${statement.slice(1)} = ${arithmeticOf(plan, values)} = ${shown}`;
}

function range(benchmark: Benchmark): string {
  const unit = benchmark.unit ?? '';
  return `${benchmark.values[0]}${unit} and ${benchmark.values[1]}${unit}`;
}

function edge(benchmark: Benchmark, band: Band): string {
  const unit = benchmark.unit ?? '';
  return band.name === 'below' ? `${benchmark.values[0]}${unit}` : `${benchmark.values[1]}${unit}`;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
