import type { ActionVerb, MarkingPointAction } from './fact-types';
import { contentStems } from './tokens';
import { withoutFullStop } from './phrases';

// Verb forms that count as an action: base, -s and -ing forms always; a noun form ("description")
// only when "of" follows, so "variance analysis" or "analysed data" are not actions.
const VERBS: { verb: ActionVerb; forms: string; nouns?: string }[] = [
  { verb: 'identify', forms: 'identify|identifies|identifying', nouns: 'identification' },
  { verb: 'describe', forms: 'describe|describes|describing', nouns: 'description' },
  { verb: 'explain', forms: 'explain|explains|explaining', nouns: 'explanation' },
  { verb: 'link', forms: 'link|links|linking' },
  { verb: 'apply', forms: 'apply|applies|applying', nouns: 'application' },
  { verb: 'evaluate', forms: 'evaluate|evaluates|evaluating', nouns: 'evaluation' },
  { verb: 'calculate', forms: 'calculate|calculates|calculating', nouns: 'calculation' },
  { verb: 'check', forms: 'check|checks|checking' },
  { verb: 'analyse', forms: 'analyse|analyses|analysing|analyze|analyzing', nouns: 'analysis' },
  { verb: 'interpret', forms: 'interpret|interprets|interpreting', nouns: 'interpretation' },
  { verb: 'justify', forms: 'justify|justifies|justifying', nouns: 'justification' },
  { verb: 'demonstrate', forms: 'demonstrate|demonstrates|demonstrating', nouns: 'demonstration' },
  { verb: 'use', forms: 'using', nouns: 'use' },
  { verb: 'compare', forms: 'compare|compares|comparing', nouns: 'comparison' },
  { verb: 'handle', forms: 'handle|handles|handling' },
  { verb: 'name', forms: 'name|names|naming' },
  { verb: 'state', forms: 'state|states|stating', nouns: 'statement' },
  { verb: 'list', forms: 'list|lists|listing' },
  { verb: 'match', forms: 'match|matches|matching' },
  {
    verb: 'distinguish',
    forms: 'distinguish|distinguishes|distinguishing',
    nouns: 'distinction between|distinction',
  },
  { verb: 'rank', forms: 'rank|ranks|ranking' },
  { verb: 'write', forms: 'write|writes|writing' },
  { verb: 'recommend', forms: 'recommend|recommends|recommending', nouns: 'recommendation' },
  { verb: 'propose', forms: 'propose|proposes|proposing' },
  { verb: 'convert', forms: 'convert|converts|converting', nouns: 'conversion' },
  { verb: 'label', forms: 'label|labels|labelling' },
];

// Case-sensitive: "Check" in "(Plan, Do, Check, Act)" is a step's name, not an action.
const ACTION_PATTERN = new RegExp(
  VERBS.map(
    ({ forms, nouns }) => `\\b(?:${forms})\\b${nouns ? `|\\b(?:${nouns})\\s+(?:of|between)\\b` : ''}`,
  ).join('|'),
  'g',
);

// Examiner wording around what the learner does: removed to leave the assessed content.
const EXAMINER_PREFIX =
  /^(?:award\s+(?:credit|marks?)\s+for|credit(?:\s+(?:is\s+)?given)?\s+for|credit\s+is\s+awarded\s+for|evidence\s+(?:must|should)\s+(?:include|show|demonstrate)|evidence\s+(?:must|should)|marks?\s+(?:should|must|will)\s+(?:reflect|reward|be\s+awarded\s+for)|assessors?\s+(?:must|should|will)?\s*(?:check|look|looks)\s+for|assessors?\s+looks?\s+for|marking\s+rewards|learners?\s+(?:must|should)|candidates?\s+(?:must|should))\s+/i;
const QUALIFIERS = /^(?:(?:the\s+)?ability\s+to|accurately|correctly|clearly|effectively|appropriately)\s+/i;

/** The marking point without the examiner's wording: what a learner's answer must show. */
export function markingPointFocus(text: string): string {
  let focus = withoutFullStop(text).replace(EXAMINER_PREFIX, '');
  for (let previous = ''; previous !== focus;) {
    previous = focus;
    focus = focus.replace(QUALIFIERS, '');
  }
  return focus.trim();
}

/**
 * What a marking point asks for, in order: each action verb with the words it governs up to the
 * next action ("identifying business market types (B2B, B2C, internal) and explaining their impact
 * …" → identify + "business market types (B2B, B2C, internal)", explain + "their impact …").
 * Actions whose words carry no content ("demonstrating accurate use of") are dropped.
 */
export function extractActions(text: string): MarkingPointAction[] {
  const focus = markingPointFocus(text);
  const lowered = focus.charAt(0).toLowerCase() + focus.slice(1);
  const matches = [...lowered.matchAll(ACTION_PATTERN)];
  const actions: MarkingPointAction[] = [];
  matches.forEach((match, index) => {
    const end = matches[index + 1]?.index ?? focus.length;
    const object = trimmedObject(lowered.slice(match.index + match[0].length, end));
    const verb = verbOf(match[0]);
    if (contentStems(object).length === 0) return;
    if (actions.some((action) => action.verb === verb && action.object === object)) return;
    actions.push({ verb, object });
  });
  return actions;
}

function verbOf(surface: string): ActionVerb {
  const word = surface.toLowerCase().split(/\s+/)[0];
  if (word === 'distinction') return 'distinguish';
  const entry = VERBS.find(({ forms, nouns }) =>
    [...forms.split('|'), ...(nouns ?? '').split('|')].includes(word),
  );
  return entry?.verb ?? 'use';
}

// Drops joining words left at either end: "… (Plan, Do, Check, Act) with an" → "… Act)".
function trimmedObject(text: string): string {
  const words = text.replace(/^[\s,]+|[\s,]+$/g, '').split(/\s+/);
  while (
    words.length > 0 &&
    /^(?:and|or|to|then|with|an?|the|of|as|for|by|correctly|accurately|clearly)$/i.test(
      words[words.length - 1],
    )
  )
    words.pop();
  while (words.length > 0 && /^(?:and|or|then|of)$/i.test(words[0])) words.shift();
  return words.join(' ').replace(/,$/, '');
}
