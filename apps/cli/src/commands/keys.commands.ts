import { InvalidArgumentError, type Command } from 'commander';
import { API_SCOPES, CreateApiKeyUseCase, type ApiScope } from '@markpoint/tenancy';
import { withAppContext } from '../context/with-app-context';

export function registerKeyCommands(program: Command): void {
  program
    .command('keys:create')
    .description('Create an API key in the default organisation and print it (once)')
    .option('--name <name>', 'what the key is for', 'admin')
    .option('--scopes <scopes>', `comma-separated: ${API_SCOPES.join(', ')}`, toScopes, [...API_SCOPES])
    .action((opts: { name: string; scopes: ApiScope[] }) =>
      withAppContext(async (ctx, tenantId) => {
        const { entity, key } = await ctx
          .get(CreateApiKeyUseCase)
          .execute({ tenantId, name: opts.name, scopes: opts.scopes });
        console.log(
          `API key "${entity.name}" (scopes: ${entity.scopes.join(', ')}). It is shown only now:\n\n  ${key}\n`,
        );
        console.log(`Try it: curl -H "Authorization: Bearer ${key}" ${baseUrl()}/api/v1/specs`);
      }),
    );
}

function toScopes(value: string): ApiScope[] {
  const scopes = value.split(',').map((s) => s.trim());
  const unknown = scopes.filter((s) => !API_SCOPES.includes(s as ApiScope));
  if (unknown.length) throw new InvalidArgumentError(`unknown scopes: ${unknown.join(', ')}`);
  return scopes as ApiScope[];
}

function baseUrl(): string {
  return (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
}
