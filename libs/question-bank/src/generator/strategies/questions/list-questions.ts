import type { EnumerationFact } from '../../facts/fact-types';
import { capitalise, decapitalise, wordCount } from '../../facts/phrases';
import { sharesStem } from '../../facts/tokens';
import type { PackCategory } from '../../packs/knowledge-pack';
import type { StrategyContext } from '../item-strategy';
import type { Candidate } from '../support/choice-options';
import { linesLabel } from '../support/draft';
import { allOf } from '../support/material';
import { isPluralPhrase, joinList, singularPhrase, termSentence, withArticle } from '../support/phrasing';
import type { ChoiceQuestion } from './choice-question';

/** A list a marking point relates to: its heading, members and the pack category it names, if any. */
export interface ListView {
  head: string;
  items: string[];
  category?: PackCategory;
  fact?: EnumerationFact;
}

export function listViews(ctx: StrategyContext): ListView[] {
  const views: ListView[] = ctx.material.lists.flatMap((fact) => {
    const category = ctx.packs.categoryForHead(fact.head);
    // "Which of these are sources?" names no category: a heading needs two words, or a pack's category.
    if (!isPluralPhrase(fact.head) || (wordCount(fact.head) < 2 && !category)) return [];
    return [{ head: decapitalise(fact.head), items: fact.items, ...(category ? { category } : {}), fact }];
  });
  for (const match of ctx.material.categories) {
    if (match.list) continue;
    views.push({
      head: match.category.plural,
      items: match.category.terms.map((term) => term.term),
      category: match.category,
    });
  }
  return views;
}

/**
 * Wrong answers to "Which of these is a <head>?": the terms of the pack's contrasting categories
 * (an analytical tool is not a data collection method) or, from the text alone, the members of
 * other lists in the spec whose headings share no word with this one.
 */
export function outsiders(ctx: StrategyContext, list: ListView): Candidate[] {
  const singular = singularPhrase(list.head);
  const fromPacks = (list.category?.contrasts ?? [])
    .map((id) => ctx.packs.category(id))
    .flatMap((category) =>
      (category?.terms ?? []).map((term) => ({
        text: term.term,
        why: notA(term.term, category?.label ?? '', category?.plural ?? '', singular, list.head),
        near: true,
      })),
    );
  const fromSpec = allOf(ctx.base, 'ENUMERATION', 'CATEGORY')
    .filter(
      (other) =>
        other.items.join('|') !== list.items.join('|') &&
        isPluralPhrase(other.head) &&
        wordCount(other.head) >= 2 &&
        // A sibling list ("PRINCE2 processes" beside "PRINCE2 principles") is a good source; a list
        // of the same kind of thing ("sources of market data" beside "sources of competitor data")
        // may share members, so it is never used.
        headNoun(other.head) !== headNoun(list.head),
    )
    .filter(
      (other) =>
        !list.category ||
        !ctx.packs.categoryForHead(other.head) ||
        ctx.packs.categoryForHead(other.head) !== list.category,
    )
    .flatMap((other) =>
      other.items.map((item) => ({
        text: capitalise(item),
        why: notA(
          capitalise(item),
          singularPhrase(decapitalise(other.head)),
          decapitalise(other.head),
          singular,
          list.head,
        ),
        facts: [other],
        near: sharesStem(other.head, list.head),
      })),
    );
  const members = new Set(
    [...list.items, ...(list.category?.terms.flatMap((term) => [term.term, ...term.aliases]) ?? [])].map(
      (t) => t.toLowerCase(),
    ),
  );
  return [...fromPacks, ...fromSpec].filter((candidate) => !members.has(candidate.text.toLowerCase()));
}

export function listQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  return listViews(ctx).flatMap((list) => [
    ...membershipQuestion(ctx, list),
    ...definitionQuestions(ctx, list),
  ]);
}

function membershipQuestion(ctx: StrategyContext, list: ListView): ChoiceQuestion[] {
  const key = ctx.random.pick(list.items);
  const facts = list.fact ? [list.fact] : [];
  const singular = singularPhrase(list.head);
  return [
    {
      family: 'list-membership',
      stem: `Which of the following is ${withArticle(singular)}?`,
      keys: [
        {
          text: capitalise(key),
          why: `${capitalise(key)} is one of the ${list.head} (${joinList(list.items)}).`,
        },
      ],
      pool: outsiders(ctx, list),
      avoid: list.items,
      level: 'RECALL',
      facts,
      feedback: {
        correct: `The ${list.head} include ${joinList(list.items)}.`,
        incorrect: `Revisit the ${list.head} in ${linesLabel(facts)}: ${joinList(list.items)}.`,
      },
    },
  ];
}

// "Which data collection method uses a trained assessor posing as a customer…?" — from the pack's
// descriptions; the spec's own members are asked about first.
function definitionQuestions(ctx: StrategyContext, list: ListView): ChoiceQuestion[] {
  const category = list.category;
  if (!category) return [];
  const described = category.terms.filter((term) => term.description);
  const inSpec = described.filter((term) =>
    list.items.some((item) =>
      [term.term, ...term.aliases].some((name) => name.toLowerCase() === item.toLowerCase()),
    ),
  );
  const chosen = ctx.random.shuffle(inSpec.length > 0 ? inSpec : described).slice(0, 2);
  const facts = list.fact ? [list.fact] : [];
  return chosen.map((term) => ({
    family: 'term-description',
    stem: `Which ${category.label} ${term.description}?`,
    keys: [{ text: term.term, why: termSentence(term.term, term.description ?? '') }],
    pool: described
      .filter((other) => other !== term)
      .map((other) => ({ text: other.term, why: termSentence(other.term, other.description ?? '') })),
    level: 'RECALL',
    facts,
    feedback: {
      correct: termSentence(term.term, term.description ?? ''),
      incorrect: `Revisit the ${category.plural}${facts.length > 0 ? ` in ${linesLabel(facts)}` : ''}: ${termSentence(term.term, term.description ?? '')}`,
    },
  }));
}

// "Surveys are data collection methods, not analytical tools." / "SWOT analysis is an analytical tool, not …".
function notA(text: string, label: string, plural: string, singular: string, head: string): string {
  return isPluralPhrase(text)
    ? `${text} are ${plural}, not ${head}.`
    : `${text} is ${withArticle(label)}, not ${withArticle(singular)}.`;
}

// The noun a heading names: "sources" in "sources of market data", "processes" in "PRINCE2 processes".
function headNoun(head: string): string {
  const [before] = head.toLowerCase().split(/\s+of\s+/);
  return singularPhrase(before.trim().split(/\s+/).pop() ?? before);
}
