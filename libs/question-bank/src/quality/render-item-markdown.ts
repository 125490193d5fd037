import type { ItemContent, ItemDraft, ItemType } from '@markpoint/grading';
import type { LintFinding } from './lint-finding';
import { markdownTable } from './markdown';
import { renderNumericMarkdown } from './render-numeric-markdown';

const KEY_MARK = '**(key)**';

const TYPE_LABELS: Record<ItemType, string> = {
  SINGLE_CHOICE: 'Single choice',
  MULTIPLE_RESPONSE: 'Multiple response',
  TRUE_FALSE: 'True/false',
  ORDERING: 'Ordering',
  MATCHING: 'Matching',
  NUMERIC: 'Numeric',
  SHORT_ANSWER: 'Short answer',
  EXTENDED_RESPONSE: 'Extended response',
};

/**
 * One item as a teacher reviews it: numbered by its bank position (as in the findings), then its
 * type, level, content with the key marked, feedback, provenance and the item's own findings.
 */
export function renderItemMarkdown(item: ItemDraft, index: number, findings: LintFinding[]): string[] {
  const { generator, provenance } = item;
  return [
    `### Item ${index + 1} · ${TYPE_LABELS[item.content.type]} · ${item.level} · ${item.maxScore} mark${item.maxScore === 1 ? '' : 's'}`,
    '',
    ...contentLines(item.content),
    '',
    `Feedback when correct: ${item.feedback.correct || '_(none)_'}`,
    '',
    `Feedback when incorrect: ${item.feedback.incorrect || '_(none)_'}`,
    '',
    `_Spec ${provenance.lines.length === 1 ? 'line' : 'lines'} ${provenance.lines.join(', ') || '(none)'} · ` +
      `strategy \`${generator.strategy}\` (version ${generator.version}) · seed \`${generator.seed}\`_`,
    ...(findings.length > 0
      ? [
          '',
          ...findings.map((finding) => `> - **${finding.severity}** \`${finding.rule}\`: ${finding.message}`),
        ]
      : []),
    '',
  ];
}

function contentLines(content: ItemContent): string[] {
  switch (content.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_RESPONSE': {
      const keys = content.type === 'SINGLE_CHOICE' ? [content.correctOptionId] : content.correctOptionIds;
      return [
        content.stem,
        '',
        ...content.options.map(
          (option, position) =>
            `${position + 1}. ${option.text}${keys.includes(option.id) ? ` ${KEY_MARK}` : ''}` +
            `${option.feedback ? ` — _${option.feedback}_` : ''}`,
        ),
      ];
    }
    case 'TRUE_FALSE':
      return [
        content.stem,
        '',
        `- True${content.correct ? ` ${KEY_MARK}` : ''}`,
        `- False${content.correct ? '' : ` ${KEY_MARK}`}`,
      ];
    case 'ORDERING':
      return [
        content.stem,
        '',
        'Correct order:',
        '',
        ...content.steps.map((step, position) => `${position + 1}. ${step.text}`),
      ];
    case 'MATCHING':
      return [
        content.stem,
        '',
        ...markdownTable(
          ['Prompt', 'Answer'],
          content.pairs.map((pair) => [pair.prompt, `→ ${pair.answer}`]),
        ),
        '',
        `Distractors: ${content.distractors.length > 0 ? content.distractors.join('; ') : '(none)'}`,
      ];
    case 'NUMERIC':
      return renderNumericMarkdown(content);
    case 'SHORT_ANSWER':
      return [
        content.stem,
        '',
        'Accepted answers:',
        '',
        ...content.acceptedAnswers.map((answer) => `- ${answer}`),
      ];
    case 'EXTENDED_RESPONSE':
      return [
        content.stem,
        '',
        ...markdownTable(
          ['Criterion', 'Description', 'Marks'],
          content.rubric.map((criterion) => [criterion.id, criterion.description, criterion.marks]),
        ),
        '',
        `Guidance: ${content.guidance || '_(none)_'}`,
      ];
  }
}
