import type { ItemContent } from '@markpoint/grading';

/** A list of texts inside one item that learners choose among (or, for short answers, type). */
export interface OptionList {
  /** How the list is named in messages: "options", "steps", "prompts", … */
  label: string;
  texts: string[];
  /** Learners see these texts as choices; accepted answers and matching prompts are not choices. */
  isChoice: boolean;
}

export function optionListsOf(content: ItemContent): OptionList[] {
  switch (content.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE':
      return [{ label: 'options', texts: content.options.map((option) => option.text), isChoice: true }];
    case 'ORDERING':
      return [{ label: 'steps', texts: content.steps.map((step) => step.text), isChoice: true }];
    case 'MATCHING':
      return [
        { label: 'prompts', texts: content.pairs.map((pair) => pair.prompt), isChoice: false },
        { label: 'answers', texts: content.pairs.map((pair) => pair.answer), isChoice: true },
        { label: 'distractors', texts: [...content.distractors], isChoice: true },
      ];
    case 'SHORT_ANSWER':
      return [{ label: 'accepted answers', texts: [...content.acceptedAnswers], isChoice: false }];
    case 'TRUE_FALSE':
    case 'NUMERIC':
    case 'EXTENDED_RESPONSE':
      return [];
  }
}
