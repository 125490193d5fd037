import type { MisconceptionFact } from '../../facts/fact-types';
import { withoutFullStop } from '../../facts/phrases';
import type { StrategyContext } from '../item-strategy';
import type { Candidate } from '../support/choice-options';
import { linesLabel } from '../support/draft';
import { allOf } from '../support/material';
import { quoted } from '../support/phrasing';
import type { ChoiceQuestion } from './choice-question';

// One wording per misconception bullet (by its position), so two items never share a stem.
const SPOT_STEMS = [
  'Which of the following statements is a common misconception?',
  'A trainee makes several claims. Which claim is a misconception?',
  'Which of these statements reflects a common mistake?',
  'Which of the following beliefs is mistaken?',
  'Which statement would an examiner identify as a misconception?',
  'Which of these claims is incorrect?',
];
const CORRECT_STEMS = [
  'Which of the following statements is correct?',
  'A trainee makes several claims. Which claim is correct?',
  'Which of these statements is accurate?',
  'Which of the following statements would an examiner accept?',
  'Which statement shows a correct understanding?',
  'Which of these claims is true?',
];

/** Statements learners are asked to judge: the spec's misconceptions (false) and their corrections (true). */
export function trueStatements(misconceptions: readonly MisconceptionFact[]): Candidate[] {
  return misconceptions.flatMap((fact) =>
    fact.trueClaim
      ? [
          {
            text: fact.trueClaim,
            why: `Correct: the specification warns against ${quoted(fact.mistake)}.`,
            facts: [fact],
          },
        ]
      : [],
  );
}

export function falseStatements(misconceptions: readonly MisconceptionFact[]): Candidate[] {
  return misconceptions.flatMap((fact) =>
    fact.falseClaim
      ? [
          {
            text: fact.falseClaim,
            why: `A misconception: the specification lists ${quoted(fact.mistake)}.`,
            facts: [fact],
          },
        ]
      : [],
  );
}

/**
 * "Which statement is a misconception?" (the related misconception's false claim among the true
 * claims of the others) and "Which statement is correct?" (its true claim among the others' false
 * claims). Both are ANALYSE items: they test whether the learner can tell the mistake apart.
 */
export function misconceptionQuestions(ctx: StrategyContext): ChoiceQuestion[] {
  const all = allOf(ctx.base, 'MISCONCEPTION');
  return ctx.material.misconceptions.flatMap((fact) => {
    const index = Math.max(0, all.indexOf(fact)) % SPOT_STEMS.length;
    const others = all.filter((other) => other !== fact);
    const questions: ChoiceQuestion[] = [];
    if (fact.falseClaim) {
      questions.push({
        family: 'misconception-spot',
        stem: SPOT_STEMS[index],
        keys: [
          {
            text: fact.falseClaim,
            why: `This is the misconception: the specification warns against ${quoted(fact.mistake)}.`,
          },
        ],
        pool: trueStatements(others),
        level: 'ANALYSE',
        facts: [fact],
        feedback: {
          correct: `${quoted(withoutFullStop(fact.falseClaim))} is a misconception: ${fact.mistake}.`,
          incorrect: `Revisit the misconceptions in ${linesLabel([fact])}: ${fact.mistake}.`,
        },
      });
    }
    if (fact.trueClaim) {
      questions.push({
        family: 'misconception-correct',
        stem: CORRECT_STEMS[index],
        keys: [
          { text: fact.trueClaim, why: `Correct: the specification warns against ${quoted(fact.mistake)}.` },
        ],
        pool: falseStatements(others),
        level: 'ANALYSE',
        facts: [fact],
        feedback: {
          correct: `${fact.trueClaim} The opposite view is a common mistake: ${fact.mistake}.`,
          incorrect: `Revisit ${linesLabel([fact])}: ${fact.mistake} is a mistake to avoid.`,
        },
      });
    }
    return questions;
  });
}
