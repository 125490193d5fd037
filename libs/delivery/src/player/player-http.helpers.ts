import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { PLAYER_SCRIPT } from './assets/player-script';
import { PLAYER_STYLES } from './assets/player-styles';
import type { PlayerSessionService } from './session/player-session.service';
import type { PlayerSession } from './session/player-session.guard';
import type { PageContext, PlayerAssets } from './views/layout.view';

const version = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
export const ASSET_VERSIONS = { script: version(PLAYER_SCRIPT), styles: version(PLAYER_STYLES) };

export function playerAssets(mountPath: string): PlayerAssets {
  return {
    script: `${mountPath}/play/assets/player.js?v=${ASSET_VERSIONS.script}`,
    styles: `${mountPath}/play/assets/player.css?v=${ASSET_VERSIONS.styles}`,
  };
}

export function pageContext(sessions: PlayerSessionService, session: PlayerSession): PageContext {
  return {
    base: sessions.path(session.token),
    token: session.token,
    assets: playerAssets(sessions.mountPath),
  };
}

/**
 * Player responses: never cached (answers, and a token in the URL), no referrer (the token must not
 * leak to other sites), scripts and styles only from this origin. No frame-ancestors: the player
 * runs inside LMS iframes.
 */
export function setPlayerHeaders(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'",
  );
}

export type PageOutcome = { html: string; status?: number } | { redirect: string };

/** Sends a page or a 303 redirect (after a POST, or when the attempt is elsewhere in its life). */
export function reply(res: Response, outcome: PageOutcome): void {
  setPlayerHeaders(res);
  if ('redirect' in outcome) {
    res.redirect(303, outcome.redirect);
    return;
  }
  res
    .status(outcome.status ?? 200)
    .type('html')
    .send(outcome.html);
}
