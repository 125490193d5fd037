import type { CognitiveLevel, ItemDraft, ItemType, RubricCriterion } from '@markpoint/grading';
import type { ActionVerb, Fact } from '../facts/fact-types';
import { decapitalise, withoutFullStop } from '../facts/phrases';
import type { ItemStrategy, StrategyContext } from './item-strategy';
import { makeDraft } from './support/draft';
import { instructionFor } from './support/instruction';
import { joinList } from './support/phrasing';

const ACTION_MARKS = 2;
const KNOWLEDGE_MARKS = 1;
const MAX_ACTIONS = 3;
const MAX_KNOWLEDGE = 2;
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
    const instruction = withoutFullStop(instructionFor(point));
    const wantsExample = !/\b(?:example|scenario|case study|given project|data provided)\b/i.test(point.text);
    const stem = `${instruction}.${wantsExample ? ' Support your answer with a relevant example.' : ''}`;

    const criteria: Omit<RubricCriterion, 'id'>[] = point.actions
      .slice(0, MAX_ACTIONS)
      .map((action) => ({ description: actionCriterion(action.verb, action.object), marks: ACTION_MARKS }));
    if (criteria.length === 0)
      criteria.push({ description: `${thirdPersonOf(instruction)}`, marks: ACTION_MARKS });
    const knowledge = [...knowledgeCriteria(ctx), ...tipCriteria(ctx)].slice(0, MAX_KNOWLEDGE);
    criteria.push(...knowledge.map(({ description }) => ({ description, marks: KNOWLEDGE_MARKS })));
    if (wantsExample)
      criteria.push({
        description: 'Supports the answer with a relevant, accurate example',
        marks: KNOWLEDGE_MARKS,
      });

    const rubric = criteria.map((criterion, index) => ({ id: `c${index + 1}`, ...criterion }));
    const maxScore = rubric.reduce((sum, criterion) => sum + criterion.marks, 0);
    const tips = ctx.material.tips.slice(0, 2).map((tip) => tip.advice);
    const guidance = [
      `A full-mark answer: ${rubric.map((criterion) => `${criterion.description.charAt(0).toLowerCase()}${criterion.description.slice(1)} (${criterion.marks})`).join('; ')}.`,
      ...(tips.length > 0 ? [`Examiner tips: ${tips.join(' ')}`] : []),
    ].join(' ');
    const facts: Fact[] = [...knowledge.map(({ fact }) => fact), ...ctx.material.tips.slice(0, 2)];
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
            correct: `The marking point rewards: ${withoutFullStop(point.text)}.`,
            incorrect: `Check your answer against each criterion: ${rubric.map((criterion) => criterion.description).join('; ')}.`,
          },
        },
      ),
    ];
  }
}

// Every related fact can earn a mark, weakly related ones included: the rubric rewards using them.
function knowledgeCriteria(ctx: StrategyContext): { description: string; fact: Fact }[] {
  let calculations = 0;
  return ctx.material.markingPoint.related.flatMap(({ fact }): { description: string; fact: Fact }[] => {
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
        return [{ description: `Applies the key concept of ${decapitalise(fact.name)}`, fact }];
      default:
        return [];
    }
  });
}

function levelOf(verbs: readonly ActionVerb[]): CognitiveLevel {
  return verbs.some((verb) => ANALYSE_VERBS.has(verb)) ? 'ANALYSE' : 'APPLY';
}

// Exam advice as something a full answer does: "You should link each one to …" → "Links each one to …".
function tipCriteria(ctx: StrategyContext): { description: string; fact: Fact }[] {
  return ctx.material.tips.flatMap((tip) => {
    const match = /(?:^|,\s*)you should (?:always\s+)?(\w+)\s+([^;]+?)(?:;|\.$)/i.exec(tip.advice);
    return match ? [{ description: `${thirdPerson(match[1].toLowerCase())} ${match[2]}`, fact: tip }] : [];
  });
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
