import {
  drawParameters,
  formatParameterValue,
  numericKey,
  type ItemDraft,
  type ItemType,
} from '@markpoint/grading';
import type { Benchmark } from '../facts/fact-types';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { makeDraft } from './support/draft';
import { content, planFormula, type FormulaPlan } from './support/formula-plan';
import { workingOf } from './support/interpretation-question';
import { statedFormulasFor } from './support/stated-formulas';

/**
 * A true/false judgement for a stated formula with a one-sided benchmark ("a BMI above 30
 * indicates obesity"): concrete figures, and the statement that their result has the stated
 * meaning, keyed by computing it (the figures put the result clearly on one side). ANALYSE.
 */
export class StatedThresholdTrueFalseStrategy implements ItemStrategy {
  readonly name = 'stated-threshold-true-false';
  readonly type: ItemType = 'TRUE_FALSE';

  generate(ctx: StrategyContext): ItemDraft[] {
    return statedFormulasFor(ctx)
      .filter((fact) => !fact.rearranged)
      .flatMap((fact) => {
        const benchmark = fact.benchmarks.find((candidate) => candidate.comparison !== 'BETWEEN');
        const [plan] = benchmark ? planFormula(fact, ctx.base) : [];
        if (!benchmark || !plan || (benchmark.unit === '%') !== fact.percentage) return [];
        for (const holds of ctx.random.shuffle([true, false])) {
          const judged = judge(plan, benchmark, holds, `${ctx.seed}:${ctx.random.int(0, 1e9)}`);
          if (!judged) continue;
          return [
            makeDraft(
              ctx,
              this.name,
              { type: 'TRUE_FALSE', stem: judged.statement, correct: holds },
              { level: 'ANALYSE', facts: [fact], feedback: judged.feedback },
            ),
          ];
        }
        return [];
      });
  }
}

function judge(
  plan: FormulaPlan,
  benchmark: Benchmark,
  holds: boolean,
  seed: string,
): { statement: string; feedback: { correct: string; incorrect: string } } | null {
  const [threshold] = benchmark.values;
  const above = (benchmark.comparison === 'ABOVE') === holds;
  const range = above
    ? { min: threshold * 1.05, max: threshold * 1.5 }
    : { min: threshold * 0.5, max: threshold * 0.95 };
  const probe = content(plan.fact, plan.expression, plan.parameters, range, 2, plan.tolerance, plan.unit);
  let values: Record<string, number>;
  try {
    values = drawParameters(probe, seed);
  } catch {
    return null;
  }
  const result = numericKey(probe, values);
  const figures = plan.parameters.map(
    (p) => `${articled(p.label)} of ${formatParameterValue(p, values[p.name])}`,
  );
  const list =
    figures.length === 1
      ? figures[0]
      : `${figures.slice(0, -1).join(', ')} and ${figures[figures.length - 1]}`;
  const statement = `With ${list}, the ${plan.fact.result.label} ${benchmark.meaning}.`;
  const unit = benchmark.unit ?? '';
  const side = `${above ? 'above' : 'below'} ${threshold}${unit}`;
  const verdict = holds ? 'so the statement is true' : 'so the statement is false';
  const working = `${workingOf(plan, values, result)}, which is ${side}, ${verdict}`;
  return {
    statement,
    feedback: {
      correct: `${working}.`,
      incorrect: `${working}: ${benchmark.text.replace(/^./, (c) => c.toLowerCase())}.`,
    },
  };
}

function articled(label: string): string {
  if (/s$/i.test(label) && !/ss$/i.test(label)) return label;
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}
