import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { signPlayerSession, verifyPlayerSession, type PlayerSessionPayload } from './player-session';

// The service's `app` config namespace carries these (PLAYER_SESSION_SECRET, PLAYER_SESSION_MINUTES, PUBLIC_URL).
const SECRET_KEY = 'app.playerSessionSecret';
const MINUTES_KEY = 'app.playerSessionMinutes';
const PUBLIC_URL_KEY = 'app.publicUrl';

export interface IssuedPlayerLink {
  token: string;
  url: string;
  expiresAt: Date;
}

/** Issues and checks the player's signed session tokens, and builds the player's URLs. */
@Injectable()
export class PlayerSessionService {
  private readonly secret: string;
  private readonly minutes: number;
  private readonly publicUrl: string;
  /** The path the service is mounted at behind a proxy ('' at the root). */
  readonly mountPath: string;

  constructor(config: ConfigService) {
    this.secret = config.getOrThrow<string>(SECRET_KEY);
    this.minutes = config.getOrThrow<number>(MINUTES_KEY);
    this.publicUrl = config.getOrThrow<string>(PUBLIC_URL_KEY).replace(/\/$/, '');
    this.mountPath = new URL(this.publicUrl).pathname.replace(/\/$/, '');
  }

  issue(attemptId: string, tenantId: string, now: Date = new Date()): IssuedPlayerLink {
    const exp = Math.floor(now.getTime() / 1000) + this.minutes * 60;
    const token = signPlayerSession({ attemptId, tenantId, exp }, this.secret);
    return { token, url: `${this.publicUrl}/play/${token}`, expiresAt: new Date(exp * 1000) };
  }

  /** The session a token proves; throws PlayerSessionError (the player's filter logs the reason). */
  verify(token: string, now: Date = new Date()): PlayerSessionPayload {
    return verifyPlayerSession(token, this.secret, now);
  }

  /** Root-relative path of a player page of this token: `/play/<token>/<rest>`. */
  path(token: string, rest = ''): string {
    return `${this.mountPath}/play/${token}${rest ? `/${rest}` : ''}`;
  }
}
