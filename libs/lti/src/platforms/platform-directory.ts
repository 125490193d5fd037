import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LtiPlatformEntity } from './lti-platform.entity';

const TTL_MS = 30_000;

/**
 * Registered platforms, read on every login and launch: cached for 30 s per replica and dropped
 * at once when this replica changes a registration.
 */
@Injectable()
export class PlatformDirectory {
  private readonly byKey = new Map<string, { at: number; platforms: LtiPlatformEntity[] }>();
  private readonly byIdCache = new Map<string, { at: number; platform: LtiPlatformEntity }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The registrations of an issuer (one per client id). */
  async forIssuer(issuer: string): Promise<LtiPlatformEntity[]> {
    const hit = this.byKey.get(issuer);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.platforms;
    const platforms = await this.dataSource.getRepository(LtiPlatformEntity).findBy({ issuer });
    this.byKey.set(issuer, { at: Date.now(), platforms });
    return platforms;
  }

  async find(issuer: string, clientId?: string): Promise<LtiPlatformEntity | undefined> {
    const platforms = await this.forIssuer(issuer);
    if (clientId) return platforms.find((p) => p.clientId === clientId);
    // Without client_id (allowed by the spec) the issuer must be unambiguous.
    return platforms.length === 1 ? platforms[0] : undefined;
  }

  /** A registration by its id, whatever its issuer. */
  async get(id: string): Promise<LtiPlatformEntity | undefined> {
    const hit = this.byIdCache.get(id);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.platform;
    const platform = (await this.dataSource.getRepository(LtiPlatformEntity).findOneBy({ id })) ?? undefined;
    if (platform) this.byIdCache.set(id, { at: Date.now(), platform });
    return platform;
  }

  invalidate(): void {
    this.byKey.clear();
    this.byIdCache.clear();
  }
}
