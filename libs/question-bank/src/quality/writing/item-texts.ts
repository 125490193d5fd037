import type { ItemContent, ItemDraft } from '@markpoint/grading';

/** One piece of text a learner reads, named by the field it sits in ("stem", "options[2]"). */
export interface ItemText {
  field: string;
  text: string;
  /** A choice the learner picks (an option, step, answer), as opposed to the stem or feedback. */
  choice: boolean;
  /** For choice items: whether this text is (part of) the key. */
  key: boolean;
}

/** The learner-facing texts of an item: stem, choices and (after answering) feedback. */
export function learnerTexts(item: ItemDraft): ItemText[] {
  return [...contentTexts(item.content), ...feedbackTexts(item)];
}

export function contentTexts(content: ItemContent): ItemText[] {
  const stem: ItemText = { field: 'stem', text: content.stem, choice: false, key: false };
  switch (content.type) {
    case 'SINGLE_CHOICE':
      return [
        stem,
        ...content.options.map((option, index) => ({
          field: `options[${index}]`,
          text: option.text,
          choice: true,
          key: option.id === content.correctOptionId,
        })),
      ];
    case 'MULTIPLE_RESPONSE':
      return [
        stem,
        ...content.options.map((option, index) => ({
          field: `options[${index}]`,
          text: option.text,
          choice: true,
          key: content.correctOptionIds.includes(option.id),
        })),
      ];
    case 'ORDERING':
      return [
        stem,
        ...content.steps.map((step, index) => ({
          field: `steps[${index}]`,
          text: step.text,
          choice: true,
          key: true,
        })),
      ];
    case 'MATCHING':
      return [
        stem,
        ...content.pairs.flatMap((pair, index) => [
          { field: `pairs[${index}].prompt`, text: pair.prompt, choice: false, key: false },
          { field: `pairs[${index}].answer`, text: pair.answer, choice: true, key: true },
        ]),
        ...content.distractors.map((text, index) => ({
          field: `distractors[${index}]`,
          text,
          choice: true,
          key: false,
        })),
      ];
    case 'TRUE_FALSE':
      return [{ ...stem, key: content.correct }];
    case 'SHORT_ANSWER':
    case 'NUMERIC':
      return [stem];
    case 'EXTENDED_RESPONSE':
      return [
        stem,
        ...content.rubric.map((criterion, index) => ({
          field: `rubric[${index}]`,
          text: criterion.description,
          choice: false,
          key: false,
        })),
      ];
  }
}

function feedbackTexts(item: ItemDraft): ItemText[] {
  return [
    { field: 'feedback.correct', text: item.feedback?.correct ?? '', choice: false, key: false },
    { field: 'feedback.incorrect', text: item.feedback?.incorrect ?? '', choice: false, key: false },
  ];
}

/** The statements a learner judges true or false: a true/false stem, or statement-like options. */
export function judgedStatements(content: ItemContent): ItemText[] {
  if (content.type === 'TRUE_FALSE') return contentTexts(content);
  if (content.type !== 'SINGLE_CHOICE' && content.type !== 'MULTIPLE_RESPONSE') return [];
  // Options that are whole sentences ("Mitosis produces two cells.") are statements to judge.
  return contentTexts(content).filter((text) => text.choice && isSentence(text.text));
}

export function isSentence(text: string): boolean {
  return /\s\S+\s\S+\s/.test(text.trim()) && /[.!]$/.test(text.trim());
}
