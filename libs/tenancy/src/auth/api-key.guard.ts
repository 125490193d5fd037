import { CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyRepository } from '../repositories/api-key.repository';
import type { RequestWithTenant } from '../context/current-tenant.decorator';
import type { ApiScope } from './api-scope';
import { hashesEqual, hashKey, parseKey } from './api-key-secret';
import { PUBLIC_KEY, SCOPES_KEY } from './auth-metadata';

export interface AuthenticatedKey {
  id: string;
  prefix: string;
  scopes: ApiScope[];
}

export type AuthenticatedRequest = RequestWithTenant & { apiKey?: AuthenticatedKey };

// lastUsedAt is informational: one write a minute per key keeps it off the hot path.
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Every route is closed unless it is @Public() or declares @RequireScope(): a route that forgets
 * both answers 403, never opens by accident. Revocation takes effect on the next request (no cache).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<ApiScope[] | undefined>(SCOPES_KEY, targets);
    if (!required || required.length === 0) {
      throw new HttpException(
        { code: 'ROUTE_NOT_GUARDED', message: 'This route declares no scope' },
        HttpStatus.FORBIDDEN,
      );
    }
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = await this.authenticate(req.headers.authorization);
    req.apiKey = { id: key.id, prefix: key.prefix, scopes: key.scopes };
    req.tenant = { tenantId: key.tenantId };
    if (!required.some((scope) => key.scopes.includes(scope))) {
      throw new HttpException(
        {
          code: 'INSUFFICIENT_SCOPE',
          message: `This API key lacks the scope this route needs: ${required.join(' or ')}`,
          details: [
            {
              field: 'scope',
              message: `needs ${required.join(' or ')}; the key has ${key.scopes.join(', ') || 'none'}`,
            },
          ],
        },
        HttpStatus.FORBIDDEN,
      );
    }
    await this.touch(key.id);
    return true;
  }

  private async authenticate(header: string | undefined) {
    const unauthorized = (message: string) =>
      new HttpException({ code: 'UNAUTHENTICATED', message }, HttpStatus.UNAUTHORIZED);
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw unauthorized('Send an API key as "Authorization: Bearer <key>"');
    const parsed = parseKey(match[1]);
    const key = parsed ? await this.keys.findByPrefix(parsed.prefix) : null;
    if (!key || !hashesEqual(key.secretHash, hashKey(match[1])))
      throw unauthorized('The API key is not valid');
    if (key.revokedAt) throw unauthorized('The API key has been revoked');
    return key;
  }

  private async touch(id: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastTouched.get(id) ?? 0) < TOUCH_INTERVAL_MS) return;
    this.lastTouched.set(id, now);
    await this.keys.touch(id);
  }
}
