import type { ItemDraft } from '@markpoint/grading';
import {
  extendedResponseContent,
  makeItem,
  MP_KEY,
  multipleResponseContent,
  orderingContent,
  shortAnswerContent,
  singleChoiceContent,
  trueFalseContent,
} from '../testing/make-item';
import type { LintOptions } from '../lint-finding';
import {
  assessorWordingRule,
  cuePhraseRule,
  examTipRule,
  feedbackReferenceRule,
  garbledTextRule,
  misalignmentRule,
  noDataRule,
  nonSequenceRule,
  rubricRelevanceRule,
  strawmanRule,
} from './item-writing.rules';

type Rule = (
  items: readonly ItemDraft[],
  options?: LintOptions,
) => { rule: string; severity: string; message: string }[];

const errorsOf = (rule: Rule, item: ItemDraft, options?: LintOptions) =>
  rule([item], options).filter((finding) => finding.severity === 'ERROR');

const SLA_POINT: LintOptions = {
  markingPoints: [
    {
      key: MP_KEY,
      text: 'Award credit for explaining how a service level agreement sets the standard of service a customer can expect.',
      related: [
        'Customer service excellence: service level agreements (SLAs) and key performance indicators (KPIs).',
      ],
    },
  ],
};

describe(examTipRule.name, () => {
  it('should flag exam advice offered as a statement to judge', () => {
    const item = makeItem(
      trueFalseContent({ stem: 'In analysis tasks, you should clearly show your working.' }),
    );
    expect(errorsOf(examTipRule, item)).toMatchObject([{ rule: 'exam-tip', field: 'stem' }]);
  });

  it('should pass a statement of subject knowledge', () => {
    expect(errorsOf(examTipRule, makeItem(trueFalseContent()))).toEqual([]);
  });
});

describe(assessorWordingRule.name, () => {
  it("should flag the examiner's instructions in a stem", () => {
    const item = makeItem(
      singleChoiceContent({ stem: 'Award credit for identifying the document that sets service levels?' }),
    );
    expect(errorsOf(assessorWordingRule, item)).toMatchObject([{ rule: 'assessor-wording', field: 'stem' }]);
  });

  it('should flag feedback that quotes the marking point', () => {
    const item = makeItem(trueFalseContent(), {
      feedback: {
        correct: 'The marking point rewards: explaining SLAs.',
        incorrect: 'An SLA sets service levels.',
      },
    });
    expect(errorsOf(assessorWordingRule, item)).toMatchObject([{ field: 'feedback.correct' }]);
  });

  it('should flag a short item whose stem pastes its marking point', () => {
    const item = makeItem(
      shortAnswerContent({
        stem: 'Explain how a service level agreement sets the standard of service a customer can expect?',
      }),
    );
    expect(errorsOf(assessorWordingRule, item, SLA_POINT)).toMatchObject([
      { message: expect.stringMatching(/pastes/) },
    ]);
  });

  it('should pass a question in the learner’s terms', () => {
    expect(errorsOf(assessorWordingRule, makeItem(singleChoiceContent()), SLA_POINT)).toEqual([]);
  });
});

describe(cuePhraseRule.name, () => {
  it('should flag a stock cue phrase as an error', () => {
    const item = makeItem(
      trueFalseContent({ stem: 'Checking the credibility of sources is correct practice.', correct: true }),
    );
    expect(errorsOf(cuePhraseRule, item)).toMatchObject([{ rule: 'cue-phrase' }]);
  });

  it('should warn about an absolute term in a distractor', () => {
    const content = singleChoiceContent();
    content.options[1] = { id: 'b', text: 'A survey that always measures satisfaction' };
    expect(cuePhraseRule([makeItem(content)])).toMatchObject([{ severity: 'WARNING', field: 'options[1]' }]);
  });

  it('should pass options without cues', () => {
    expect(cuePhraseRule([makeItem(singleChoiceContent())])).toEqual([]);
  });
});

describe(strawmanRule.name, () => {
  it('should flag a platitude to judge', () => {
    const item = makeItem(
      trueFalseContent({ stem: 'Raw data should be presented with meaningful analysis.' }),
    );
    expect(errorsOf(strawmanRule, item)).toMatchObject([{ rule: 'strawman' }]);
  });

  it('should pass a duty with something specific to know', () => {
    const item = makeItem(
      trueFalseContent({ stem: 'Under RIDDOR, an employer must report a specified injury within 10 days.' }),
    );
    expect(errorsOf(strawmanRule, item)).toEqual([]);
  });
});

describe(garbledTextRule.name, () => {
  it.each([
    ['Explain the Assessors should check the data.', 'spliced'],
    ['Which organelle (the site of respiration is it?', 'unbalanced'],
    ['Which of these describes the the critical path?', 'repeated'],
    ['Which key concept is described as ‘The main UK food law, which makes it an offence…’?', 'cut off'],
    ['Which sources of competitor data include the', 'cut off'],
  ])('should flag %j', (stem, problem) => {
    const findings = errorsOf(garbledTextRule, makeItem(singleChoiceContent({ stem })));
    expect(findings.map((finding) => finding.message).join(' ')).toContain(problem);
  });

  it('should pass a well-formed question, including one ending in a preposition', () => {
    expect(
      errorsOf(garbledTextRule, makeItem(shortAnswerContent({ stem: 'What does SLA stand for?' }))),
    ).toEqual([]);
  });
});

describe(noDataRule.name, () => {
  it('should flag a calculation with no values', () => {
    const item = makeItem(
      extendedResponseContent({ stem: 'Calculate the gross profit and link it to staffing decisions.' }),
    );
    expect(errorsOf(noDataRule, item)).toMatchObject([{ rule: 'no-data' }]);
  });

  it('should flag interpreting data that is not given', () => {
    const item = makeItem(extendedResponseContent({ stem: 'Use a spreadsheet to interpret sales data.' }));
    expect(errorsOf(noDataRule, item)).toMatchObject([{ rule: 'no-data' }]);
  });

  it('should pass a calculation that gives its values', () => {
    const item = makeItem(
      extendedResponseContent({
        stem: 'Revenue was £40,000 and cost of sales £25,000. Calculate the gross profit.',
      }),
    );
    expect(errorsOf(noDataRule, item)).toEqual([]);
  });
});

describe(rubricRelevanceRule.name, () => {
  it('should flag a rubric line about something the question does not ask', () => {
    const content = extendedResponseContent();
    content.rubric.push({
      id: 'c3',
      description: 'Applies the key concept of Legal and Regulatory Compliance',
      marks: 1,
    });
    expect(errorsOf(rubricRelevanceRule, makeItem(content))).toMatchObject([{ field: 'rubric[2]' }]);
  });

  it('should flag a rubric line that repeats another', () => {
    const content = extendedResponseContent();
    content.rubric.push({ id: 'c3', description: 'States what an SLA sets out for customers', marks: 1 });
    expect(errorsOf(rubricRelevanceRule, makeItem(content))).toMatchObject([
      { message: 'repeats rubric line 1' },
    ]);
  });

  it('should pass a rubric about the question', () => {
    expect(errorsOf(rubricRelevanceRule, makeItem(extendedResponseContent()))).toEqual([]);
  });
});

describe(feedbackReferenceRule.name, () => {
  it('should flag feedback that sends the learner to a line', () => {
    const item = makeItem(trueFalseContent(), {
      feedback: { correct: 'True.', incorrect: 'Revisit line 7 of the specification.' },
    });
    expect(errorsOf(feedbackReferenceRule, item)).toMatchObject([{ field: 'feedback.incorrect' }]);
  });

  it('should pass feedback that explains', () => {
    expect(errorsOf(feedbackReferenceRule, makeItem(trueFalseContent()))).toEqual([]);
  });
});

describe(nonSequenceRule.name, () => {
  it('should flag ordering a list the specification does not state in order', () => {
    const item = makeItem(orderingContent({ stem: 'Put the SMART criteria in the correct order.' }));
    const findings = errorsOf(nonSequenceRule, item, {
      orderedFacts: [{ lines: [12], steps: ['Listen', 'Apologise', 'Thank'] }],
    });
    expect(findings).toMatchObject([{ rule: 'non-sequence' }]);
  });

  it('should pass a sequence the specification states', () => {
    const item = makeItem(orderingContent());
    expect(
      errorsOf(nonSequenceRule, item, {
        orderedFacts: [{ lines: [12], steps: ['Plan', 'Do', 'Check', 'Act'] }],
      }),
    ).toEqual([]);
  });
});

describe(misalignmentRule.name, () => {
  it('should flag an item that tests something its marking point does not reward', () => {
    const item = makeItem(multipleResponseContent());
    expect(errorsOf(misalignmentRule, item, SLA_POINT)).toMatchObject([{ rule: 'misalignment' }]);
  });

  it('should flag a sequence question under a marking point that asks for no sequence', () => {
    const item = makeItem(orderingContent({ stem: 'Put the stages of agreeing a service level in order.' }));
    expect(errorsOf(misalignmentRule, item, SLA_POINT)).toMatchObject([
      { message: expect.stringMatching(/sequence/) },
    ]);
  });

  it('should pass an item on what the marking point rewards', () => {
    expect(errorsOf(misalignmentRule, makeItem(singleChoiceContent()), SLA_POINT)).toEqual([]);
  });
});
