import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider as lti } from 'ltijs';
import Database from 'ltijs-sequelize';
import { answerCounts, LTIJS_FIRST_PAGE, type LtijsChildConfig, type LtijsChildReady } from './lti-children';

/**
 * The baseline for `npm run bench -- lti`: a plain ltijs 5.9.9 tool, as its README sets one up,
 * on PostgreSQL through ltijs-sequelize, answering a successful launch with a small first page.
 * In its own process (ltijs is a singleton that installs its own SIGINT handler) so its CPU time
 * is its own. Listens on loopback only: deploy() in serverless mode, then our own listen().
 */
async function main(): Promise<void> {
  answerCounts();
  const config = JSON.parse(process.env.BENCH_LTIJS_CONFIG ?? '') as LtijsChildConfig;
  const db = new URL(config.databaseUrl);
  const database = new Database(
    decodeURIComponent(db.pathname.slice(1)),
    decodeURIComponent(db.username),
    decodeURIComponent(db.password),
    {
      host: db.hostname,
      port: Number(db.port || 5432),
      dialect: 'postgres',
      logging: false,
      // The same pool size as Markpoint's default DB_POOL_MAX.
      pool: { max: 10 },
    },
  );
  lti.setup(
    'ltijs-bench-encryption-key-0123456789',
    { plugin: database },
    { cookies: { secure: false, sameSite: '' }, devMode: false },
  );
  lti.onConnect((token, _req, res) =>
    res.send(
      `<!doctype html><html><head><title>Quiz</title></head><body><h1>${LTIJS_FIRST_PAGE}</h1>` +
        `<p>Welcome, ${String(token.user)}.</p></body></html>`,
    ),
  );
  await lti.deploy({ serverless: true, silent: true });
  const server: Server = lti.app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { platform } = config;
  await lti.registerPlatform({
    url: platform.issuer,
    name: 'Bench platform',
    clientId: platform.clientId,
    authenticationEndpoint: platform.authLoginUrl,
    accesstokenEndpoint: platform.tokenUrl,
    authConfig: { method: 'JWK_SET', key: platform.jwksUrl },
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await lti.close({ silent: true });
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  const ready: LtijsChildReady = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  process.stderr.write(`ltijs bench child failed: ${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
