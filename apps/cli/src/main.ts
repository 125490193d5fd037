import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { ConfigValidationError } from '@markpoint/common';
import { describeCliError, registerContentCommands } from './commands/content.commands';
import { registerDbCommands } from './commands/db.commands';
import { registerKeyCommands } from './commands/keys.commands';
import { registerPlatformCommands } from './commands/platforms.commands';

async function main(argv: string[]): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const program = new Command('markpoint').description('Markpoint command line').showHelpAfterError();
  registerDbCommands(program);
  registerKeyCommands(program);
  registerPlatformCommands(program);
  registerContentCommands(program);
  await program.parseAsync(argv);
}

main(process.argv).catch((error: unknown) => {
  const described = describeCliError(error);
  process.stderr.write(
    described
      ? `${described}\n`
      : error instanceof ConfigValidationError
        ? `${error.message}\n`
        : `Error: ${(error as Error).message}\n`,
  );
  process.exit(1);
});
