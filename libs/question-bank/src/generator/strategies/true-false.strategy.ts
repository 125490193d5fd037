import type { CognitiveLevel, ItemDraft, ItemType } from '@markpoint/grading';
import type { Fact } from '../facts/fact-types';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { lawViews, allLawViews } from './questions/law-questions';
import { modelPhrase, modelViews } from './questions/model-questions';
import { equalityText, quantity, slipped } from './questions/equality-questions';
import { pairStatement } from './questions/pair-questions';
import { listViews } from './questions/list-questions';
import { linesLabel, makeDraft } from './support/draft';
import { sortByRelevance } from './support/relevance';
import { quoted, termSentence } from './support/phrasing';

interface Statement {
  family: string;
  text: string;
  correct: boolean;
  why: string;
  level: CognitiveLevel;
  facts: Fact[];
}

/**
 * Statements to judge: a misconception's false claim and its correction, the order of two steps of
 * a sequence, what an Act does (or another Act's purpose), a defined term's description (or
 * another term's). Exam advice is never an item: it is test technique, not knowledge.
 */
export class TrueFalseStrategy implements ItemStrategy {
  readonly name = 'true-false';
  readonly type: ItemType = 'TRUE_FALSE';

  generate(ctx: StrategyContext): ItemDraft[] {
    const statements = sortByRelevance(ctx, [
      ...this.misconceptions(ctx),
      ...this.order(ctx),
      ...this.laws(ctx),
      ...this.pairs(ctx),
      ...this.equalities(ctx),
      ...this.terms(ctx),
    ]);
    return statements.map((statement) =>
      makeDraft(
        ctx,
        `${this.name}:${statement.family}`,
        { type: 'TRUE_FALSE', stem: statement.text, correct: statement.correct },
        {
          level: statement.level,
          facts: statement.facts,
          feedback: {
            correct: `${statement.correct ? 'True' : 'False'}. ${statement.why}`,
            incorrect: `The statement is ${statement.correct ? 'true' : 'false'}. ${statement.why} See ${linesLabel(statement.facts)}.`,
          },
        },
      ),
    );
  }

  private misconceptions(ctx: StrategyContext): Statement[] {
    return ctx.material.misconceptions.flatMap((fact): Statement[] => [
      ...(fact.falseClaim
        ? [
            {
              family: 'misconception',
              text: fact.falseClaim,
              correct: false,
              why: `This is a common misconception: ${fact.mistake}.`,
              level: 'ANALYSE' as const,
              facts: [fact],
            },
          ]
        : []),
      ...(fact.trueClaim
        ? [
            {
              family: 'correction',
              text: fact.trueClaim,
              correct: true,
              why: `The specification warns against ${quoted(fact.mistake)}.`,
              level: 'ANALYSE' as const,
              facts: [fact],
            },
          ]
        : []),
    ]);
  }

  private order(ctx: StrategyContext): Statement[] {
    return modelViews(ctx)
      .filter((model) => model.ordered && model.steps.length >= 3)
      .map((model) => {
        const index = ctx.random.int(0, model.steps.length - 2);
        const inOrder = ctx.random.int(0, 1) === 1;
        const [first, second] = inOrder
          ? [model.steps[index], model.steps[index + 1]]
          : [model.steps[index + 1], model.steps[index]];
        return {
          family: 'order',
          text: `In ${modelPhrase(model)}, ${quoted(first)} comes before ${quoted(second)}.`,
          correct: inOrder,
          why: `The order is ${model.steps.join(' → ')}.`,
          level: 'RECALL' as const,
          facts: model.fact ? [model.fact] : [],
        };
      });
  }

  private laws(ctx: StrategyContext): Statement[] {
    const others = allLawViews(ctx).filter((law) => law.pack);
    return lawViews(ctx).flatMap((law): Statement[] => {
      if (!law.pack) return [];
      const facts = law.fact ? [law.fact] : [];
      const swap = others.filter((other) => other.title !== law.title);
      if (ctx.random.int(0, 1) === 0 || swap.length === 0) {
        return [
          {
            family: 'law',
            text: `The ${law.title} ${law.pack.purpose}.`,
            correct: true,
            why: `The ${law.title} covers ${law.pack.covers}.`,
            level: 'RECALL' as const,
            facts,
          },
        ];
      }
      const other = ctx.random.pick(swap);
      return [
        {
          family: 'law',
          text: `The ${law.title} ${other.pack?.purpose}.`,
          correct: false,
          why: `That describes the ${other.title}; the ${law.title} covers ${law.pack.covers}.`,
          level: 'RECALL' as const,
          facts,
        },
      ];
    });
  }

  private pairs(ctx: StrategyContext): Statement[] {
    return ctx.material.pairs.flatMap((fact): Statement[] => {
      const [pair, ...rest] = ctx.random.shuffle(fact.pairs);
      const swap = rest.find((other) => other.verb === pair.verb && other.object !== pair.object);
      if (!swap || ctx.random.int(0, 1) === 0) {
        return [
          {
            family: 'pair',
            text: pairStatement(pair),
            correct: true,
            why: pairStatement(pair),
            level: 'RECALL' as const,
            facts: [fact],
          },
        ];
      }
      const text = pairStatement({ ...pair, object: swap.object });
      return [
        {
          family: 'pair',
          text,
          correct: false,
          why: `${pairStatement(pair)} ${pairStatement(swap)}`,
          level: 'RECALL' as const,
          facts: [fact],
        },
      ];
    });
  }

  private equalities(ctx: StrategyContext): Statement[] {
    return ctx.material.equalities.map((fact): Statement => {
      const correct = ctx.random.int(0, 1) === 1;
      const right = correct ? fact.right : slipped(fact, ctx.random.pick([10, 0.1]));
      return {
        family: 'equality',
        text: `${quantity(fact.left)} = ${quantity(right)}.`,
        correct,
        why: `${equalityText(fact)}.`,
        level: 'APPLY',
        facts: [fact],
      };
    });
  }

  private terms(ctx: StrategyContext): Statement[] {
    return listViews(ctx).flatMap((list): Statement[] => {
      const described = (list.category?.terms ?? []).filter((term) => term.description);
      if (described.length < 2) return [];
      const [term, other] = ctx.random.shuffle(described);
      const facts = list.fact ? [list.fact] : [];
      const correct = ctx.random.int(0, 1) === 1;
      const text = termSentence(term.term, (correct ? term : other).description ?? '');
      const truth = termSentence(term.term, term.description ?? '');
      const why = correct ? truth : `That describes ${other.term}. ${truth}`;
      return [{ family: 'term', text, correct, why, level: 'RECALL' as const, facts }];
    });
  }
}
