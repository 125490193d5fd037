import type { TipFact } from './fact-types';
import { asSentence, decapitalise, linesOf, withoutFullStop, type SourceLine } from './phrases';

// "When answering …, " / "In analysis tasks, " — the condition in front of an instruction.
const LEADING_CLAUSE = /^((?:when|in|for|if|before|after|during|while|where|throughout)\b[^,]*,\s*)/i;

/**
 * An exam tip as a statement a learner can judge: the instruction gets "you should" ("Always
 * consider the limitations…" → "You should always consider the limitations…").
 */
export function extractTip(source: SourceLine): TipFact {
  const text = withoutFullStop(source.text);
  const clause = LEADING_CLAUSE.exec(text)?.[1] ?? '';
  const instruction = text.slice(clause.length);
  const subject = /^(?:you|learners?|candidates?|students?)\b/i.test(instruction)
    ? instruction
    : `you should ${decapitalise(instruction)}`;
  // A statement to judge must not open like a question ("When …?"): "When asked …," becomes "If asked …,".
  const advice = asSentence(`${clause.replace(/^when(ever)?\b/i, 'If')}${subject}`);
  return {
    id: `tip-${source.line}-0`,
    kind: 'TIP',
    source: source.source,
    lines: linesOf(source),
    advice,
  };
}
