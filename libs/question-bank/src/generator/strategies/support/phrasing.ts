import { FORMULAS, type FormulaId } from '@markpoint/grading';

const IRREGULAR: Record<string, string> = {
  criteria: 'criterion',
  analyses: 'analysis',
  bases: 'basis',
  phenomena: 'phenomenon',
  media: 'medium',
  people: 'person',
};
const INVARIANT = /(?:ss|is|us|ics)$/i;

/** The singular of a noun: "strategies" → "strategy", "processes" → "process". */
export function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return matchCase(word, IRREGULAR[lower]);
  if (INVARIANT.test(word) || !/s$/i.test(word)) return word;
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Whether a noun phrase is plural: its head word ("types" in "types of hazard") ends in -s. */
export function isPluralPhrase(phrase: string): boolean {
  const head = headWord(phrase);
  return IRREGULAR[head.toLowerCase()] !== undefined || (/s$/i.test(head) && !INVARIANT.test(head));
}

/** The singular of a noun phrase: "types of hazard" → "type of hazard", "analytical tools" → "analytical tool". */
export function singularPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const ofIndex = words.findIndex((word) => /^(?:of|to)$/i.test(word));
  const index = ofIndex > 0 ? ofIndex - 1 : words.length - 1;
  words[index] = singularWord(words[index]);
  return words.join(' ');
}

function headWord(phrase: string): string {
  const words = phrase.split(' ');
  const ofIndex = words.findIndex((word) => /^(?:of|to)$/i.test(word));
  return (ofIndex > 0 ? words[ofIndex - 1] : words[words.length - 1]) ?? '';
}

/** "a" or "an" for a word, by its sound ("an SLA", "a unit", "an hour" is not attempted). */
export function article(word: string): string {
  if (/^[A-Z0-9]{2,}/.test(word)) return /^[AEFHILMNORSX8]/.test(word) ? 'an' : 'a';
  if (/^(?:uni|use|usu|eu|one)/i.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function withArticle(phrase: string): string {
  return `${article(phrase)} ${phrase}`;
}

/** "a, b and c" */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function quoted(text: string): string {
  return `‘${text}’`;
}

const INPUT_LABELS: Record<string, string> = {
  revenue: 'revenue',
  costOfSales: 'cost of sales',
  grossProfit: 'gross profit',
  expenses: 'expenses',
  netProfit: 'net profit',
  fixedCosts: 'fixed costs',
  sellingPrice: 'selling price per unit',
  variableCostPerUnit: 'variable cost per unit',
  actual: 'actual',
  budget: 'budget',
  oldValue: 'old value',
  newValue: 'new value',
  conversions: 'conversions',
  visitors: 'visitors',
};

/** A formula as a learner writes it: "revenue − cost of sales". */
export function formulaInWords(id: FormulaId): string {
  if (id === 'MEAN') return 'sum of the values ÷ number of values';
  const text = FORMULAS[id].describe.replace(
    /\b[a-zA-Z][a-zA-Z0-9]*\b/g,
    (name) => INPUT_LABELS[name] ?? name,
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The formula's name as a phrase: "Gross profit margin (%)" → "gross profit margin", "Variance (%)" → "percentage variance". */
export function formulaName(id: FormulaId): string {
  const full = FORMULAS[id].name;
  const bare = full.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  return /\(%\)$/.test(full) && !/margin|rate/.test(bare) ? `percentage ${bare}` : bare;
}

function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * A pack description (written after a singular subject: "Which method asks …") made to agree with
 * a term that may be plural: "Surveys" + "asks a sample …" → "Surveys ask a sample …".
 */
export function termSentence(term: string, description: string): string {
  if (!isPluralPhrase(term)) return `${term} ${description}.`;
  const [verb, ...rest] = description.split(' ');
  return `${term} ${[pluralVerb(verb), ...rest].join(' ')}.`;
}

function pluralVerb(verb: string): string {
  if (verb === 'is') return 'are';
  if (verb === 'has') return 'have';
  if (verb === 'does') return 'do';
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(verb)) return verb.slice(0, -2);
  return verb.endsWith('s') ? verb.slice(0, -1) : verb;
}
