const TRAILING_PUNCTUATION = /[\s.?!,;:…]+$/u;

/**
 * The comparable form of a stem or option: lower case, whitespace collapsed, trailing punctuation
 * dropped, so "What is an SLA?" and "what is an  SLA" count as the same text.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(TRAILING_PUNCTUATION, '');
}

/**
 * Accepted answers are compared case-sensitively: the grader ignores case anyway, so variants that
 * differ only by case ("SLA", "sla") are harmless, whereas a verbatim repeat is a copy-paste slip.
 */
export function normaliseAcceptedAnswer(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
