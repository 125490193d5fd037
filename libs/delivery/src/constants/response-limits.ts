// Bounds on a learner's response. Generous for any real item (a bank item has a handful of
// options, steps or pairs); they exist so one request cannot make grading or storage expensive.
export const RESPONSE_LIMITS = {
  /** An option, step or prompt id (opaque ids included). */
  idLength: 200,
  /** Selected options, ordered steps, or matched prompts. */
  listLength: 100,
  /** A matching answer (the answer's text). */
  matchAnswerLength: 2_000,
  shortAnswerLength: 2_000,
  extendedResponseLength: 20_000,
} as const;
