import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Command } from 'commander';
import { runMigrations } from '@markpoint/persistence';
import { withDatabase, withDataSource, withScratchMigratedDatabase } from '../utils/with-database';

// The TypeORM CLI loads the compiled data source; migrations are written as TypeScript into src.
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const DATA_SOURCE = path.join(REPO_ROOT, 'dist', 'libs', 'persistence', 'src', 'data-source.js');
const MIGRATIONS_DIR = path.join(REPO_ROOT, 'libs', 'persistence', 'src', 'migrations');
const TYPEORM_CLI = require.resolve('typeorm/cli.js');

export function registerDbCommands(program: Command): void {
  program
    .command('db:migrate')
    .description('Apply pending migrations (embedded database when DATABASE_URL is unset)')
    .action(() =>
      withDatabase((url) =>
        withDataSource(url, async (ds) => {
          const applied = await runMigrations(ds);
          console.log(
            applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'No pending migrations.',
          );
        }),
      ),
    );

  program
    .command('db:revert')
    .description('Revert the last applied migration')
    .action(() =>
      withDatabase((url) =>
        withDataSource(url, async (ds) => {
          await ds.undoLastMigration({ transaction: 'each' });
          console.log('Reverted the last migration.');
        }),
      ),
    );

  program
    .command('db:generate <name>')
    .description(
      'Write a migration (kebab-case name) for the difference between the entities and the migrations',
    )
    .action((name: string) =>
      withDatabase((server) =>
        withScratchMigratedDatabase(server, async (url) => {
          await typeormCli(url, [
            'migration:generate',
            path.join(MIGRATIONS_DIR, name),
            '-d',
            DATA_SOURCE,
            '-p',
          ]);
          // The generated file follows TypeORM's formatting; bring it to the project's.
          await run(path.join(REPO_ROOT, 'node_modules', '.bin', 'prettier'), ['--write', MIGRATIONS_DIR]);
        }),
      ),
    );

  program
    .command('db:check')
    .description('Fail when the entities and the migrations disagree (CI drift check)')
    .action(() =>
      withDatabase((server) =>
        withScratchMigratedDatabase(server, (url) =>
          typeormCli(url, [
            'migration:generate',
            path.join(MIGRATIONS_DIR, 'drift'),
            '-d',
            DATA_SOURCE,
            '--check',
          ]),
        ),
      ),
    );
}

function typeormCli(databaseUrl: string, args: string[]): Promise<void> {
  return run(process.execPath, [TYPEORM_CLI, ...args], { DATABASE_URL: databaseUrl });
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args[0]} exited with code ${code ?? 'null'}`)),
    );
  });
}
