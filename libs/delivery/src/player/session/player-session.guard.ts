import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { PlayerSessionError, PlayerSessionErrorReason, type PlayerSessionPayload } from './player-session';
import { PlayerSessionService } from './player-session.service';

export interface PlayerSession extends PlayerSessionPayload {
  token: string;
}

type PlayerRequest = Request & { playerSession?: PlayerSession };

export const SESSION_HEADER = 'x-player-session';

/**
 * The proof of every player route: the signed token in the path. Writes must echo it (a hidden form
 * field, or a header from the script, which also makes cross-site fetches need a CORS preflight).
 */
@Injectable()
export class PlayerSessionGuard implements CanActivate {
  constructor(private readonly sessions: PlayerSessionService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<PlayerRequest>();
    const token = String(req.params.token ?? '');
    const payload = this.sessions.verify(token);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const echoed = req.get(SESSION_HEADER) ?? (req.body as { session?: unknown } | undefined)?.session;
      if (echoed !== token) {
        throw new PlayerSessionError(
          `A ${req.method} without the session echoed in its body or ${SESSION_HEADER} header`,
          PlayerSessionErrorReason.MALFORMED,
        );
      }
    }
    req.playerSession = { ...payload, token };
    return true;
  }
}

/** The session the guard verified; every lookup takes its tenantId. */
export const CurrentPlayerSession = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): PlayerSession => {
    const session = ctx.switchToHttp().getRequest<PlayerRequest>().playerSession;
    // A player route without PlayerSessionGuard is a programming error.
    if (!session) throw new Error('No player session on the request');
    return session;
  },
);
