import type { CognitiveLevel, ItemDraft, ItemType } from '@markpoint/grading';
import type { Fact } from '../facts/fact-types';
import { capitalise, decapitalise } from '../facts/phrases';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { namesItself, shortDefinition } from './questions/concept-questions';
import { allLawViews, lawViews } from './questions/law-questions';
import { listViews } from './questions/list-questions';
import { allModelViews, modelViews } from './questions/model-questions';
import { linesLabel, makeDraft } from './support/draft';
import { sortByRelevance } from './support/relevance';
import { allOf } from './support/material';
import { joinList, singularPhrase } from './support/phrasing';

const MIN_PAIRS = 3;
const MAX_PAIRS = 4;

interface PairSet {
  family: string;
  stem: string;
  pairs: { prompt: string; answer: string }[];
  distractors: string[];
  level: CognitiveLevel;
  facts: Fact[];
}

/**
 * One-to-one matching: terms to what the spec says they do (organelles to functions, pricing
 * strategies to what they set), key concepts to their definitions, abbreviations to their
 * expansions, and, with packs, Acts to their purposes, models to their uses and a category's
 * terms to their descriptions. Every answer is distinct; extra answers come from the same category.
 */
export class MatchingStrategy implements ItemStrategy {
  readonly name = 'matching';
  readonly type: ItemType = 'MATCHING';

  generate(ctx: StrategyContext): ItemDraft[] {
    const sets = sortByRelevance(ctx, [
      ...this.termPairs(ctx),
      ...this.terms(ctx),
      ...this.laws(ctx),
      ...this.models(ctx),
      ...this.acronyms(ctx),
      ...this.concepts(ctx),
    ]);
    return sets
      .filter(
        (set) =>
          set.pairs.length >= MIN_PAIRS &&
          new Set(set.pairs.map((pair) => pair.answer.toLowerCase())).size === set.pairs.length,
      )
      .map((set) =>
        makeDraft(
          ctx,
          `${this.name}:${set.family}`,
          {
            type: 'MATCHING',
            stem: set.stem,
            pairs: set.pairs.map((pair, index) => ({ id: `p${index + 1}`, ...pair })),
            distractors: set.distractors.filter((text) => !set.pairs.some((pair) => pair.answer === text)),
          },
          {
            level: set.level,
            facts: set.facts,
            feedback: {
              correct: set.pairs.map((pair) => `${pair.prompt} → ${pair.answer}`).join('; '),
              incorrect: `The correct matches are ${set.pairs.map((pair) => `${pair.prompt} → ${pair.answer}`).join('; ')}. See ${linesLabel(set.facts)}.`,
            },
          },
        ),
      );
  }

  private termPairs(ctx: StrategyContext): PairSet[] {
    return ctx.material.pairs.map((fact) => ({
      family: 'term-pairs',
      stem: `Match each ${singularPhrase(decapitalise(fact.head))} to its description.`,
      pairs: fact.pairs
        .slice(0, MAX_PAIRS)
        .map((pair) => ({ prompt: pair.term, answer: capitalise(pair.description) })),
      distractors: [],
      level: 'RECALL',
      facts: [fact],
    }));
  }

  private terms(ctx: StrategyContext): PairSet[] {
    return listViews(ctx).flatMap((list) => {
      const described = (list.category?.terms ?? []).filter((term) => term.description);
      if (!list.category || described.length < MIN_PAIRS) return [];
      const chosen = ctx.random.shuffle(described);
      return [
        {
          family: 'terms',
          stem: `Match each ${list.category.label} to its description.`,
          pairs: chosen
            .slice(0, MAX_PAIRS)
            .map((term) => ({ prompt: term.term, answer: capitalise(term.description ?? '') })),
          distractors: chosen
            .slice(MAX_PAIRS, MAX_PAIRS + 1)
            .map((term) => capitalise(term.description ?? '')),
          level: 'RECALL',
          facts: list.fact ? [list.fact] : [],
        },
      ];
    });
  }

  private laws(ctx: StrategyContext): PairSet[] {
    const own = lawViews(ctx).filter((law) => law.pack);
    if (own.length === 0) return [];
    const others = ctx.random.shuffle(
      allLawViews(ctx).filter((law) => law.pack && !own.some((o) => o.title === law.title)),
    );
    const chosen = [...own, ...others].slice(0, MAX_PAIRS);
    return [
      {
        family: 'laws',
        stem: 'Match each piece of legislation to what it does.',
        pairs: chosen.map((law) => ({ prompt: law.title, answer: capitalise(law.pack?.purpose ?? '') })),
        distractors: others
          .slice(Math.max(0, MAX_PAIRS - own.length), Math.max(0, MAX_PAIRS - own.length) + 1)
          .map((law) => capitalise(law.pack?.purpose ?? '')),
        level: 'APPLY',
        facts: chosen.flatMap((law) => (law.fact ? [law.fact] : [])),
      },
    ];
  }

  private models(ctx: StrategyContext): PairSet[] {
    const own = modelViews(ctx).filter((model) => model.purpose);
    if (own.length === 0) return [];
    const categories = new Set(own.map((model) => model.category));
    const others = ctx.random.shuffle(
      allModelViews(ctx).filter((model) => model.purpose && !categories.has(model.category)),
    );
    const chosen = [...own.slice(0, 2), ...others].slice(0, MAX_PAIRS);
    return [
      {
        family: 'models',
        stem: 'Match each model to what it is used for.',
        pairs: chosen.map((model) => ({ prompt: model.name, answer: capitalise(model.purpose ?? '') })),
        distractors: [],
        level: 'RECALL',
        facts: chosen.flatMap((model) => (model.fact ? [model.fact] : [])),
      },
    ];
  }

  private acronyms(ctx: StrategyContext): PairSet[] {
    if (ctx.material.acronyms.length === 0) return [];
    const all = allOf(ctx.base, 'ACRONYM');
    const chosen = [
      ...ctx.material.acronyms,
      ...all.filter((fact) => !ctx.material.acronyms.includes(fact)),
    ].slice(0, MAX_PAIRS);
    return [
      {
        family: 'acronyms',
        stem: 'Match each abbreviation to what it stands for.',
        pairs: chosen.map((fact) => ({ prompt: fact.acronym, answer: capitalise(fact.expansion) })),
        distractors: [],
        level: 'RECALL',
        facts: chosen,
      },
    ];
  }

  private concepts(ctx: StrategyContext): PairSet[] {
    const related = ctx.material.concepts.filter((concept) => !namesItself(concept));
    // Mostly the point's own concepts, or the set would be about other marking points.
    if (related.length < 2) return [];
    const others = allOf(ctx.base, 'CONCEPT').filter(
      (concept) => !related.includes(concept) && !namesItself(concept),
    );
    const chosen = [...related.slice(0, 2), ...ctx.random.shuffle(others)].slice(0, MAX_PAIRS);
    return [
      {
        family: 'concepts',
        stem: `Match ${joinList(chosen.map((concept) => concept.name.replace(/^The\b/, 'the')))} to their descriptions.`,
        pairs: chosen.map((concept) => ({
          prompt: concept.name,
          answer: capitalise(shortDefinition(concept)),
        })),
        distractors: [],
        level: 'RECALL',
        facts: chosen,
      },
    ];
  }
}
