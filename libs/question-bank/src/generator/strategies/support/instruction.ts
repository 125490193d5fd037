import type { MarkingPointFacts } from '../../facts/fact-types';
import { capitalise, withoutFullStop } from '../../facts/phrases';

// Gerunds of the action verbs, as a marking point coordinates them ("identifying … and explaining …").
const GERUNDS: Record<string, string> = {
  identifying: 'identify',
  describing: 'describe',
  explaining: 'explain',
  linking: 'link',
  applying: 'apply',
  evaluating: 'evaluate',
  calculating: 'calculate',
  analysing: 'analyse',
  interpreting: 'interpret',
  justifying: 'justify',
  demonstrating: 'demonstrate',
  comparing: 'compare',
  naming: 'name',
  stating: 'state',
  listing: 'list',
  matching: 'match',
  distinguishing: 'distinguish',
  ranking: 'rank',
  writing: 'write',
  recommending: 'recommend',
  proposing: 'propose',
  converting: 'convert',
  labelling: 'label',
  giving: 'give',
  using: 'use',
  checking: 'check',
};
// "a clear description of how …" → "Describe how …".
const NOMINAL =
  /^(?:(?:a|an|the)\s+)?(?:(?:clear|correct|accurate|appropriate|full|detailed|justified)\s+)?(description|explanation|application|demonstration|distinction|conversion|evaluation|analysis|identification|use|calculation|comparison)\s+(of|between)\s+/i;
const NOMINAL_VERB: Record<string, string> = {
  description: 'Describe',
  explanation: 'Explain',
  application: 'Apply',
  demonstration: 'Explain',
  distinction: 'Distinguish',
  conversion: 'Convert',
  evaluation: 'Evaluate',
  analysis: 'Analyse',
  identification: 'Identify',
  use: 'Use',
  calculation: 'Calculate',
  comparison: 'Compare',
};
const BASE_VERBS = new Set(Object.values(GERUNDS));
const PRODUCT =
  /^(?:a|an)\s+(?:\w+\s+){0,2}(?:budget|plan|report|schedule|chart|forecast|risk assessment|objectives?)\b/i;

/**
 * The marking point as an instruction to the learner: "Award credit for accurately identifying
 * business market types … and explaining their impact …" → "Identify business market types … and
 * explain their impact …"; "Evidence must include a clear description of how …" → "Describe how …";
 * a bare noun phrase becomes "Produce …", "Give …" or "Explain …".
 */
export function instructionFor(point: MarkingPointFacts): string {
  let focus = withoutFullStop(point.focus)
    .replace(/\bthe learner['’]s own\b/gi, 'your own')
    .replace(/\bthe learner\b/gi, 'you');
  focus = focus.replace(
    /(^|\band\s+|,\s*)((?:correctly|accurately|clearly)\s+)?(\w+ing)\b/g,
    (whole, before: string, adverb = '', word: string) => {
      const base = GERUNDS[word.toLowerCase()];
      return base ? `${before}${adverb}${base}` : whole;
    },
  );
  const nominal = NOMINAL.exec(focus);
  if (nominal) {
    const verb = NOMINAL_VERB[nominal[1].toLowerCase()];
    const rest = focus.slice(nominal[0].length);
    return `${verb}${nominal[2].toLowerCase() === 'between' ? ' between' : ''} ${rest}`;
  }
  const first = focus.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (BASE_VERBS.has(first)) return capitalise(focus);
  if (PRODUCT.test(focus)) return `Produce ${focus}`;
  if (/^(?:a|an|the)\s/i.test(focus)) return `Give ${focus}`;
  return `Explain the ${focus}`;
}
