import type { CognitiveLevel, ItemDraft, ItemType, RubricCriterion } from '@markpoint/grading';
import type { ActionVerb, Fact } from '../facts/fact-types';
import { decapitalise, withoutFullStop } from '../facts/phrases';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { makeDraft } from './support/draft';
import { instructionFor } from './support/instruction';
import { SUBJECT_SCORE } from './support/material';
import { similarity } from '../../quality/writing/text-patterns';
import { joinList } from './support/phrasing';

const WRITTEN_VERBS: ReadonlySet<ActionVerb> = new Set([
  'explain',
  'describe',
  'evaluate',
  'justify',
  'analyse',
  'compare',
  'distinguish',
  'link',
  'apply',
  'recommend',
  'propose',
  'demonstrate',
  'handle',
]);
const ACTION_MARKS = 2;
const KNOWLEDGE_MARKS = 1;
const MAX_ACTIONS = 3;
const MAX_KNOWLEDGE = 3;
const ANALYSE_VERBS: ReadonlySet<ActionVerb> = new Set([
  'evaluate',
  'justify',
  'analyse',
  'distinguish',
  'recommend',
  'compare',
  'link',
]);

/**
 * One written task per marking point: the marking point as an instruction, a rubric whose criteria
 * are its actions (2 marks each) and the related spec material a full answer uses (1 mark each),
 * plus an example when the task asks for one; maxScore is the rubric's total.
 */
export class ExtendedResponseStrategy implements ItemStrategy {
  readonly name = 'extended-response';
  readonly type: ItemType = 'EXTENDED_RESPONSE';

  generate(ctx: StrategyContext): ItemDraft[] {
    const point = ctx.material.markingPoint;
    // A written task is for what needs writing: explaining, describing, weighing up. Naming, listing
    // and matching are better asked by the short items.
    if (!point.actions.some((action) => WRITTEN_VERBS.has(action.verb))) return [];
    const { question, answers } = questionOf(withoutFullStop(instructionFor(point)));
    const wantsExample = !/\b(?:example|scenario|case study|given project|data provided)\b/i.test(point.text);
    const stem = `${question}.${wantsExample ? ' Support your answer with a relevant example.' : ''}`;

    // The specifics the marking point names (its examples, the clause it wants stated) are what a
    // full answer contains: they go in the rubric, never in the question.
    const criteria: Omit<RubricCriterion, 'id'>[] = point.actions
      .slice(0, MAX_ACTIONS)
      .map((action) => ({ description: actionCriterion(action.verb, action.object), marks: ACTION_MARKS }));
    if (criteria.length === 0)
      criteria.push({ description: `${thirdPersonOf(question)}`, marks: ACTION_MARKS });
    for (const answer of answers)
      if (!criteria.some((criterion) => criterion.description.includes(answer)))
        criteria.push({ description: `States that ${answer}`, marks: KNOWLEDGE_MARKS });
    // A line earns its mark only if it is about what the question and its marking point ask, and
    // says something the other lines do not.
    const asked = `${question} ${point.text}`;
    const knowledge = knowledgeCriteria(ctx)
      .filter(({ description }) => similarity(description, asked) > 0)
      .filter(
        ({ description }) =>
          !criteria.some((criterion) => similarity(criterion.description, description) >= 0.5),
      )
      .slice(0, MAX_KNOWLEDGE);
    criteria.push(...knowledge.map(({ description }) => ({ description, marks: KNOWLEDGE_MARKS })));
    if (wantsExample)
      criteria.push({
        description: 'Supports the answer with a relevant, accurate example',
        marks: KNOWLEDGE_MARKS,
      });

    const rubric = criteria.map((criterion, index) => ({ id: `c${index + 1}`, ...criterion }));
    const maxScore = rubric.reduce((sum, criterion) => sum + criterion.marks, 0);
    const guidance = [
      `A full-mark answer: ${rubric.map((criterion) => `${criterion.description.charAt(0).toLowerCase()}${criterion.description.slice(1)} (${criterion.marks})`).join('; ')}.`,
    ].join(' ');
    // Exam technique stays out of the marking guidance (judged a flaw in 16 of 17 written tasks).
    const facts: Fact[] = knowledge.map(({ fact }) => fact);
    return [
      makeDraft(
        ctx,
        this.name,
        { type: 'EXTENDED_RESPONSE', stem, rubric, guidance },
        {
          level: levelOf(point.actions.map((action) => action.verb)),
          facts,
          maxScore,
          feedback: {
            correct: `A full answer ${rubric.map((criterion) => decapitalise(criterion.description)).join('; ')}.`,
            incorrect: `Compare your answer with what a full answer does: it ${rubric.map((criterion) => decapitalise(criterion.description)).join('; ')}.`,
          },
        },
      ),
    ];
  }
}

// Facts that clearly concern the point earn a mark each; a loosely related fact would reward
// content the question does not ask about.
function knowledgeCriteria(ctx: StrategyContext): { description: string; fact: Fact }[] {
  let calculations = 0;
  const related = ctx.material.markingPoint.related.filter(({ score }) => score >= SUBJECT_SCORE);
  return related.flatMap(({ fact }): { description: string; fact: Fact }[] => {
    switch (fact.kind) {
      case 'MODEL':
        return [{ description: `Uses the ${fact.name} (${joinList(fact.steps)})`, fact }];
      case 'LEGISLATION':
        return [{ description: `Refers to the ${fact.title} by its full name`, fact }];
      case 'CALCULATION':
        return calculations++ === 0
          ? [{ description: `Shows the working for ${fact.name} clearly`, fact }]
          : [];
      case 'ENUMERATION':
      case 'CATEGORY':
        return [
          {
            description: `Refers to ${decapitalise(fact.head)} such as ${joinList(fact.items.slice(0, 3), 'or')}`,
            fact,
          },
        ];
      case 'MISCONCEPTION':
        return [{ description: `Avoids the common mistake of ${decapitalise(fact.mistake)}`, fact }];
      case 'CONCEPT':
        return [{ description: `Uses the key idea: ${decapitalise(firstSentence(fact.definition))}`, fact }];
      default:
        return [];
    }
  });
}

function levelOf(verbs: readonly ActionVerb[]): CognitiveLevel {
  return verbs.some((verb) => ANALYSE_VERBS.has(verb)) ? 'ANALYSE' : 'APPLY';
}

// An examiner's verb ("check", "handle") is not what the learner does: they explain how.
function actionCriterion(verb: ActionVerb, object: string): string {
  if (verb === 'handle' || verb === 'check') return `Explains how to ${verb} ${object}`;
  return `${thirdPerson(verb)} ${object}`;
}

// "Give the correct formula…" → "Gives the correct formula…".
function thirdPersonOf(instruction: string): string {
  const [verb, ...rest] = instruction.split(' ');
  return [thirdPerson(verb), ...rest].join(' ');
}

function thirdPerson(verb: string): string {
  const base = verb.charAt(0).toUpperCase() + verb.slice(1);
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * The instruction as a question that does not answer itself: bracketed examples ("(e.g., SWOT
 * analysis, spreadsheets)", "(B2B, B2C, internal)") come out, and so does a clause the learner is
 * to state ("and state that two identical cells are produced"), which the rubric keeps instead.
 */
export function questionOf(instruction: string): { question: string; answers: string[] } {
  const answers: string[] = [];
  let question = instruction.replace(/\s*\((?:e\.g\.?,?|i\.e\.?,?|such as|for example)?[^()]*\)/gi, '');
  question = question.replace(
    /,?\s*(?:and\s+)?(?:state|stating|show|showing|recognise|recognising) that ([^,;]+)/gi,
    (_, clause: string) => {
      answers.push(clause.trim());
      return '';
    },
  );
  question = question
    .replace(/,?\s*(?:e\.g\.?|for example|such as)\s[^,;]*$/i, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { question, answers };
}

function firstSentence(text: string): string {
  return withoutFullStop(text.split(/;\s|\.\s/)[0]);
}
