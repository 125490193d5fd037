/**
 * What a key may do. `admin`: platforms and keys; `author`: specifications, banks, items, quizzes;
 * `deliver`: attempts for learners the client names; `results:read`: results and statistics.
 */
export const API_SCOPES = ['admin', 'author', 'deliver', 'results:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];
