import type { ItemDraft, ItemType } from '@markpoint/grading';
import type { ConceptFact } from '../facts/fact-types';
import { withoutFullStop } from '../facts/phrases';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { makeDraft } from './support/draft';

/** A stated quantity: a number with its unit, where it stands in its sentence. */
interface Quantity {
  value: string;
  unit: string;
  index: number;
  length: number;
}

const UNIT = String.raw`(?:°\s?[CF]|%|per cent|percent|mm|µm|nm|cm|km|m|kg|mg|g|ml|l|litres?|kJ|kcal|mmHg|bpm|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|metres?|volts?|V|amps?|A|watts?|W|ohms?|Ω|Hz|kHz|MHz|GHz|bits?|bytes?|[KMGT]B|units?|times|people|employees)`;
const QUANTITY = new RegExp(String.raw`(?<![\w.£$€])([£$€]?\d+(?:[.,]\d+)?)\s?(${UNIT})?(?![\w])`, 'g');

// A quantity is worth asking only with its unit (a bare number is often a count or a year).
function quantitiesIn(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of sentence.matchAll(QUANTITY)) {
    const [whole, value, unit = ''] = match;
    const money = /^[£$€]/.test(value);
    if (!unit && !money) continue;
    // "the Equality Act 2010", "Section 172": names, not quantities.
    if (/\b(?:Act|Regulations?|Section|s\.|Article|Part|Schedule)\s*$/i.test(sentence.slice(0, match.index)))
      continue;
    found.push({ value, unit, index: match.index, length: whole.length });
  }
  return found;
}

function sentencesOf(concept: ConceptFact): string[] {
  return concept.definition
    .split(/(?<=[.;])\s+/)
    .map((sentence) => withoutFullStop(sentence.replace(/;$/, '')).trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 5);
}

/**
 * The thresholds, limits and amounts a specification states, asked back: "Complete the
 * statement: Bacteria multiply most rapidly between 8 °C and ____ °C." The blank is one quantity
 * with a unit; the unit stays in the stem, the learner supplies the number. Only quantities in a
 * key concept that concerns the marking point are asked, one item per quantity.
 */
export class QuantityClozeStrategy implements ItemStrategy {
  readonly name = 'short-answer:quantity';
  readonly type: ItemType = 'SHORT_ANSWER';

  generate(ctx: StrategyContext): ItemDraft[] {
    const point = ctx.material.markingPoint;
    const concepts = ctx.material.concepts.length > 0 ? ctx.material.concepts : [];
    const pointNumbers = new Set(point.text.match(/\d+(?:[.,]\d+)?/g) ?? []);
    const items: ItemDraft[] = [];
    for (const concept of concepts) {
      for (const sentence of sentencesOf(concept)) {
        const quantities = quantitiesIn(sentence);
        // The quantity the marking point itself names first; else the sentence's first.
        const ordered = [...quantities].sort(
          (a, b) =>
            Number(pointNumbers.has(b.value.replace(/^[£$€]/, ''))) -
            Number(pointNumbers.has(a.value.replace(/^[£$€]/, ''))),
        );
        const target = ordered[0];
        if (!target) continue;
        const currency = /^[£$€]/.exec(target.value)?.[0] ?? '';
        const number = target.value.replace(/^[£$€]/, '');
        const blanked = `${sentence.slice(0, target.index)}${currency}____${target.unit ? ` ${target.unit}` : ''}${sentence.slice(target.index + target.length)}`;
        const lead =
          concept.name && !sentence.toLowerCase().includes(concept.name.toLowerCase())
            ? `${concept.name}: `
            : '';
        items.push(
          makeDraft(
            ctx,
            this.name,
            {
              type: 'SHORT_ANSWER',
              stem: `Complete the statement with the missing number. ${lead}${blanked}.`,
              acceptedAnswers: [
                ...new Set([number, `${number}${target.unit}`, `${number} ${target.unit}`.trim()]),
              ],
            },
            {
              level: 'RECALL',
              facts: [concept],
              feedback: { correct: `${lead}${sentence}.`, incorrect: `${lead}${sentence}.` },
            },
          ),
        );
      }
    }
    return items;
  }
}
