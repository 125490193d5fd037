import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PersistenceModule, runMigrations } from '@markpoint/persistence';
import { QuestionBankModule } from '@markpoint/question-bank';
import { SpecModule } from '@markpoint/spec';
import { TenancyModule, TenantRepository } from '@markpoint/tenancy';
import { withDatabase, withDataSource } from '../utils/with-database';

@Module({})
class CliModule {
  static register(dataSource: Parameters<typeof PersistenceModule.forDataSource>[0]): DynamicModule {
    return {
      module: CliModule,
      imports: [PersistenceModule.forDataSource(dataSource), TenancyModule, SpecModule, QuestionBankModule],
    };
  }
}

/** The service's use cases on its database (migrated first), for commands that act like the API. */
export async function withAppContext<T>(
  fn: (ctx: INestApplicationContext, tenantId: string) => Promise<T>,
): Promise<T> {
  return withDatabase((url) =>
    withDataSource(url, async (ds) => {
      await runMigrations(ds);
      const ctx = await NestFactory.createApplicationContext(CliModule.register(ds), { logger: false });
      try {
        const tenant = await ctx.get(TenantRepository).ensureDefault();
        return await fn(ctx, tenant.id);
      } finally {
        await ctx.close();
      }
    }),
  );
}
