import { createScratchDatabase, databaseNameOf, dropDatabase } from '@markpoint/persistence';
import { CreateApiKeyUseCase, TenantRepository, type ApiScope } from '@markpoint/tenancy';
import { startService, type RunningService } from '../apps/quiz-service/src/start-service';

/** The PostgreSQL server the benches make their scratch databases on. */
export const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchService {
  service: RunningService;
  key: string;
  stop(): Promise<void>;
}

/**
 * The real service in this process on a new database, with a key, the rate limit out of the way.
 * `env` is applied last (say, a quieter LOG_LEVEL or a shorter passback backoff).
 */
export async function startBenchService(
  prefix: string,
  scopes: ApiScope[],
  env: NodeJS.ProcessEnv = {},
): Promise<BenchService> {
  const url = await createScratchDatabase(SERVER, prefix);
  const service = await startService({
    ...process.env,
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    LOAD_SAMPLE_SPECS: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...env,
  });
  const tenant = await service.app.get(TenantRepository).ensureDefault();
  const { key } = await service.app
    .get(CreateApiKeyUseCase)
    .execute({ tenantId: tenant.id, name: 'bench', scopes });
  return {
    service,
    key,
    stop: async () => {
      await service.stop();
      await dropDatabase(SERVER, databaseNameOf(url));
    },
  };
}
