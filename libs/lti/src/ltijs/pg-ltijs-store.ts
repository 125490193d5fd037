import type { AsyncLocalStorage } from 'node:async_hooks';
import { createCipheriv, createDecipheriv, createHash, randomBytes, type KeyObject } from 'node:crypto';
import type { LtijsDatabase } from 'ltijs';
import type { DataSource } from 'typeorm';
import { LaunchRefusal, LtiLaunchError } from '../launch/lti-launch.error';
import type { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import type { PlatformDirectory } from '../platforms/platform-directory';

type Doc = Record<string, unknown>;

/**
 * What Markpoint knows about the launch ltijs is validating, for the store's calls made during it
 * (AsyncLocalStorage): which registration the login was for, the platform key the token names,
 * and the checks ltijs does not make.
 */
export interface LaunchScope {
  platform: LtiPlatformEntity;
  /** The platform's public key named by the token's kid, from the cached JWKS. */
  key: KeyObject;
  /** The token's exp (seconds): its nonce is kept a little longer. */
  expiresAt: number;
  /**
   * Markpoint's checks on the verified token, run when ltijs stores its nonce: after the signature,
   * before anything is stored. Throws an LtiLaunchError.
   */
  verified(nonce: string): void;
  /** Set when the store refused the launch (ltijs keeps only the message). */
  refusal?: LtiLaunchError;
  /** Set when the store failed (database down): a server error, not a refusal. */
  failure?: unknown;
}

/** ltijs's own documents, one table each, and how long each lives. */
const DOCUMENTS: Record<string, { table: string; lifetimeS: number | null }> = {
  idtoken: { table: 'ltijs_id_tokens', lifetimeS: 24 * 3600 },
  contexttoken: { table: 'ltijs_context_tokens', lifetimeS: 24 * 3600 },
  state: { table: 'ltijs_states', lifetimeS: 600 },
  accesstoken: { table: 'ltijs_access_tokens', lifetimeS: 3600 },
};
export const LTIJS_DOCUMENT_TABLES = Object.values(DOCUMENTS).map((d) => d.table);

// A nonce is kept a little longer than its token could be accepted.
const NONCE_MARGIN_S = 300;
const NO_SCOPE_NONCE_S = 600;

/**
 * ltijs's storage plugin on Markpoint's PostgreSQL (`setup, Close, Get, Insert, Replace, Modify,
 * Delete, Encrypt, Decrypt`).
 *
 * - `platform` and `platformStatus` are read from `lti_platforms` through the PlatformDirectory
 *   cache (no statement per launch). Registrations are written by Markpoint (REST, CLI, dynamic
 *   registration: tenancy and deployments are ours), so ltijs's writes to them are refused.
 * - `nonce` is `lti_nonces`: the insert is the replay check (`ON CONFLICT DO NOTHING`), so a read
 *   first would only add a statement and a race; Get answers "not seen" and Insert refuses a replay.
 * - `publickey` and `privatekey` are refused: the tool keys are ToolKeysService's, rotated and
 *   published at /lti/jwks; ltijs's per-platform 4096-bit pairs are not made.
 * - `state`: during a launch the state is Markpoint's signed token, issued by Markpoint's login,
 *   so there is no row to look up; outside a launch it is a table like the next ones.
 * - `idtoken`, `contexttoken`, `state`, `accesstoken` are JSONB documents in their own tables;
 *   Replace is one upsert on the query's identity, expired rows are purged by `purgeExpired`.
 *   Names and emails are dropped from id tokens: Markpoint keeps no personal data.
 */
export class PgLtijsStore implements LtijsDatabase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: PlatformDirectory,
    private readonly scopes: AsyncLocalStorage<LaunchScope>,
  ) {}

  setup(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** The pool is TypeORM's; it closes with the application. */
  Close(): Promise<boolean> {
    return Promise.resolve(true);
  }

  Get(encryptionKey: string | KeyObject | false, collection: string, query: Doc): Promise<Doc[] | false> {
    return this.guard(async () => {
      if (collection === 'platform') return nonEmpty(await this.platforms(query));
      if (collection === 'platformStatus') {
        const found = typeof query.id === 'string' ? await this.platforms({ kid: query.id }) : [];
        return nonEmpty(found.map((p) => ({ id: p.kid, active: true })));
      }
      if (collection === 'nonce' || collection === 'publickey' || collection === 'privatekey') return false;
      // A launch's state is Markpoint's signed token (its login is Markpoint's), never an ltijs row.
      if (collection === 'state' && this.scopes.getStore()) return false;
      const { table } = documentsOf(collection);
      const rows = await this.dataSource.query<{ doc: Doc; created_at: Date }[]>(
        `SELECT doc, created_at FROM ${table}
         WHERE doc @> $1::jsonb AND (expires_at IS NULL OR expires_at > now())`,
        [JSON.stringify(query)],
      );
      const docs: Doc[] = [];
      for (const { doc, created_at } of rows) {
        docs.push(
          encryptionKey
            ? {
                ...(JSON.parse(await this.Decrypt(String(doc.data), String(doc.iv), encryptionKey)) as Doc),
                createdAt: created_at.getTime(),
              }
            : doc,
        );
      }
      return nonEmpty(docs);
    });
  }

  Insert(
    encryptionKey: string | KeyObject | false,
    collection: string,
    item: Doc,
    index?: Doc,
  ): Promise<boolean> {
    return this.guard(async () => {
      if (collection === 'nonce') return this.insertNonce(String(item.nonce));
      const { table, lifetimeS } = documentsOf(collection);
      await this.dataSource.query(
        `INSERT INTO ${table} (doc, expires_at) VALUES ($1::jsonb, now() + make_interval(secs => $2))`,
        [JSON.stringify(await this.stored(encryptionKey, collection, item, index)), lifetimeS],
      );
      return true;
    });
  }

  Replace(
    encryptionKey: string | KeyObject | false,
    collection: string,
    query: Doc,
    item: Doc,
    index?: Doc,
  ): Promise<boolean> {
    return this.guard(async () => {
      const { table, lifetimeS } = documentsOf(collection);
      await this.dataSource.query(
        `INSERT INTO ${table} (key, doc, expires_at) VALUES ($1, $2::jsonb, now() + make_interval(secs => $3))
         ON CONFLICT (key) DO UPDATE
           SET doc = EXCLUDED.doc, created_at = now(), expires_at = EXCLUDED.expires_at`,
        [
          identity(query),
          JSON.stringify(await this.stored(encryptionKey, collection, item, index)),
          lifetimeS,
        ],
      );
      return true;
    });
  }

  Modify(
    encryptionKey: string | KeyObject | false,
    collection: string,
    query: Doc,
    modification: Doc,
  ): Promise<boolean> {
    return this.guard(async () => {
      const { table } = documentsOf(collection);
      if (!encryptionKey) {
        await this.dataSource.query(`UPDATE ${table} SET doc = doc || $2::jsonb WHERE doc @> $1::jsonb`, [
          JSON.stringify(query),
          JSON.stringify(modification),
        ]);
        return true;
      }
      const rows = await this.dataSource.query<{ id: string; doc: Doc }[]>(
        `SELECT id, doc FROM ${table} WHERE doc @> $1::jsonb`,
        [JSON.stringify(query)],
      );
      for (const { id, doc } of rows) {
        const item = {
          ...(JSON.parse(await this.Decrypt(String(doc.data), String(doc.iv), encryptionKey)) as Doc),
          ...modification,
        };
        const sealed = await this.Encrypt(JSON.stringify(item), encryptionKey);
        await this.dataSource.query(`UPDATE ${table} SET doc = doc || $2::jsonb WHERE id = $1`, [
          id,
          JSON.stringify(sealed),
        ]);
      }
      return true;
    });
  }

  Delete(collection: string, query: Doc): Promise<boolean> {
    return this.guard(async () => {
      if (collection === 'nonce') {
        await this.dataSource.query('DELETE FROM lti_nonces WHERE nonce = $1', [
          this.nonceKey(String(query.nonce)),
        ]);
        return true;
      }
      const { table } = documentsOf(collection);
      await this.dataSource.query(`DELETE FROM ${table} WHERE doc @> $1::jsonb`, [JSON.stringify(query)]);
      return true;
    });
  }

  /** AES-256-GCM (ltijs's own store uses CBC without integrity); the tag travels with the iv. */
  Encrypt(data: string, secret: string | KeyObject): Promise<{ iv: string; data: string }> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
    const sealed = Buffer.concat([cipher.update(data, 'utf8'), cipher.final()]);
    return Promise.resolve({
      iv: `${iv.toString('hex')}.${cipher.getAuthTag().toString('hex')}`,
      data: sealed.toString('hex'),
    });
  }

  Decrypt(data: string, iv: string, secret: string | KeyObject): Promise<string> {
    const [nonce, tag] = iv.split('.');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(nonce, 'hex'));
    decipher.setAuthTag(Buffer.from(tag ?? '', 'hex'));
    return Promise.resolve(
      Buffer.concat([decipher.update(Buffer.from(data, 'hex')), decipher.final()]).toString('utf8'),
    );
  }

  /** Deletes ltijs documents past their lifetime; returns how many. */
  async purgeExpired(now = new Date()): Promise<number> {
    let deleted = 0;
    for (const table of LTIJS_DOCUMENT_TABLES) {
      const [, n] = await this.dataSource.query<[unknown, number]>(
        `DELETE FROM ${table} WHERE expires_at < $1`,
        [now],
      );
      deleted += n;
    }
    return deleted;
  }

  private async insertNonce(nonce: string): Promise<boolean> {
    const scope = this.scopes.getStore();
    scope?.verified(nonce);
    const expiresAt = scope ? scope.expiresAt + NONCE_MARGIN_S : Date.now() / 1000 + NO_SCOPE_NONCE_S;
    const inserted = await this.dataSource.query<{ nonce: string }[]>(
      `INSERT INTO lti_nonces (nonce, expires_at) VALUES ($1, to_timestamp($2))
       ON CONFLICT (nonce) DO NOTHING RETURNING nonce`,
      [this.nonceKey(nonce), expiresAt],
    );
    if (inserted.length === 0) throw new LtiLaunchError(LaunchRefusal.REPLAYED_NONCE);
    return true;
  }

  /** Nonces are unique per platform. */
  private nonceKey(nonce: string): string {
    const scope = this.scopes.getStore();
    return scope ? `${scope.platform.id}:${nonce}` : `ltijs:${nonce}`;
  }

  /** Registrations as ltijs sees them; during a launch only the login's own, with its key. */
  private async platforms(query: Doc): Promise<Doc[]> {
    let found: LtiPlatformEntity[];
    if (typeof query.platformUrl === 'string') {
      const all = await this.directory.forIssuer(query.platformUrl);
      found = query.clientId === undefined ? all : all.filter((p) => p.clientId === query.clientId);
    } else if (typeof query.kid === 'string') {
      const one = await this.directory.get(query.kid);
      found = one ? [one] : [];
    } else {
      found = [];
    }
    const scope = this.scopes.getStore();
    if (scope) found = found.filter((p) => p.id === scope.platform.id);
    return found.map((p) => ({
      platformName: p.name,
      platformUrl: p.issuer,
      clientId: p.clientId,
      authEndpoint: p.authLoginUrl,
      accesstokenEndpoint: p.authTokenUrl,
      authorizationServer: p.authTokenUrl,
      kid: p.id,
      // In a launch the key is already chosen by kid from the cached key set: no fetch per launch.
      authConfig: scope ? { method: 'RSA_KEY', key: scope.key } : { method: 'JWK_SET', key: p.jwksUrl },
    }));
  }

  private async stored(
    encryptionKey: string | KeyObject | false,
    collection: string,
    item: Doc,
    index?: Doc,
  ): Promise<Doc> {
    const doc = collection === 'idtoken' ? withoutPersonalData(item) : item;
    if (!encryptionKey) return doc;
    return { ...index, ...(await this.Encrypt(JSON.stringify(doc), encryptionKey)) };
  }

  /** ltijs keeps only an error's message: remember the error itself for the launch. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const scope = this.scopes.getStore();
      if (scope) {
        if (error instanceof LtiLaunchError) scope.refusal ??= error;
        else scope.failure ??= error;
      }
      throw error;
    }
  }
}

function documentsOf(collection: string): { table: string; lifetimeS: number | null } {
  const documents = DOCUMENTS[collection];
  if (!documents)
    throw new Error(
      `ltijs collection '${collection}' is not stored by Markpoint (platforms and keys are managed by Markpoint itself)`,
    );
  return documents;
}

function nonEmpty(docs: Doc[]): Doc[] | false {
  return docs.length === 0 ? false : docs;
}

/** The same query always gives the same key, whatever the order of its fields. */
function identity(query: Doc): string {
  return JSON.stringify(
    Object.keys(query)
      .sort()
      .map((k) => [k, query[k]]),
  );
}

function withoutPersonalData(item: Doc): Doc {
  const { userInfo: _dropped, ...rest } = item;
  return rest;
}

function keyOf(secret: string | KeyObject): Buffer {
  const text = typeof secret === 'string' ? secret : secret.export().toString('base64url');
  return createHash('sha256').update(`markpoint-ltijs:${text}`).digest();
}
