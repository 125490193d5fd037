import type { MisconceptionFact, MisconceptionPattern } from './fact-types';
import { asSentence, capitalise, linesOf, withoutFullStop, type SourceLine } from './phrases';
import { beliefClaims, cutAtCorrection } from './misconception-beliefs';

interface Claims {
  pattern: MisconceptionPattern;
  falseClaim?: string;
  trueClaim?: string;
}

type Rule = { pattern: RegExp; claims: (match: RegExpExecArray) => Claims };

// Each rule turns the mistake into the sentence a learner who makes it would believe, and the
// sentence the spec wants them to hold instead; both are judged as statements.
const RULES: Rule[] = [
  {
    pattern: /^(?:believing|thinking|assuming|stating)\s+(?:that\s+)?(.+)$/i,
    claims: ([, belief]) => ({ pattern: 'BELIEVING', ...beliefClaims(belief) }),
  },
  {
    pattern: /^forgetting\s+that\s+(.+)$/i,
    claims: ([, fact]) => ({ pattern: 'FAILING', trueClaim: asSentence(cutAtCorrection(fact).claim) }),
  },
  {
    pattern:
      /^(?:confusing|mixing up)\s+(.+?)\s+(?:with|and)\s+(.+?)(\s+(?:when|while|in|during|for)\s+.+)?$/i,
    claims: ([, a, b, context = '']) => {
      const [first, second] = [a, b].map((part) => cutAtCorrection(part).claim.split(',')[0].trim());
      const tail = context ? ` ${cutAtCorrection(context.trim()).claim}` : '';
      return {
        pattern: 'CONFUSING',
        falseClaim: asSentence(`${first} and ${second} mean the same thing${tail}`),
        trueClaim: asSentence(`${first} is not the same as ${second}${tail}`),
      };
    },
  },
  {
    pattern: /^treating\s+(.+?)\s+as\s+(.+?)(?:\s+rather than\s+(.+))?$/i,
    claims: ([, subject, wrongRaw, rightRaw]) => {
      const wrong = cutAtCorrection(wrongRaw).claim;
      const right = rightRaw ? cutAtCorrection(rightRaw).claim : undefined;
      return {
        pattern: 'TREATING',
        falseClaim: asSentence(
          `${subject} should be treated as ${wrong}${right ? ` rather than ${right}` : ''}`,
        ),
        trueClaim: asSentence(
          right ? `${subject} should be treated as ${right}` : `${subject} should not be treated as ${wrong}`,
        ),
      };
    },
  },
  {
    pattern: /^(?:failing|forgetting|neglecting)\s+to\s+(.+)$/i,
    claims: ([, action]) => ({
      pattern: 'FAILING',
      falseClaim: asSentence(`it is not necessary to ${action}`),
      trueClaim: asSentence(`it is important to ${action}`),
    }),
  },
  {
    pattern: /^(?:overlooking|ignoring|neglecting)\s+(.+)$/i,
    claims: ([, thing]) => ({
      pattern: 'OVERLOOKING',
      falseClaim: asSentence(`${thing} can safely be overlooked`),
      trueClaim: asSentence(`${thing} must not be overlooked`),
    }),
  },
  {
    pattern: /^presenting\s+(.+?)\s+without\s+(.+)$/i,
    claims: ([, thing, missing]) => ({
      pattern: 'PRESENTING',
      falseClaim: asSentence(`it is acceptable to present ${thing} without ${missing}`),
      trueClaim: asSentence(`${thing} should be presented with ${missing}`),
    }),
  },
  {
    pattern: /^(?:selecting|choosing|using)\s+(?:inappropriate|unsuitable|the wrong)\s+(.+?)\s+for\s+(.+)$/i,
    claims: ([, thing, purpose]) => ({
      pattern: 'SELECTING',
      falseClaim: asSentence(`any ${thing} can be used regardless of ${purpose}`),
      trueClaim: asSentence(`${thing} should be selected to suit ${purpose}`),
    }),
  },
  {
    pattern: /^(\w+ing)\s+(.+?)\s+without\s+(.+)$/i,
    claims: ([, verb, thing, missing]) => ({
      pattern: 'WITHOUT',
      falseClaim: asSentence(`${verb} ${thing} without ${missing} is acceptable practice`),
      trueClaim: asSentence(`${thing} should include ${missing}`),
    }),
  },
];

/**
 * A misconception bullet as a mistake plus the claims it implies: "Confusing cash flow with
 * profit…" → false "Cash flow and profit mean the same thing…", true "Cash flow is not the same as
 * profit…"; "Thinking that mitosis produces four cells, when it produces two…" → false "Mitosis
 * produces four cells.", true "Mitosis produces two…". A claim is left out when it cannot be
 * written safely; a bullet that fits no pattern becomes "<mistake> is correct practice." (false).
 */
export function extractMisconception(source: SourceLine, index = 0): MisconceptionFact {
  const mistake = withoutFullStop(source.text);
  return {
    id: `misconception-${source.line}-${index}`,
    kind: 'MISCONCEPTION',
    source: source.source,
    lines: linesOf(source),
    ...(source.concept ? { concept: source.concept } : {}),
    mistake: capitalise(mistake),
    ...claimsFor(mistake),
  };
}

function claimsFor(mistake: string): Claims {
  for (const rule of RULES) {
    const match = rule.pattern.exec(mistake);
    if (match) return withoutEmpty(rule.claims(match));
  }
  const { claim, correction } = cutAtCorrection(mistake);
  const generic: Claims = { pattern: 'OTHER', falseClaim: asSentence(`${claim} is correct practice`) };
  const standalone =
    correction && !/^(?:it|they|this|these|which|there)\b/i.test(correction) ? correction : undefined;
  return standalone ? { ...generic, trueClaim: asSentence(standalone) } : generic;
}

function withoutEmpty(claims: Claims): Claims {
  return {
    pattern: claims.pattern,
    ...(claims.falseClaim ? { falseClaim: claims.falseClaim } : {}),
    ...(claims.trueClaim ? { trueClaim: claims.trueClaim } : {}),
  };
}
