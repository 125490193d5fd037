import { BadRequestException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { toAppConfig, type AppConfig } from './config/app.config';
import type { ServiceEnv } from './config/validate-env';
import { createValidationPipe, ErrorResponseDto } from '@markpoint/common';

export const API_DOCS_PATH = 'api/docs';

/** Builds the configured (not yet listening) Nest application; used by main.ts and the tests. */
export async function createApp(
  env: ServiceEnv,
  dataSource: DataSource,
  databaseUrl: string,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ env, dataSource, databaseUrl }),
    { bufferLogs: true, bodyParser: false },
  );
  configureApp(app, toAppConfig(env.app));
  return app;
}

/** Everything main.ts sets on the app beyond its modules; tests apply it to their own module trees. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: true });
  app.useBodyParser('text', { limit: config.bodyLimit, type: ['text/plain', 'application/xml', 'text/xml'] });
  app.use(bodyParserErrors);
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
}

/**
 * Nest turns body-parser's SyntaxError into a bare 400 before any filter sees it; naming the
 * failure here keeps a stable code (`MALFORMED_BODY`) in the error format.
 */
function bodyParserErrors(err: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const e = err as { type?: string; message?: string } | undefined;
  if (e?.type === 'entity.parse.failed') {
    next(
      new BadRequestException({
        code: 'MALFORMED_BODY',
        message: `The request body is not valid: ${e.message}`,
      }),
    );
    return;
  }
  next(err);
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Markpoint API')
      .setDescription(
        'Question banks built from examiner marking points, quizzes, attempts and results. ' +
          'Every error is `{ code, message, requestId, details }`. ' +
          'Authenticate with `Authorization: Bearer <API key>`; each operation names the scope it needs ' +
          '(`x-required-scopes`): admin, author, deliver or results:read.',
      )
      .setVersion('1')
      .addBearerAuth(
        { type: 'http', scheme: 'bearer', bearerFormat: 'mpk_<prefix>_<secret>', description: 'An API key' },
        'apiKey',
      )
      .build(),
    { extraModels: [ErrorResponseDto] },
  );
  SwaggerModule.setup(API_DOCS_PATH, app, document, {
    jsonDocumentUrl: `${API_DOCS_PATH}-json`,
    customSiteTitle: 'Markpoint API',
  });
}
