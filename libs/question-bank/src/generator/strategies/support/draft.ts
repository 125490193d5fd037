import type { CognitiveLevel, ItemContent, ItemDraft, ItemFeedback } from '@markpoint/grading';
import type { Fact } from '../../facts/fact-types';
import { GENERATOR_VERSION } from '../../generator-version';
import type { StrategyContext } from '../item-strategy';

export interface DraftOptions {
  level: CognitiveLevel;
  feedback: ItemFeedback;
  /** The facts the item was written from: their lines join the marking point's in the provenance. */
  facts: readonly Fact[];
  maxScore?: number;
}

/** An item for the context's marking point, traced to its line and the lines of the facts used. */
export function makeDraft(
  ctx: StrategyContext,
  strategy: string,
  content: ItemContent,
  options: DraftOptions,
): ItemDraft {
  const point = ctx.material.markingPoint;
  const lines = new Set<number>();
  for (let line = point.line; line <= Math.max(point.line, point.endLine); line++) lines.add(line);
  for (const fact of options.facts) fact.lines.forEach((line) => lines.add(line));
  return {
    content,
    markingPointKeys: [point.key],
    level: options.level,
    feedback: teachingFeedback(options.feedback),
    maxScore: options.maxScore ?? 1,
    provenance: { specId: ctx.specId, specVersion: ctx.specVersion, lines: [...lines].sort((a, b) => a - b) },
    generator: { strategy, version: GENERATOR_VERSION, seed: ctx.seed },
    // What the item rests on: the facts it was written from, or (for an item from a knowledge pack
    // that the marking point names) the marking point itself.
    evidence: {
      phrases: options.facts.length > 0 ? [...new Set(options.facts.map(factPhrase))] : [point.focus],
      lines: [...new Set([...options.facts.flatMap((fact) => fact.lines), point.line])].sort((a, b) => a - b),
    },
  };
}

/** The words of a fact an item rests on, as its evidence names them. */
export function factPhrase(fact: Fact): string {
  switch (fact.kind) {
    case 'MODEL':
      return `${fact.name}: ${fact.steps.join(', ')}`;
    case 'ACRONYM':
      return `${fact.acronym} (${fact.expansion})`;
    case 'LEGISLATION':
      return fact.title;
    case 'ENUMERATION':
    case 'CATEGORY':
      return `${fact.head}: ${fact.items.join(', ')}`;
    case 'PAIRS':
      return `${fact.head}: ${fact.pairs.map((pair) => `${pair.term} ${pair.verb} ${pair.object}`).join('; ')}`;
    case 'EQUALITY':
      return `${fact.left.value} ${fact.left.unit} = ${fact.right.value} ${fact.right.unit}`;
    case 'CALCULATION':
      return fact.name;
    case 'FORMULA':
      return fact.statement;
    case 'MISCONCEPTION':
      return fact.mistake;
    case 'CONCEPT':
      return `${fact.name}: ${fact.definition}`;
    case 'TIP':
      return fact.advice;
  }
}

/** "line 7" or "lines 7 and 23" for feedback that points back to the specification. */
export function linesLabel(facts: readonly Fact[]): string {
  const lines = [...new Set(facts.flatMap((fact) => fact.lines))].sort((a, b) => a - b);
  if (lines.length === 0) return 'the specification';
  if (lines.length === 1) return `line ${lines[0]} of the specification`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]} of the specification`;
}

// Feedback that is left empty once its pointer to the specification goes says what is right instead.
function teachingFeedback(feedback: ItemFeedback): ItemFeedback {
  const correct = teach(feedback.correct);
  return { correct, incorrect: teach(feedback.incorrect) || correct };
}

const LINES = String.raw`(?:lines? [\d, ]+(?:and \d+ )?of the specification|the specification)`;
const REVISIT = new RegExp(String.raw`^(?:Revisit|Check|Use) (?:the )?(.*?)(?: in ${LINES})?: (.*)$`, 'i');

/**
 * Feedback explains; it never sends the learner to a line of the specification (teachers still
 * see the lines in the item's provenance). "Revisit the LATER model in line 7 of the specification:
 * Listen → …" becomes "The LATER model: Listen → …"; "… See line 7 of the specification." goes.
 */
export function teach(feedback: string): string {
  let text = feedback
    .replace(new RegExp(String.raw`\s*See ${LINES}\.`, 'gi'), '')
    .replace(new RegExp(String.raw`\s*\((?:see )?${LINES}\)`, 'gi'), '')
    .replace(new RegExp(String.raw`,? (?:in|from) ${LINES}`, 'gi'), '')
    .trim();
  const revisit = REVISIT.exec(text);
  if (revisit) {
    const what = new RegExp(String.raw`^${LINES}$`, 'i').test(revisit[1]) ? '' : revisit[1];
    text = what ? `${capitalise(what)}: ${revisit[2]}` : capitalise(revisit[2]);
  } else if (/^Revisit (?:the )?[^:]*\.?$/i.test(text)) text = '';
  return text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
