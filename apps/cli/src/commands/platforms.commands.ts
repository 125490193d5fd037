import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Command } from 'commander';
import { DataSource } from 'typeorm';
import { CreateLtiPlatformDto, LtiPlatformEntity } from '@markpoint/lti';
import { withAppContext } from '../context/with-app-context';

interface AddOptions {
  name: string;
  issuer: string;
  clientId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  deployment: string[];
}

/** LMS registrations in the default organisation, as `/api/v1/platforms` does them. */
export function registerPlatformCommands(program: Command): void {
  program
    .command('platforms:add')
    .description('Register an LMS (LTI 1.3 platform) in the default organisation')
    .requiredOption('--name <name>', 'a name for people, e.g. "Moodle (Year 11)"')
    .requiredOption('--issuer <url>', 'Platform ID / issuer')
    .requiredOption('--client-id <id>', 'the client id the LMS gave the tool')
    .requiredOption('--auth-url <url>', 'authentication request (OIDC auth) URL')
    .requiredOption('--token-url <url>', 'access token URL')
    .requiredOption('--jwks-url <url>', 'public keyset URL')
    .option(
      '--deployment <id>',
      'a deployment id (repeat for several)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .action((opts: AddOptions) =>
      withAppContext(async (ctx, tenantId) => {
        const dto = plainToInstance(CreateLtiPlatformDto, {
          name: opts.name,
          issuer: opts.issuer,
          clientId: opts.clientId,
          authLoginUrl: opts.authUrl,
          authTokenUrl: opts.tokenUrl,
          jwksUrl: opts.jwksUrl,
          deploymentIds: opts.deployment,
        });
        const problems = await validate(dto);
        if (problems.length > 0) {
          for (const p of problems)
            console.error(`${p.property}: ${Object.values(p.constraints ?? {}).join('; ')}`);
          process.exitCode = 1;
          return;
        }
        const repo = ctx.get(DataSource).getRepository(LtiPlatformEntity);
        if (await repo.existsBy({ issuer: dto.issuer, clientId: dto.clientId })) {
          console.error(`${dto.issuer} with client id ${dto.clientId} is already registered`);
          process.exitCode = 1;
          return;
        }
        const saved = await repo.save(
          repo.create({ ...dto, deploymentIds: dto.deploymentIds ?? [], tenantId }),
        );
        console.log(
          `registered: ${saved.name} (id ${saved.id}), deployments: ${saved.deploymentIds.join(', ') || 'none'}`,
        );
      }),
    );

  program
    .command('platforms:list')
    .description("The default organisation's LMS registrations")
    .action(() =>
      withAppContext(async (ctx, tenantId) => {
        const platforms = await ctx.get(DataSource).getRepository(LtiPlatformEntity).findBy({ tenantId });
        for (const p of platforms)
          console.log(
            `${p.id}  ${p.name}  ${p.issuer}  client ${p.clientId}  deployments ${p.deploymentIds.join(',') || '-'}`,
          );
        if (platforms.length === 0) console.log('No platforms registered.');
      }),
    );
}
