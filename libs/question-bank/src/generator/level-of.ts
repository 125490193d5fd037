import type { CognitiveLevel, ItemDraft } from '@markpoint/grading';
import type { MarkingPointFacts } from './facts/fact-types';

// What the marking point asks a written answer to do decides the level of the written task.
const ANALYSE_VERBS = new Set([
  'analyse',
  'evaluate',
  'compare',
  'justify',
  'interpret',
  'recommend',
  'distinguish',
]);
const APPLY_VERBS = new Set([
  'apply',
  'calculate',
  'use',
  'produce',
  'convert',
  'handle',
  'propose',
  'write',
]);
const UNDERSTAND_VERBS = new Set(['explain', 'describe', 'link']);

/**
 * The cognitive level an item demands, from what it asks rather than which strategy wrote it:
 * recalling a fact, telling a correct claim from a mistaken one (UNDERSTAND), working with given
 * values or a scenario (APPLY), or judging data against a benchmark or weighing a case (ANALYSE).
 */
export function levelOf(item: ItemDraft, point: MarkingPointFacts): CognitiveLevel {
  const content = item.content;
  const strategy = item.generator.strategy;
  if (content.type === 'NUMERIC') return 'APPLY';
  if (content.type === 'EXTENDED_RESPONSE') {
    const verbs = point.actions.map((action) => action.verb);
    if (verbs.some((verb) => ANALYSE_VERBS.has(verb))) return 'ANALYSE';
    if (verbs.some((verb) => APPLY_VERBS.has(verb)) || /\d/.test(content.stem)) return 'APPLY';
    if (verbs.some((verb) => UNDERSTAND_VERBS.has(verb))) return 'UNDERSTAND';
    return 'UNDERSTAND';
  }
  // A question built on given values or a situation asks the learner to apply what they know.
  if (givesValues(content.stem) && content.type !== 'ORDERING')
    return item.level === 'ANALYSE' ? 'ANALYSE' : 'APPLY';
  if (/misconception|correction|statements/.test(strategy)) return 'UNDERSTAND';
  if (/interpret|benchmark/.test(strategy)) return 'ANALYSE';
  return item.level === 'ANALYSE' ? 'UNDERSTAND' : item.level;
}

// Values to work with: a quantity with a unit, or two numbers or more (not the "4" of "the 4 Cs").
function givesValues(stem: string): boolean {
  const numbers = stem.match(/\d+(?:[.,]\d+)?/g) ?? [];
  return (
    numbers.length >= 2 ||
    /\d\s*(?:%|°C|kg|g|mm|µm|nm|cm|m|km|ml|l|hours?|days?|years?|£)/.test(stem) ||
    /[£$€]\s*\d/.test(stem)
  );
}
