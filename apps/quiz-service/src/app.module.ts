import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, RouterModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { DeliveryHttpModule, PlayerHttpModule } from '@markpoint/delivery';
import {
  LtiHttpModule,
  LtiModule,
  LtiPublicHttpModule,
  ltiKeySecret,
  toPassbackPolicy,
} from '@markpoint/lti';
import { RequestShapeInterceptor } from '@markpoint/common';
import { databaseConfig, JobsModule, PersistenceModule } from '@markpoint/persistence';
import { QuestionBankHttpModule, QuestionBankModule } from '@markpoint/question-bank';
import { SpecHttpModule, SpecModule } from '@markpoint/spec';
import { ApiKeyGuard, TenancyHttpModule, TenancyModule } from '@markpoint/tenancy';
import { toWebhookRetryPolicy, WebhooksHttpModule, WebhooksModule } from '@markpoint/webhooks';
import { appConfig, toAppConfig } from './config/app.config';
import type { ServiceEnv } from './config/validate-env';
import { HealthModule } from './health/health.module';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { loggerOptions } from './http/logger.options';
import { RateLimitGuard } from './http/rate-limit.guard';
import { MetricsModule } from './metrics/metrics.module';
import { SampleContentLoader } from './samples/sample-content.loader';

export interface AppModuleOptions {
  env: ServiceEnv;
  /** Initialised and migrated before Nest boots. */
  dataSource: DataSource;
  databaseUrl: string;
}

/** The REST API: every controller of these modules is served under /api/v1. */
const API_MODULES = [
  TenancyHttpModule,
  SpecHttpModule,
  QuestionBankHttpModule,
  LtiHttpModule,
  DeliveryHttpModule,
  WebhooksHttpModule,
];

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
        JobsModule,
        WebhooksModule.register(toWebhookRetryPolicy(env.webhooks)),
        LtiModule.register({ keySecret: ltiKeySecret(env.lti), passback: toPassbackPolicy(env.lti) }),
        LtiPublicHttpModule,
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: 60_000, limit: toAppConfig(env.app).rateLimitPerMinute }],
          // Probes and scrapers must never be throttled.
          skipIf: (ctx) =>
            /^\/(health|metrics)\b/.test(ctx.switchToHttp().getRequest<{ path: string }>().path),
        }),
        HealthModule,
        MetricsModule,
        TenancyModule,
        SpecModule,
        QuestionBankModule,
        ...API_MODULES,
        RouterModule.register([{ path: 'api/v1', children: API_MODULES }]),
        // The learner player's pages live under /play, outside the REST API.
        PlayerHttpModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Closed by default: every route is @Public() or names the scope it needs.
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        // After authentication, so the limit follows the key rather than the address.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        // Before every pipe: bodies too deep for the validation pipe, and strings PostgreSQL cannot store.
        { provide: APP_INTERCEPTOR, useFactory: () => new RequestShapeInterceptor() },
        SampleContentLoader,
      ],
    };
  }
}
