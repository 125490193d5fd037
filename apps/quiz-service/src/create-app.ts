import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { ErrorResponseDto } from '@markpoint/common';
import { AppModule } from './app.module';
import { toAppConfig } from './config/app.config';
import type { ServiceEnv } from './config/validate-env';
import { createValidationPipe } from './http/validation.pipe';

export const API_DOCS_PATH = 'api/docs';

/** Builds the configured (not yet listening) Nest application; used by main.ts and the tests. */
export async function createApp(env: ServiceEnv, dataSource: DataSource, databaseUrl: string): Promise<NestExpressApplication> {
  const config = toAppConfig(env.app);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ env, dataSource, databaseUrl }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: true });
  app.useBodyParser('text', { limit: config.bodyLimit, type: 'text/plain' });
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  return app;
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Markpoint API')
      .setDescription(
        'Question banks built from examiner marking points, quizzes, attempts and results. ' +
          'Every error is `{ code, message, requestId, details }`.',
      )
      .setVersion('1')
      .build(),
    { extraModels: [ErrorResponseDto] },
  );
  SwaggerModule.setup(API_DOCS_PATH, app, document, {
    jsonDocumentUrl: `${API_DOCS_PATH}-json`,
    customSiteTitle: 'Markpoint API',
  });
}
