import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ConfigValidationError } from '@markpoint/common';
import { describeStartUpFailure } from './start-up-failure';
import { startService } from './start-service';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const service = await startService();
  process.stdout.write(
    `\nMarkpoint is ready at ${service.url}\n` +
      `  API docs:  ${service.docsUrl}\n` +
      `  Database:  ${service.database.embedded ? 'embedded PostgreSQL (DATABASE_URL is unset)' : 'DATABASE_URL'}\n` +
      (service.firstStart.samplesLoaded.length
        ? `  Samples:   ${service.firstStart.samplesLoaded.join('; ')}\n`
        : '') +
      (service.firstStart.needsAdminKey
        ? '\nNo API key exists yet. In another terminal, create the first admin key (printed once):\n' +
          '  npm run cli -- keys:create --name admin\n' +
          `then: curl -H "Authorization: Bearer <key>" ${service.url}/api/v1/specs\n`
        : '') +
      '\n',
  );
  let exiting = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (exiting) return;
    exiting = true;
    process.stdout.write(`${signal} received: finishing in-flight requests, then stopping.\n`);
    service.stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error: unknown) => {
  const known = describeStartUpFailure(error, process.env);
  if (error instanceof ConfigValidationError) {
    process.stderr.write(`${error.message}\n`);
  } else if (known) {
    process.stderr.write(`Markpoint failed to start: ${known}\n`);
  } else {
    process.stderr.write(
      `Markpoint failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
