import { AsyncLocalStorage } from 'node:async_hooks';
import { createSecretKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  createScratchDatabase,
  databaseNameOf,
  dropDatabase,
  runMigrations,
} from '@markpoint/persistence';
import { readTestDatabaseState } from '@markpoint/testing';
import { LaunchRefusal, LtiLaunchError } from '../launch/lti-launch.error';
import { PlatformDirectory } from '../platforms/platform-directory';
import { PgLtijsStore, type LaunchScope } from './pg-ltijs-store';

const SECRET = 'ltijs-store-test-secret';

describe(PgLtijsStore.name, () => {
  const { serverUrl } = readTestDatabaseState();
  let url: string;
  let ds: DataSource;
  let store: PgLtijsStore;
  let directory: PlatformDirectory;
  const scopes = new AsyncLocalStorage<LaunchScope>();
  const platformId = randomUUID();
  const otherId = randomUUID();
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  beforeAll(async () => {
    url = await createScratchDatabase(serverUrl, 'mp_test_ltijs');
    ds = new DataSource(buildDataSourceOptions({ url, poolMax: 4 }));
    await ds.initialize();
    await runMigrations(ds);
    const [{ id: tenantId }] = await ds.query<{ id: string }[]>(
      `INSERT INTO tenants (slug, name) VALUES ('t', 'T') RETURNING id`,
    );
    for (const [id, clientId] of [
      [platformId, 'client-1'],
      [otherId, 'client-2'],
    ])
      await ds.query(
        `INSERT INTO lti_platforms (id, tenant_id, name, issuer, client_id, auth_login_url, auth_token_url, jwks_url, deployment_ids)
         VALUES ($1, $2, 'Moodle', 'https://moodle.test', $3, 'https://moodle.test/auth', 'https://moodle.test/token', 'https://moodle.test/jwks', '{d-1}')`,
        [id, tenantId, clientId],
      );
    directory = new PlatformDirectory(ds);
    store = new PgLtijsStore(ds, directory, scopes);
  });

  afterAll(async () => {
    await ds.destroy();
    await dropDatabase(serverUrl, databaseNameOf(url));
  });

  function scope(overrides: Partial<LaunchScope> = {}): LaunchScope {
    return {
      platform: {
        id: platformId,
        issuer: 'https://moodle.test',
        clientId: 'client-1',
      } as LaunchScope['platform'],
      key: publicKey,
      expiresAt: Math.floor(Date.now() / 1000) + 60,
      verified: () => undefined,
      ...overrides,
    };
  }

  it('should store, find, replace in place, modify and delete documents', async () => {
    const query = { iss: 'https://moodle.test', clientId: 'client-1', deploymentId: 'd-1', user: 'u-1' };
    await store.Replace(false, 'idtoken', query, { ...query, platformInfo: { name: 'Moodle' } });
    await store.Replace(
      false,
      'idtoken',
      { user: 'u-1', deploymentId: 'd-1', clientId: 'client-1', iss: 'https://moodle.test' },
      {
        ...query,
        platformInfo: { name: 'Moodle 4.5' },
      },
    );
    expect(await store.Get(false, 'idtoken', query)).toEqual([
      { ...query, platformInfo: { name: 'Moodle 4.5' } },
    ]);
    expect(await ds.query('SELECT count(*)::int AS n FROM ltijs_id_tokens')).toEqual([{ n: 1 }]);

    await store.Modify(false, 'idtoken', { user: 'u-1' }, { deploymentId: 'd-2' });
    expect(await store.Get(false, 'idtoken', { deploymentId: 'd-2' })).toHaveLength(1);
    await store.Delete('idtoken', { user: 'u-1' });
    expect(await store.Get(false, 'idtoken', { user: 'u-1' })).toBe(false);
  });

  it('should drop names and emails from id tokens', async () => {
    const query = { iss: 'https://moodle.test', clientId: 'client-1', deploymentId: 'd-1', user: 'u-2' };
    await store.Replace(false, 'idtoken', query, {
      ...query,
      userInfo: {
        given_name: 'Ada',
        family_name: 'Lovelace',
        name: 'Ada Lovelace',
        email: 'ada@example.org',
      },
    });
    const dump = JSON.stringify(await ds.query('SELECT * FROM ltijs_id_tokens'));
    expect(dump).toContain('u-2');
    expect(dump).not.toContain('Ada');
    expect(dump).not.toContain('ada@example.org');
  });

  it('should encrypt documents with an encryption key, find them by their index and refuse a tampered one', async () => {
    const index = { platformUrl: 'https://moodle.test', clientId: 'client-1', scopes: 'score' };
    await store.Replace(SECRET, 'accesstoken', index, { token: { access_token: 'secret-token' } }, index);
    const raw = JSON.stringify(await ds.query('SELECT doc FROM ltijs_access_tokens'));
    expect(raw).not.toContain('secret-token');
    const [found] = (await store.Get(SECRET, 'accesstoken', index)) as Record<string, unknown>[];
    expect(found.token).toEqual({ access_token: 'secret-token' });
    expect(typeof found.createdAt).toBe('number');

    await store.Modify(SECRET, 'accesstoken', index, { token: { access_token: 'newer' } });
    expect(((await store.Get(SECRET, 'accesstoken', index)) as Record<string, unknown>[])[0].token).toEqual({
      access_token: 'newer',
    });
    // ltijs is set up with a key object (LtijsLaunch): the same documents, sealed under it.
    const keyObject = createSecretKey(Buffer.alloc(32, 7));
    const other = { ...index, scopes: 'lineitem' };
    await store.Replace(keyObject, 'accesstoken', other, { token: { access_token: 'by-key-object' } }, other);
    expect(
      ((await store.Get(keyObject, 'accesstoken', other)) as Record<string, unknown>[])[0].token,
    ).toEqual({
      access_token: 'by-key-object',
    });
    await ds.query(
      `UPDATE ltijs_access_tokens SET doc = jsonb_set(doc, '{data}', to_jsonb('00' || (doc->>'data')))`,
    );
    await expect(store.Get(SECRET, 'accesstoken', index)).rejects.toThrow();
  });

  it('should refuse a replayed nonce with one insert, and run the launch checks before storing it', async () => {
    await scopes.run(scope(), async () => {
      expect(await store.Get(false, 'nonce', { nonce: 'n-1' })).toBe(false);
      await store.Insert(false, 'nonce', { nonce: 'n-1' });
      await expect(store.Insert(false, 'nonce', { nonce: 'n-1' })).rejects.toThrow(LtiLaunchError);
    });
    const refusing = scope({
      verified: () => {
        throw new LtiLaunchError(LaunchRefusal.NONCE_MISMATCH);
      },
    });
    await scopes.run(refusing, async () => {
      await expect(store.Insert(false, 'nonce', { nonce: 'n-2' })).rejects.toThrow('NONCE_MISMATCH');
    });
    expect(refusing.refusal?.refusal).toBe(LaunchRefusal.NONCE_MISMATCH);
    expect(await ds.query(`SELECT nonce FROM lti_nonces ORDER BY nonce`)).toEqual([
      { nonce: `${platformId}:n-1` },
    ]);

    // Concurrent replays: exactly one wins.
    const results = await scopes.run(scope(), () =>
      Promise.allSettled(Array.from({ length: 8 }, () => store.Insert(false, 'nonce', { nonce: 'n-3' }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it("should show ltijs the registrations, during a launch only the login's own with its chosen key", async () => {
    const outside = (await store.Get(false, 'platform', { platformUrl: 'https://moodle.test' })) as Record<
      string,
      unknown
    >[];
    expect(outside.map((p) => p.clientId).sort()).toEqual(['client-1', 'client-2']);
    expect(outside[0].authConfig).toEqual({ method: 'JWK_SET', key: 'https://moodle.test/jwks' });

    await scopes.run(scope(), async () => {
      const [own] = (await store.Get(false, 'platform', {
        platformUrl: 'https://moodle.test',
        clientId: 'client-1',
      })) as Record<string, unknown>[];
      expect(own).toMatchObject({ kid: platformId, authConfig: { method: 'RSA_KEY', key: publicKey } });
      expect(
        await store.Get(false, 'platform', { platformUrl: 'https://moodle.test', clientId: 'client-2' }),
      ).toBe(false);
      expect(await store.Get(false, 'platformStatus', { id: platformId })).toEqual([
        { id: platformId, active: true },
      ]);
      // Markpoint's login issues the launch's state: ltijs's state rows are not consulted.
      await store.Insert(false, 'state', { state: 'ltijs-state', query: {} });
      expect(await store.Get(false, 'state', { state: 'ltijs-state' })).toBe(false);
    });
    expect(await store.Get(false, 'state', { state: 'ltijs-state' })).toHaveLength(1);
    await expect(store.Insert(false, 'platform', { platformUrl: 'x' })).rejects.toThrow(
      /not stored by Markpoint/,
    );
    expect(await store.Get(SECRET, 'privatekey', { kid: platformId })).toBe(false);
  });

  it('should purge expired documents only', async () => {
    await store.Insert(false, 'state', { state: 'fresh', query: {} });
    await store.Insert(false, 'state', { state: 'old', query: {} });
    await ds.query(
      `UPDATE ltijs_states SET expires_at = now() - interval '1 second' WHERE doc->>'state' = 'old'`,
    );
    expect(await store.Get(false, 'state', { state: 'old' })).toBe(false);
    expect(await store.purgeExpired()).toBe(1);
    expect(await store.Get(false, 'state', { state: 'fresh' })).toHaveLength(1);
  });
});
