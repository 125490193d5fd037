import { createPrivateKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { decryptPrivateKey, encryptPrivateKey } from './key-encryption';
import { ToolKeyUnreadableError } from './tool-key.error';
import { ToolKeyEntity } from './tool-key.entity';

export const LTI_KEY_SECRET = Symbol('LTI_KEY_SECRET');
// What a tool key signs (client assertions, deep-linking responses) lives minutes; an hour is ample.
const RETIRE_AFTER_MS = 60 * 60 * 1000;

/** The tool's RSA keys: made on first start, published as a JWKS, rotated without a gap. */
@Injectable()
export class ToolKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ToolKeysService.name);
  private signing?: { kid: string; key: KeyObject };
  /** Kids this replica has decrypted once; a key's ciphertext never changes. */
  private readonly readable = new Set<string>();
  private reported?: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LTI_KEY_SECRET) private readonly secret: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Best effort at start-up (a pending migration must not stop the service; readiness reports it);
    // the JWKS endpoint creates the key on first use otherwise.
    await this.ensureActiveKey().catch((error: Error) =>
      this.logger.error(`Could not create the LTI tool key: ${error.message}`),
    );
    await this.unreadableKeys().catch(() => undefined);
  }

  /**
   * The kids of the stored keys this replica cannot decrypt (readiness asks on every probe, so a
   * key sealed by a replica with another secret shows up without a restart). The first time the
   * answer changes to "some", one line says why; no replica with the wrong secret is silent.
   */
  async unreadableKeys(): Promise<string[]> {
    const keys = await this.dataSource.getRepository(ToolKeyEntity).find({
      select: { kid: true, privateKeyEncrypted: true },
      where: { status: In(['NEXT', 'ACTIVE', 'RETIRING']) },
    });
    const unreadable: string[] = [];
    for (const k of keys) {
      if (this.readable.has(k.kid)) continue;
      try {
        createPrivateKey(decryptPrivateKey(k.privateKeyEncrypted, this.secret));
        this.readable.add(k.kid);
      } catch {
        unreadable.push(k.kid);
      }
    }
    const report = unreadable.length ? new ToolKeyUnreadableError(unreadable).message : undefined;
    if (report && report !== this.reported) this.logger.error(report);
    this.reported = report;
    return unreadable;
  }

  /** Creates the first signing key once, even with several replicas starting together. */
  async ensureActiveKey(): Promise<ToolKeyEntity> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', ['lti-tool-keys']);
      const active = await m.getRepository(ToolKeyEntity).findOneBy({ status: 'ACTIVE' });
      return active ?? m.getRepository(ToolKeyEntity).save(this.newKey('ACTIVE'));
    });
  }

  /**
   * One rotation step. With no NEXT key: publish a new one (it does not sign yet). With a NEXT key
   * that has been published: it signs from now on, and the old key stays published until retireAfter.
   */
  async rotate(now = new Date()): Promise<{ published?: string; activated?: string; retiring?: string }> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', ['lti-tool-keys']);
      const repo = m.getRepository(ToolKeyEntity);
      await repo
        .createQueryBuilder()
        .delete()
        .where(`status = 'RETIRING' AND retire_after < :now`, { now })
        .execute();
      const next = await repo.findOneBy({ status: 'NEXT' });
      if (!next) return { published: (await repo.save(this.newKey('NEXT'))).kid };
      const active = await repo.findOneBy({ status: 'ACTIVE' });
      if (active)
        await repo.update(
          { id: active.id },
          { status: 'RETIRING', retireAfter: new Date(now.getTime() + RETIRE_AFTER_MS) },
        );
      await repo.update({ id: next.id }, { status: 'ACTIVE' });
      return { activated: next.kid, retiring: active?.kid };
    });
  }

  /**
   * The key that signs now (client assertions, deep-linking responses). One indexed read per call
   * (they are rare: access tokens are cached), so a rotation on another replica takes effect at
   * once; the decrypted key object is kept while the kid stays the same.
   */
  async signingKey(): Promise<{ kid: string; key: KeyObject }> {
    const active =
      (await this.dataSource.getRepository(ToolKeyEntity).findOneBy({ status: 'ACTIVE' })) ??
      (await this.ensureActiveKey());
    if (this.signing?.kid !== active.kid) {
      let key: KeyObject;
      try {
        key = createPrivateKey(decryptPrivateKey(active.privateKeyEncrypted, this.secret));
      } catch {
        throw new ToolKeyUnreadableError([active.kid]);
      }
      this.signing = { kid: active.kid, key };
    }
    return this.signing;
  }

  /** Every key a platform may need to verify: the next, the active and the retiring ones. */
  async jwks(now = new Date()): Promise<{ keys: Record<string, unknown>[] }> {
    if (!(await this.dataSource.getRepository(ToolKeyEntity).existsBy({ status: 'ACTIVE' })))
      await this.ensureActiveKey();
    const keys = await this.dataSource
      .getRepository(ToolKeyEntity)
      .find({ where: { status: In(['NEXT', 'ACTIVE', 'RETIRING']) }, order: { createdAt: 'ASC' } });
    return {
      keys: keys
        .filter((k) => k.status !== 'RETIRING' || (k.retireAfter && k.retireAfter > now))
        .map((k) => k.publicJwk),
    };
  }

  private newKey(status: 'ACTIVE' | 'NEXT'): ToolKeyEntity {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = randomUUID();
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
    return this.dataSource.getRepository(ToolKeyEntity).create({
      kid,
      status,
      publicJwk: jwk,
      privateKeyEncrypted: encryptPrivateKey(
        privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        this.secret,
      ),
      retireAfter: null,
    });
  }
}
