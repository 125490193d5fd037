import { FORMULA_IDS, ITEM_TYPES, type ItemContent } from '@markpoint/grading';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const arr = (v: unknown, each: (x: unknown) => boolean) => Array.isArray(v) && v.every(each);

/**
 * Problems with the shape of hand-written content, field by field, before the linter judges it
 * (the linter assumes well-formed content). An empty list means the content is an ItemContent.
 */
export function itemShapeProblems(content: unknown): { field: string; message: string }[] {
  if (!isObj(content)) return [{ field: 'content', message: 'must be an object' }];
  const type = content.type as string;
  if (!ITEM_TYPES.includes(type as never))
    return [{ field: 'content.type', message: `must be one of ${ITEM_TYPES.join(', ')}` }];
  const problems: { field: string; message: string }[] = [];
  const need = (ok: boolean, field: string, message: string) =>
    ok || problems.push({ field: `content.${field}`, message });
  need(str(content.stem), 'stem', 'must be a non-empty string');
  const option = (o: unknown) => isObj(o) && str(o.id) && str(o.text);
  switch (type) {
    case 'SINGLE_CHOICE':
      need(arr(content.options, option), 'options', 'must be a list of { id, text }');
      need(str(content.correctOptionId), 'correctOptionId', 'must name the correct option');
      break;
    case 'MULTIPLE_RESPONSE':
      need(arr(content.options, option), 'options', 'must be a list of { id, text }');
      need(arr(content.correctOptionIds, str), 'correctOptionIds', 'must list the correct options');
      break;
    case 'TRUE_FALSE':
      need(typeof content.correct === 'boolean', 'correct', 'must be true or false');
      break;
    case 'ORDERING':
      need(arr(content.steps, option), 'steps', 'must be a list of { id, text } in the correct order');
      break;
    case 'MATCHING':
      need(
        arr(content.pairs, (p) => isObj(p) && str(p.id) && str(p.prompt) && str(p.answer)),
        'pairs',
        'must be a list of { id, prompt, answer }',
      );
      need(arr(content.distractors ?? [], str), 'distractors', 'must be a list of strings');
      break;
    case 'NUMERIC':
      need(
        FORMULA_IDS.includes(content.formula as never) || content.formula === 'EXPRESSION',
        'formula',
        `must be one of ${FORMULA_IDS.join(', ')} or EXPRESSION`,
      );
      // The expression's arithmetic and names are validateNumericContent's to judge.
      need(
        content.formula !== 'EXPRESSION' ||
          (isObj(content.expression) &&
            str(content.expression.text) &&
            str(content.expression.resultName) &&
            arr(content.expression.inputs, (i) => isObj(i) && str(i.name) && str(i.label))),
        'expression',
        'must be { text, resultName, inputs: [{ name, label }] } when formula is EXPRESSION',
      );
      need(
        arr(
          content.parameters,
          (p) => isObj(p) && str(p.name) && [p.min, p.max, p.step].every((n) => typeof n === 'number'),
        ),
        'parameters',
        'must be a list of { name, label, min, max, step }',
      );
      need(
        isObj(content.tolerance) &&
          ['ABSOLUTE', 'RELATIVE'].includes(content.tolerance.kind as string) &&
          typeof content.tolerance.value === 'number',
        'tolerance',
        'must be { kind: ABSOLUTE|RELATIVE, value }',
      );
      need(Number.isInteger(content.decimals), 'decimals', 'must be a whole number');
      break;
    case 'SHORT_ANSWER':
      need(arr(content.acceptedAnswers, str), 'acceptedAnswers', 'must list at least one accepted answer');
      break;
    case 'EXTENDED_RESPONSE':
      need(
        arr(
          content.rubric,
          (c) => isObj(c) && str(c.id) && str(c.description) && typeof c.marks === 'number',
        ),
        'rubric',
        'must be a list of { id, description, marks }',
      );
      need(typeof content.guidance === 'string', 'guidance', 'must be a string');
      break;
  }
  return problems;
}

export function isItemContent(content: unknown): content is ItemContent {
  return itemShapeProblems(content).length === 0;
}
