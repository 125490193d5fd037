import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, toDataSourceSettings } from '@markpoint/persistence';
import { readTestDatabaseState, testDatabaseUrl } from '@markpoint/testing';
import { AppModule } from '../../apps/quiz-service/src/app.module';
import { toAppConfig } from '../../apps/quiz-service/src/config/app.config';
import { resolveServiceSecrets } from '../../apps/quiz-service/src/config/service-secrets';
import { validateEnv, type ServiceEnv } from '../../apps/quiz-service/src/config/validate-env';
import { configureApp } from '../../apps/quiz-service/src/create-app';
import { databaseLogSink } from '../../apps/quiz-service/src/http/database-log-sink';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  env: ServiceEnv;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra controllers, for probing cross-cutting behaviour (filters, pipes). */
  controllers?: Type[];
  env?: Record<string, string>;
}

/** The real app module tree on this worker's database, configured exactly as main.ts does it. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // Secrets come from the run's DATA_DIR, as on a first start: generated once, shared by workers.
  const env = resolveServiceSecrets(
    validateEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      LOG_FORMAT: 'json',
      LOAD_SAMPLE_SPECS: 'false',
      DATABASE_URL: testDatabaseUrl(),
      DATA_DIR: readTestDatabaseState().dataDir ?? '',
      ...options.env,
    }),
  );
  const databaseUrl = env.database.DATABASE_URL!;
  const dataSource = new DataSource(
    buildDataSourceOptions({
      ...toDataSourceSettings(env.database, databaseUrl),
      poolMax: 5,
      log: databaseLogSink(toAppConfig(env.app)),
    }),
  );
  await dataSource.initialize();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register({ env, dataSource, databaseUrl })],
    controllers: options.controllers ?? [],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, toAppConfig(env.app));
  await app.init();
  return {
    app,
    dataSource,
    env,
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
