import type { Response } from 'express';
import { refusalPage, sendPage } from '../views/lti-pages';
import type { LtiSession, LtiTokens } from './lti-tokens';

/**
 * The session a page's token carries, when it is the kind the page serves. Otherwise (expired,
 * forged or another kind) the "expired" page is sent, ending with `again`, and undefined returned.
 */
export async function pageSession(
  tokens: LtiTokens,
  token: string,
  res: Response,
  serves: (session: LtiSession) => boolean,
  again: string,
): Promise<LtiSession | undefined> {
  try {
    const session = await tokens.verifySession(token);
    if (serves(session)) return session;
  } catch {
    // Expired or forged: the same page as a session of the wrong kind.
  }
  sendPage(res, refusalPage(`This page has expired. ${again}`, 'SESSION_EXPIRED', 401));
  return undefined;
}
