import { asSentence } from './phrases';

// Where a misconception bullet turns from the mistake to what follows it; only some connectives
// introduce a correction ("…, when it produces two cells"), the others an aside ("…, including …").
const CORRECTION =
  /(?:,\s*(when|whereas|although|which|instead of|including|or that|because)\s+|(;)\s*|(:)\s*|\s+(—)\s+|\s+(-)\s+)/i;
const CORRECTING = /^(?:when|whereas|although|;|:|—|-)$/i;
const PRONOUN = /^(?:it|they)\s+/i;
// The verb after a belief's subject: "mitosis produces …", "the critical path is …".
const SUBJECT =
  /^(.{1,60}?)\s+(?:is|are|was|were|has|have|can|does|do|must|means|covers|produces|protects|kills|contains|wins|needs)\b/i;

/** The claim before its correction, and the correction (without its connective) when there is one. */
export function cutAtCorrection(text: string): { claim: string; correction?: string } {
  const match = CORRECTION.exec(text);
  if (!match) return { claim: text.trim() };
  const connective = match.slice(1).find((group) => group !== undefined) ?? '';
  if (!CORRECTING.test(connective)) return { claim: text.slice(0, match.index).trim() };
  const correction = text
    .slice(match.index + match[0].length)
    .replace(/\s*\([^()]*\)/g, '')
    .trim();
  return { claim: text.slice(0, match.index).trim(), ...(correction ? { correction } : {}) };
}

/**
 * The false and true claims of "Believing/Thinking/Assuming that <belief>[, when <correction>]".
 * "A is B rather than C" gives "A is C" as the truth; a correction starting with "it"/"they" takes
 * the belief's subject ("…PDCA is completed once, when it is a repeating cycle" → "PDCA is a
 * repeating cycle…"); ", ignoring X" gives "X should also be considered".
 */
export function beliefClaims(belief: string): { falseClaim?: string; trueClaim?: string } {
  const ignoring = /^(.+?),\s*(?:ignoring|overlooking)\s+(.+)$/i.exec(belief);
  if (ignoring) {
    return {
      falseClaim: asSentence(ignoring[1]),
      trueClaim: asSentence(`${ignoring[2]} should also be considered`),
    };
  }
  const { claim, correction } = cutAtCorrection(belief);
  const ratherThan = /^(.+?)\s+(is|are)\s+(.+?)\s+rather than\s+(.+)$/i.exec(claim);
  if (ratherThan) {
    const [, subject, verb, , right] = ratherThan;
    return { falseClaim: asSentence(claim), trueClaim: asSentence(`${subject} ${verb} ${right}`) };
  }
  const falseClaim = asSentence(claim);
  if (!correction || /^(?:describing|explaining|giving|using)\b/i.test(correction)) return { falseClaim };
  if (PRONOUN.test(correction)) {
    const subject = SUBJECT.exec(claim)?.[1];
    if (!subject) return { falseClaim };
    return { falseClaim, trueClaim: asSentence(`${subject} ${correction.replace(PRONOUN, '')}`) };
  }
  if (/^(?:this|these|there|in\s+\w+\s+this)\b/i.test(correction)) return { falseClaim };
  // "…kills bacteria, when low temperatures only slow their growth" → "…slow the growth of bacteria".
  const owner = /(\w+)$/.exec(claim)?.[1];
  const resolved = owner ? correction.replace(/\btheir (\w+)/, `the $1 of ${owner}`) : correction;
  if (/\b(?:their|it|its|they)\b/i.test(resolved)) return { falseClaim };
  return { falseClaim, trueClaim: asSentence(resolved) };
}
