import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { databaseConfig, PersistenceModule } from '@markpoint/persistence';
import { appConfig, toAppConfig } from './config/app.config';
import type { ServiceEnv } from './config/validate-env';
import { HealthModule } from './health/health.module';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { loggerOptions } from './http/logger.options';
import { MetricsModule } from './metrics/metrics.module';

export interface AppModuleOptions {
  env: ServiceEnv;
  /** Initialised and migrated before Nest boots. */
  dataSource: DataSource;
  databaseUrl: string;
}

/** Composes the libs into the HTTP service. No business logic lives here. */
@Module({})
export class AppModule {
  static register({ env, dataSource, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [appConfig(env.app), databaseConfig(env.database, databaseUrl)],
        }),
        LoggerModule.forRoot(loggerOptions(toAppConfig(env.app))),
        PersistenceModule.forDataSource(dataSource),
        HealthModule,
        MetricsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
