/** Which LMS the test platform imitates; the differences are the ones our tool has to cope with. */
export type PlatformFlavour = 'moodle' | 'canvas';

export interface TestMember {
  userId: string;
  /** Short names, e.g. 'Learner', 'Instructor' (full membership URIs are accepted too). */
  roles: string[];
  name?: string;
  status?: 'Active' | 'Inactive';
}

/**
 * What goes into an id_token. Every claim a tool validates can be left out (null) or overridden
 * (`claims`), so negative launch tests need no hand-built tokens.
 */
export interface LaunchOptions {
  kind?: 'resource-link' | 'deep-linking';
  sub?: string | null;
  roles?: string[] | null;
  resourceLinkId?: string | null;
  contextId?: string | null;
  targetLinkUri: string;
  custom?: Record<string, string>;
  nonce: string;
  deploymentId?: string | null;
  messageType?: string | null;
  version?: string | null;
  ags?: { lineitem?: boolean } | false;
  nrps?: boolean;
  deepLinkReturnUrl?: string;
  deepLinkData?: string;
  acceptTypes?: string[];
  acceptMultiple?: boolean;
  acceptLineItem?: boolean;
  name?: string;
  email?: string;
  /** Merged last; a value of `undefined` removes the claim. */
  claims?: Record<string, unknown>;
}

export interface SignOptions {
  /** null = no kid header; a string = that kid (default: the current key's kid). */
  kid?: string | null;
  /** Sign with a key that is not in the JWKS while naming the real kid: a bad signature. */
  foreignKey?: boolean;
}

export interface StartOptions {
  flavour?: PlatformFlavour;
  clientId?: string;
  deploymentId?: string;
  issuer?: string;
}

export type FaultLocation = 'token' | 'ags' | 'scores' | 'nrps' | 'any';

/**
 * `status`: answered at once with that status and body (a body starting with `<` is sent as
 * text/html: a proxy or login page). `timeoutMs`: no answer; after that long the connection is
 * dropped. `answerDelayMs`: handled at once (a score is stored), answered that much later (a slow
 * LMS, or an answer that a client gone meanwhile never gets).
 */
export type Fault =
  | { status: number; retryAfterSeconds?: number; body?: string }
  | { timeoutMs: number }
  | { answerDelayMs: number };

export interface LineItemRecord {
  /** Full URL including `?type_id=1`, as Moodle hands it out. */
  id: string;
  contextId: string;
  label: string;
  scoreMaximum: number;
  resourceId?: string;
  resourceLinkId?: string;
  tag?: string;
  startDateTime?: string;
  endDateTime?: string;
}

export interface ScoreRecord {
  /** The line item's id (not the /scores URL). */
  lineItemUrl: string;
  userId: string;
  body: Record<string, unknown>;
  at: Date;
}

export interface ServiceRequestRecord {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Path with the query string, as requested. */
  url: string;
  /** 0 when the platform answered nothing (a `timeoutMs` fault). */
  status: number;
  at: Date;
}

export interface TokenRequestRecord {
  scope: string;
  at: Date;
}
