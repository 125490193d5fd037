import type { EnumerationFact } from './fact-types';
import {
  acronymsIn,
  conceptPhrase,
  headBefore,
  isWeakHead,
  linesOf,
  splitBoundedList,
  splitOpenList,
  spellsAcronym,
  wordCount,
  type SourceLine,
} from './phrases';

// A bracketed step may be a short clause ("Decide who might be harmed and how").
const MAX_BOUNDED_ITEM_WORDS = 8;
// Legislation is its own fact; a list of Acts is not a list of examples of anything else.
const LEGISLATION_ITEM = /\b(?:Act|Regulations?)\s+\d{4}\b/;
const IN_ORDER =
  /\b(?:(?:applied|followed|listed|given|placed|used)\s+)?in\s+(?:the\s+correct\s+|that\s+)?order(?:\s+of\s+\w+)?\s*$/i;
const SEQUENCE_WORDS =
  /\b(?:stages|phases|steps|sequence|life ?cycle|cycle|hierarchy|in (?:the correct |that )?order)\b/i;
const CATEGORY_NOUN =
  /^(?:principles|stages|steps|phases|types|elements|criteria|processes|bases|controls|parts)$/i;

const OPEN_MARKERS: { pattern: RegExp; marker: EnumerationFact['marker'] }[] = [
  { pattern: /\bsuch as\s+/gi, marker: 'SUCH_AS' },
  { pattern: /\bincluding\s+(?:the\s+use\s+of\s+)?/gi, marker: 'INCLUDING' },
  { pattern: /\b(?:tools|methods|techniques|models|approaches|sources)\s+like\s+/gi, marker: 'LIKE' },
  { pattern: /\be\.g\.,?\s+/gi, marker: 'E_G' },
];

/**
 * Lists on one spec line, each under the noun phrase it belongs to: bracketed lists
 * ("analytical tools (e.g., SWOT analysis, spreadsheets)", "business market types (B2B, B2C,
 * internal)"), colon lists ("seven principles: a, b, c"), lists after "such as", "including",
 * "like" or "e.g.", and adjective lists before a plural noun ("demographic, geographic or
 * behavioural criteria"). A bracketed list without "e.g." is a CATEGORY; lists said to be in order,
 * or headed by stages/steps/phases, are marked as sequences. On a key concept line a thin heading
 * takes the concept's name ("stages" → "Product life cycle").
 */
export function extractEnumerations(source: SourceLine): EnumerationFact[] {
  const facts: EnumerationFact[] = [];
  const add = (
    rawHead: string,
    items: string[],
    marker: EnumerationFact['marker'],
    options: ListOptions,
  ): void => {
    const head = headingFor(rawHead, source.concept);
    if (head.length === 0 || items.length < 2 || items.some((item) => LEGISLATION_ITEM.test(item))) return;
    if (new Set(items.map((item) => item.toLowerCase())).size !== items.length) return;
    if (facts.some((fact) => fact.items.join('|') === items.join('|'))) return;
    facts.push({
      id: `enumeration-${source.line}-${facts.length}`,
      kind: options.category ? 'CATEGORY' : 'ENUMERATION',
      source: source.source,
      lines: linesOf(source),
      ...(source.concept ? { concept: source.concept } : {}),
      head,
      items,
      marker,
      sequence: options.sequence || SEQUENCE_WORDS.test(head),
    });
  };

  const consumed: [number, number][] = [];
  for (const match of source.text.matchAll(/\(([^()]+)\)/g)) {
    consumed.push([match.index, match.index + match[0].length]);
    const inside = match[1];
    const isExample = /^\s*(?:e\.g\.|eg\b|such as|for example|including)/i.test(inside);
    const items = splitBoundedList(inside);
    if (
      items.some((item) => wordCount(item) > MAX_BOUNDED_ITEM_WORDS) ||
      spelledByAcronym(source, match.index, items)
    ) {
      continue;
    }
    const before = source.text.slice(0, match.index);
    const after = source.text.slice(match.index + match[0].length, match.index + match[0].length + 30);
    const sequence =
      IN_ORDER.test(before) ||
      /^\s*(?:are\s+)?(?:followed\s+)?in\s+(?:that\s+|the\s+correct\s+)?order/i.test(after);
    add(headBefore(before.replace(IN_ORDER, '')), items, isExample ? 'E_G' : 'BRACKETS', {
      category: !isExample,
      sequence: sequence || SEQUENCE_WORDS.test(before.slice(-40)),
    });
  }

  for (const match of source.text.matchAll(/([\p{L}\p{N}' -]{3,60}):\s+([^.:;()]+)/gu)) {
    const items = splitBoundedList(match[2]);
    if (items.length >= 3 && items.every((item) => wordCount(item) <= 6)) {
      add(headBefore(match[1]), items, 'BRACKETS', { category: true, sequence: false });
    }
  }

  for (const { pattern, marker } of OPEN_MARKERS) {
    for (const match of source.text.matchAll(pattern)) {
      const start = match.index;
      if (consumed.some(([from, to]) => start >= from && start < to)) continue;
      const before = source.text.slice(0, start);
      // ", including …" qualifies the whole clause, not the noun before it: no heading to name.
      if (marker === 'INCLUDING' && before.trimEnd().endsWith(',')) continue;
      const after = source.text.slice(start + match[0].length);
      const clause =
        after.split(/(?<!e\.g|i\.e|etc)[.;:!?](?:\s|$)|\s+-\s+|\bsuch as\b|\bincluding\b/)[0] ?? '';
      add(headBefore(before), splitOpenList(clause.replace(/\s*\([^()]*\)/g, '')), marker, {
        category: false,
        sequence: false,
      });
    }
  }

  for (const match of source.text.matchAll(
    /\b((?:[a-z-]+,\s+)+[a-z-]+,?\s+(?:or|and)\s+[a-z-]+)\s+(criteria|factors|bases|types|methods)\b/g,
  )) {
    const items = splitBoundedList(match[1]);
    if (items.every((item) => wordCount(item) === 1 && !/ing$/.test(item))) {
      add(match[2], items, 'BRACKETS', { category: true, sequence: false });
    }
  }
  return facts;
}

interface ListOptions {
  category: boolean;
  sequence: boolean;
}

// A bracket whose items spell the acronym before it, or the concept's acronym, is a model.
function spelledByAcronym(source: SourceLine, index: number, items: string[]): boolean {
  const before = source.text.slice(0, index);
  const acronym = /((?:\d+\s?)?[A-Z][A-Z0-9]{0,7}s?)['’"”]?(?:\s+\w+)?\s*$/.exec(before)?.[1];
  if (acronym && spellsAcronym(acronym, items)) return true;
  return acronymsIn(source.concept ?? '').some((candidate) => spellsAcronym(candidate, items));
}

function headingFor(head: string, concept: string | undefined): string {
  if (!concept || !isWeakHead(head)) return head;
  const name = conceptPhrase(concept);
  if (
    head.length === 0 ||
    !CATEGORY_NOUN.test(head) ||
    /\b(?:cycle|mix|model|hierarchy|triad|principles|processes|steps|stages)\b/i.test(name)
  ) {
    return name;
  }
  return `${name} ${head.toLowerCase()}`;
}
