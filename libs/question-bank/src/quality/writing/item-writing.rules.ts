import type { ItemDraft } from '@markpoint/grading';
import type { LintFinding, LintOptions } from '../lint-finding';
import { findingsPerItem, type ItemProblem } from '../rules/lint-check';
import { contentTexts, judgedStatements, learnerTexts } from './item-texts';
import {
  ABSOLUTE_TERMS,
  ADVICE_OPENER,
  ASSESSOR_WORDING,
  CUE_PHRASES,
  EXAM_ADVICE,
  hasSpecifics,
  longestSharedRun,
  NORMATIVE,
  sharedStems,
  similarity,
} from './text-patterns';

const at = (field: string, text: string, message: string): ItemProblem => ({ field, text, message });

function feedbackEntries(feedback: ItemDraft['feedback'] | undefined): [string, string][] {
  return feedback
    ? [
        ['correct', feedback.correct ?? ''],
        ['incorrect', feedback.incorrect ?? ''],
      ]
    : [];
}

/** ERROR when a stem or choice is exam technique or revision advice rather than subject knowledge. */
export function examTipRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'exam-tip', 'ERROR', ({ content }) =>
    contentTexts(content)
      .filter(({ field }) => !field.startsWith('rubric'))
      .filter(({ text }) => EXAM_ADVICE.test(text) || ADVICE_OPENER.test(text.trim()))
      .map(({ field, text }) => at(field, text, 'exam advice, not subject knowledge')),
  );
}

// A stem that repeats this many consecutive words of its marking point pastes the examiner's text.
const PASTED_RUN = 8;

/**
 * ERROR when a stem or choice speaks as the examiner ("Award credit for…", "Assessors must…") or
 * pastes its marking point's wording as the question.
 */
export function assessorWordingRule(items: readonly ItemDraft[], options: LintOptions = {}): LintFinding[] {
  const points = new Map((options.markingPoints ?? []).map((point) => [point.key, point.text]));
  return findingsPerItem(items, 'assessor-wording', 'ERROR', ({ content, markingPointKeys, feedback }) => {
    const problems = contentTexts(content)
      .filter(({ field }) => !field.startsWith('rubric'))
      .filter(({ text }) => ASSESSOR_WORDING.test(text))
      .map(({ field, text }) => at(field, text, "the examiner's instructions are in learner-facing text"));
    for (const [field, text] of feedbackEntries(feedback))
      if (ASSESSOR_WORDING.test(text) || /\bthe marking point rewards\b/i.test(text))
        problems.push(at(`feedback.${field}`, text, "feedback quotes the examiner's marking point"));
    const point = markingPointKeys.map((key) => points.get(key)).find(Boolean);
    // A written task may set the marking point's own task; any other item must ask a question.
    if (point && content.type !== 'EXTENDED_RESPONSE' && longestSharedRun(content.stem, point) >= PASTED_RUN)
      problems.push(
        at('stem', content.stem, 'the stem pastes the marking point instead of asking a question'),
      );
    return problems;
  });
}

/** ERROR for stock cue phrases in a stem or choice; WARNING for absolute terms in distractors and statements. */
export function cuePhraseRule(items: readonly ItemDraft[]): LintFinding[] {
  const cues = findingsPerItem(items, 'cue-phrase', 'ERROR', ({ content }) =>
    contentTexts(content)
      .filter(({ field }) => !field.startsWith('rubric'))
      .flatMap(({ field, text }) => {
        const match = CUE_PHRASES.exec(text);
        return match ? [at(field, text, `cue phrase "${match[0]}" gives the answer away`)] : [];
      }),
  );
  const absolutes = findingsPerItem(items, 'cue-phrase', 'WARNING', ({ content }) =>
    contentTexts(content)
      .filter((text) => (text.choice && !text.key) || content.type === 'TRUE_FALSE')
      .flatMap(({ field, text }) => {
        const match = ABSOLUTE_TERMS.exec(text);
        return match ? [at(field, text, `absolute term "${match[0]}" signals the answer`)] : [];
      }),
  );
  return [...cues, ...absolutes];
}

/**
 * ERROR when a statement to judge is a platitude or a strawman: what one "should" do with nothing
 * specific to check ("Raw data should be analysed."), or a claim no learner would hold ("It is
 * acceptable to ignore data protection.").
 */
export function strawmanRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'strawman', 'ERROR', ({ content }) =>
    judgedStatements(content)
      .filter(({ text }) => NORMATIVE.test(text) && !hasSpecifics(text))
      .map(({ field, text }) =>
        at(field, text, 'a statement of what one should do, with nothing specific to know'),
      ),
  );
}

// A word the sentence cannot end on: the text was cut.
const DANGLING_END = /\b(?:the|a|an|of|and|or|such as|e\.g|i\.e|its|their)[.?!:]?$/i;
// An examiner's word after an article or preposition, inside a sentence: two sentences pasted together.
const SPLICED = /\b(?:the|a|an|of|to)\s+(?:Award|Evidence|Assessors?|Credit|Marking|Examiners?)\b/;

/** ERROR for text that is cut, spliced or unbalanced; a learner cannot read it as written. */
export function garbledTextRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'garbled-text', 'ERROR', (item) =>
    learnerTexts(item)
      .filter(({ text }) => text.trim().length > 0)
      .flatMap(({ field, text }) => {
        const problems: ItemProblem[] = [];
        const trimmed = text.trim();
        if (!balanced(trimmed)) problems.push(at(field, text, 'unbalanced brackets or quotation marks'));
        if (SPLICED.test(trimmed)) problems.push(at(field, text, 'two sentences spliced together'));
        if (/\b(\w+)\s+\1\b/i.test(trimmed.replace(/\b(\d+)\s+\1\b/g, '')))
          problems.push(at(field, text, 'a word is repeated'));
        if (field === 'stem' && DANGLING_END.test(trimmed))
          problems.push(at(field, text, 'the text is cut off'));
        if (/…|\.\.\.(?!\s*[A-Z])/.test(trimmed) && !field.startsWith('feedback'))
          problems.push(at(field, text, 'the text is cut off (…)'));
        if (field === 'stem' && !/[.?!:)…]$/.test(trimmed) && !/_{3,}$/.test(trimmed))
          problems.push(at(field, text, 'the stem does not end as a sentence or question'));
        return problems;
      }),
  );
}

function balanced(text: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '”': '“' };
  const stack: string[] = [];
  for (const char of text) {
    if (char === '(' || char === '[' || char === '“') stack.push(char);
    else if (pairs[char]) {
      if (stack.pop() !== pairs[char]) return false;
    }
  }
  return stack.length === 0;
}

const ASKS_TO_CALCULATE =
  /\b(?:calculat\w*|work out|compute|determine the (?:value|amount|total|percentage|ratio))\b/i;
const REFERS_TO_DATA =
  /\b(?:(?:the|this|these|following|above|below)\s+(?:data|figures|results|table|chart|graph|scenario|case study|extract|information provided|values)|(?:the|a) given\s+\w+|the (?:case study|scenario))\b/i;

const INTERPRETS_DATA =
  /\b(?:interpret|analys|evaluat)\w*\s+(?:\w+\s+){0,3}(?:data|figures|results|trends|statistics|accounts|readings)\b/i;

/** ERROR when a stem asks for a calculation, or refers to data or a scenario, that it does not give. */
export function noDataRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'no-data', 'ERROR', ({ content }) => {
    if (content.type === 'NUMERIC') return [];
    const stem = content.stem;
    // A number of its own (not the "2" of "PRINCE2"), a parameter, or a passage long enough to be data.
    const givesData = /(?<![A-Za-z])\d/.test(stem) || /\{\w+\}/.test(stem) || stem.length > 280;
    if (givesData) return [];
    if (ASKS_TO_CALCULATE.test(stem)) return [at('stem', stem, 'asks for a calculation but gives no values')];
    if (INTERPRETS_DATA.test(stem)) return [at('stem', stem, 'asks to interpret data that is not given')];
    if (REFERS_TO_DATA.test(stem))
      return [at('stem', stem, 'refers to data or a scenario that is not given')];
    return [];
  });
}

// Rubric lines any written answer may carry: they need not share words with the question.
const GENERIC_CRITERION =
  /\b(?:example|structured?|spelling|grammar|terminology|conclusion|justif\w+ (?:the|a) (?:judgement|conclusion))\b/i;

/** ERROR when a rubric line rewards something the question does not ask about, or repeats another line. */
export function rubricRelevanceRule(items: readonly ItemDraft[], options: LintOptions = {}): LintFinding[] {
  const points = new Map((options.markingPoints ?? []).map((point) => [point.key, point.text]));
  return findingsPerItem(items, 'rubric-relevance', 'ERROR', ({ content, markingPointKeys }) => {
    if (content.type !== 'EXTENDED_RESPONSE') return [];
    const question = withInitialisms(
      `${content.stem} ${markingPointKeys.map((key) => points.get(key) ?? '').join(' ')}`,
    );
    const problems: ItemProblem[] = [];
    content.rubric.forEach((criterion, index) => {
      const field = `rubric[${index}]`;
      if (!GENERIC_CRITERION.test(criterion.description) && similarity(criterion.description, question) === 0)
        problems.push(at(field, criterion.description, 'rewards content the question does not ask about'));
      const earlier = content.rubric
        .slice(0, index)
        .findIndex((other) => similarity(other.description, criterion.description) >= 0.6);
      if (earlier >= 0) problems.push(at(field, criterion.description, `repeats rubric line ${earlier + 1}`));
    });
    return problems;
  });
}

// "service level agreement" also answers to "SLA": a rubric line may use either.
function withInitialisms(text: string): string {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const initialisms: string[] = [];
  for (let size = 2; size <= 4; size++)
    for (let start = 0; start + size <= words.length; start++)
      initialisms.push(
        words
          .slice(start, start + size)
          .map((word) => word[0])
          .join(''),
      );
  return `${text} ${initialisms.join(' ')}`;
}

const LINE_REFERENCE =
  /\b(?:see|revisit|check|refer to|look at|re-?read)\b[^.]*\b(?:lines? \d+|the specification)\b/i;

/** ERROR when feedback sends the learner to the specification's lines instead of explaining. */
export function feedbackReferenceRule(items: readonly ItemDraft[]): LintFinding[] {
  return findingsPerItem(items, 'feedback-reference', 'ERROR', ({ feedback }) =>
    feedbackEntries(feedback)
      .filter(([, text]) => LINE_REFERENCE.test(text) || /\bline \d+ of the specification\b/i.test(text))
      .map(([field, text]) =>
        at(`feedback.${field}`, text, 'points to the specification instead of explaining why'),
      ),
  );
}

const NAMES_SEQUENCE =
  /\b(?:order|sequence|steps?|stages?|phases?|process|procedure|cycle|chronolog\w*|timeline)\b/i;

/** ERROR when an ordering item orders a list the specification does not state as a sequence. */
export function nonSequenceRule(items: readonly ItemDraft[], options: LintOptions = {}): LintFinding[] {
  const facts = options.orderedFacts;
  return findingsPerItem(items, 'non-sequence', 'ERROR', ({ content, provenance }) => {
    if (content.type !== 'ORDERING') return [];
    if (!NAMES_SEQUENCE.test(content.stem))
      return [at('stem', content.stem, 'asks for an order without naming a sequence, steps or stages')];
    if (!facts) return [];
    const steps = content.steps.map((step) => step.text.toLowerCase().trim());
    const stated = facts.some(
      (fact) =>
        fact.lines.some((line) => provenance.lines.includes(line)) &&
        steps.every((step) => fact.steps.some((text) => text.toLowerCase().trim() === step)),
    );
    return stated
      ? []
      : [at('steps', steps.join(' → '), 'the specification does not state these as a sequence')];
  });
}

// An item must share this many meaningful words with what its marking point rewards.
const MIN_SHARED = 2;

/** ERROR when what an item tests does not come from what its marking point (and what concerns it) says. */
export function misalignmentRule(items: readonly ItemDraft[], options: LintOptions = {}): LintFinding[] {
  const targets = new Map((options.markingPoints ?? []).map((point) => [point.key, point]));
  if (targets.size === 0) return [];
  return findingsPerItem(items, 'misalignment', 'ERROR', (item) => {
    const target = item.markingPointKeys.map((key) => targets.get(key)).find(Boolean);
    if (!target) return [];
    const tested = contentTexts(item.content)
      .filter((text) => text.field === 'stem' || text.key || item.content.type === 'EXTENDED_RESPONSE')
      .map((text) => text.text)
      .concat(item.content.type === 'SHORT_ANSWER' ? item.content.acceptedAnswers : [])
      .join(' ');
    if (asksForSequence(item) && !NAMES_ORDER.test(target.text.replace(/\bgiven process\b/gi, '')))
      return [at('stem', item.content.stem, 'asks for a sequence; its marking point does not ask for one')];
    // Only what the specification ties to the marking point counts, never the item's own sources:
    // an item on the LATER model is not aligned to a point about data because it quotes the model.
    const evidence = [target.text, ...target.related].join(' ');
    const shared = sharedCount(tested, evidence);
    return shared >= MIN_SHARED
      ? []
      : [
          at(
            'stem',
            item.content.stem,
            `shares ${shared} meaningful word(s) with what its marking point rewards`,
          ),
        ];
  });
}

const NAMES_ORDER =
  /\b(?:order|sequence|stages?|steps?|phases?|cycle|list\w*|nam\w+|describ\w+ (?:the|each) (?:stage|step|process))\b/i;

function asksForSequence(item: ItemDraft): boolean {
  return (
    item.content.type === 'ORDERING' ||
    /\bcomes? (?:immediately )?(?:before|after)\b|^In order, |\bWhich \w+ is missing\?/.test(
      item.content.stem,
    )
  );
}

function sharedCount(a: string, b: string): number {
  return new Set(sharedStems(a, b)).size;
}
