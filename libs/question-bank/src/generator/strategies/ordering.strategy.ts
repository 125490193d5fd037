import type { ItemDraft, ItemType } from '@markpoint/grading';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { modelPhrase, modelViews, partsPhrase, type ModelView } from './questions/model-questions';
import { linesLabel, makeDraft } from './support/draft';

const MIN_STEPS = 3;

/**
 * Put a sequence in order: the steps of an ordered model (LATER, PDCA, HACCP principles, the
 * stages of mitosis…) as the spec lists them, or as its knowledge pack does when only the pack
 * names it. Delivery shuffles the steps; the content keeps the correct order.
 */
export class OrderingStrategy implements ItemStrategy {
  readonly name = 'ordering';
  readonly type: ItemType = 'ORDERING';

  generate(ctx: StrategyContext): ItemDraft[] {
    return modelViews(ctx)
      .filter((model) => model.ordered && model.steps.length >= MIN_STEPS)
      .map((model) => {
        const facts = model.fact ? [model.fact] : [];
        const sequence = model.steps.join(' → ');
        return makeDraft(
          ctx,
          this.name,
          {
            type: 'ORDERING',
            stem: orderingStem(model),
            steps: model.steps.map((text, index) => ({ id: `s${index + 1}`, text })),
          },
          {
            level: 'RECALL',
            facts,
            feedback: {
              correct: `The correct order is ${sequence}.`,
              incorrect: `Revisit ${modelPhrase(model)}${facts.length > 0 ? ` in ${linesLabel(facts)}` : ''}: ${sequence}.`,
            },
          },
        );
      });
  }
}

export function orderingStem(model: ModelView): string {
  return `Put ${partsPhrase(model)} in the correct order.`;
}
