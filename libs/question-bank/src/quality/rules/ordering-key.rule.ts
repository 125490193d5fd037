import type { ItemDraft, OrderingContent } from '@markpoint/grading';
import type { LintFinding, LintOptions, OrderedFact } from '../lint-finding';
import { findingsPerItem, quoted, repeatedValues } from './lint-check';
import { normaliseText } from './normalise-text';

const MIN_STEPS = 3;

/**
 * ERROR when an ordering item has fewer than 3 steps or repeated step ids or texts, or, given the
 * specification's ordered facts, lists a fact's steps (same lines, same set of texts) in an order
 * other than the specification's: the stored order is the key.
 */
export function orderingKeyRule(items: readonly ItemDraft[], options: LintOptions = {}): LintFinding[] {
  const facts = options.orderedFacts ?? [];
  return findingsPerItem(items, 'ordering-key', 'ERROR', (item) =>
    item.content.type === 'ORDERING' ? orderingProblems(item.content, item.provenance.lines, facts) : [],
  );
}

function orderingProblems(content: OrderingContent, lines: number[], facts: OrderedFact[]): string[] {
  const problems: string[] = [];
  const texts = content.steps.map((step) => normaliseText(step.text));
  if (content.steps.length < MIN_STEPS) {
    problems.push(`has ${content.steps.length} steps; needs at least ${MIN_STEPS}`);
  }
  const repeatedIds = repeatedValues(content.steps.map((step) => step.id));
  if (repeatedIds.length > 0) problems.push(`step ids used twice: ${quoted(repeatedIds)}`);
  const repeatedTexts = repeatedValues(texts);
  if (repeatedTexts.length > 0) problems.push(`steps repeated: ${quoted(repeatedTexts)}`);

  for (const fact of facts) {
    if (!fact.lines.some((line) => lines.includes(line))) continue;
    const factTexts = fact.steps.map(normaliseText);
    if (!sameSet(texts, factTexts)) continue;
    if (texts.some((text, index) => text !== factTexts[index])) {
      problems.push(
        `steps are not in the specification's order (line ${fact.lines.join(', ')}): ${fact.steps.join(' → ')}`,
      );
    }
  }
  return problems;
}

function sameSet(a: string[], b: string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((text) => setB.has(text));
}
