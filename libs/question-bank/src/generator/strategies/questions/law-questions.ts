import type { LegislationFact } from '../../facts/fact-types';
import type { PackLegislation } from '../../packs/knowledge-pack';
import type { StrategyContext } from '../item-strategy';
import { linesLabel } from '../support/draft';
import { allOf } from '../support/material';
import type { ChoiceQuestion } from './choice-question';

/** A law as the builders see it: its title, what its pack says about it, and its spec fact. */
export interface LawView {
  name: string;
  year?: number;
  title: string;
  pack?: PackLegislation;
  fact?: LegislationFact;
}

export function lawViews(ctx: StrategyContext): LawView[] {
  return [
    ...ctx.material.laws.map((fact) => viewOf(ctx, fact)),
    ...ctx.material.packLaws.map((pack) => ({
      name: pack.name,
      year: pack.year,
      title: `${pack.name} ${pack.year}`,
      pack,
    })),
  ];
}

/** Every law in the spec or the packs, for distractors. */
export function allLawViews(ctx: StrategyContext): LawView[] {
  const fromSpec = allOf(ctx.base, 'LEGISLATION').map((fact) => viewOf(ctx, fact));
  const fromPacks = ctx.packs.laws
    .filter((pack) => !fromSpec.some((view) => view.pack === pack))
    .map((pack) => ({ name: pack.name, year: pack.year, title: `${pack.name} ${pack.year}`, pack }));
  return [...fromSpec, ...fromPacks];
}

function viewOf(ctx: StrategyContext, fact: LegislationFact): LawView {
  const pack = ctx.packs.law(fact.name);
  return {
    name: fact.name,
    ...(fact.year ? { year: fact.year } : {}),
    title: fact.title,
    ...(pack ? { pack } : {}),
    fact,
  };
}

/** "Which piece of legislation <purpose>?" with other Acts and Regulations as distractors. */
export function lawQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  return lawViews(ctx).flatMap((law) => {
    if (!law.pack) return [];
    const facts = law.fact ? [law.fact] : [];
    const pool = allLawViews(ctx)
      .filter((other) => other.title !== law.title)
      .map((other) => ({
        text: other.title,
        why: other.pack
          ? `The ${other.title} ${other.pack.purpose}.`
          : `The ${other.title} does not ${law.pack?.purpose}.`,
      }));
    return [
      {
        family: 'law-purpose',
        stem: `Which piece of legislation ${law.pack.purpose}?`,
        keys: [{ text: law.title, why: `The ${law.title} ${law.pack.purpose}.` }],
        pool,
        level: 'RECALL',
        facts,
        feedback: {
          correct: `The ${law.title} covers ${law.pack.covers}.`,
          incorrect: `Revisit the legislation in ${linesLabel(facts)}: the ${law.title} covers ${law.pack.covers}.`,
        },
      },
    ];
  });
}
