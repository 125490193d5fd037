import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@markpoint/tenancy';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { ErrorResponseDto } from '@markpoint/common';
import { MigrationsHealthIndicator } from './migrations.health';
import { ToolKeysHealthIndicator } from './tool-keys.health';

/** Under the one second a load balancer usually allows a probe. */
const READY_DEADLINE_MS = 900;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly toolKeys: ToolKeysHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP' })
  @ApiOkResponse({ description: 'Alive' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    summary:
      'Readiness: the database answers, every migration is applied and LTI_KEY_SECRET decrypts the tool keys',
  })
  @ApiOkResponse({ description: 'Ready' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto })
  async ready(): Promise<HealthCheckResult> {
    let timer: NodeJS.Timeout | undefined;
    // A frozen database never answers: the probe answers within a second regardless.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ServiceUnavailableException({
              status: 'error',
              error: { database: { status: 'down', message: `no answer within ${READY_DEADLINE_MS} ms` } },
            }),
          ),
        READY_DEADLINE_MS,
      );
    });
    try {
      return await Promise.race([
        this.health.check([
          () => this.db.pingCheck('database', { timeout: READY_DEADLINE_MS - 100 }),
          () => this.migrations.check('migrations'),
          () => this.toolKeys.check('ltiToolKeys'),
        ]),
        deadline,
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const details = Object.entries(result.error ?? {}).map(([field, info]) => ({
        field,
        message: JSON.stringify(info),
      }));
      throw new ServiceUnavailableException({
        code: 'NOT_READY',
        message: 'The service is not ready',
        details,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
