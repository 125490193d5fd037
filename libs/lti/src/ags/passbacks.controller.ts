import {
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { PageQueryDto, toPage, type Paginated } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { LtiPassbackEntity, type PassbackStatus } from './lti-passback.entity';
import { PassbackWorker } from './passback.worker';

const STATUSES: PassbackStatus[] = ['PENDING', 'DELIVERED', 'FAILED', 'SUPERSEDED'];

export class PassbackQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES, description: 'FAILED lists the dead letters' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: PassbackStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  attemptId?: string;
}

export class PassbackResponseDto {
  id!: string;
  attemptId!: string;
  /** The platform user id (LTI sub). */
  userId!: string;
  /** null for the quiz's column; a marking point key for its own column. */
  tag!: string | null;
  scoreGiven!: number;
  scoreMaximum!: number;
  gradingProgress!: string;
  /** The score's fixed timestamp (ISO 8601, milliseconds). */
  timestamp!: string;
  @ApiPropertyOptional({ enum: STATUSES })
  status!: PassbackStatus;
  tries!: number;
  nextTryAt!: string | null;
  lastStatusCode!: number | null;
  lastError!: string | null;
  lineItemUrl!: string | null;
  deliveredAt!: string | null;
}

export function toPassbackResponse(p: LtiPassbackEntity): PassbackResponseDto {
  return {
    id: p.id,
    attemptId: p.attemptId,
    userId: p.userId,
    tag: p.tag,
    scoreGiven: p.scoreGiven,
    scoreMaximum: p.scoreMaximum,
    gradingProgress: p.gradingProgress,
    timestamp: p.scoredAt.toISOString(),
    status: p.status,
    tries: p.tries,
    nextTryAt: p.nextTryAt?.toISOString() ?? null,
    lastStatusCode: p.lastStatusCode,
    lastError: p.lastError,
    lineItemUrl: p.lineItemUrl,
    deliveredAt: p.deliveredAt?.toISOString() ?? null,
  };
}

@ApiTags('lti')
@Controller('passbacks')
export class PassbacksController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly worker: PassbackWorker,
  ) {}

  @Get()
  @RequireScope('results:read')
  @ApiOperation({
    summary: 'Grades sent (or being sent) to LMS gradebooks; ?status=FAILED lists the dead letters',
  })
  @ApiOkResponse({ type: [PassbackResponseDto] })
  async list(
    @Query() q: PassbackQueryDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<Paginated<PassbackResponseDto>> {
    const [rows, total] = await this.dataSource.getRepository(LtiPassbackEntity).findAndCount({
      where: {
        tenantId: t.tenantId,
        ...(q.status ? { status: q.status } : {}),
        ...(q.attemptId ? { attemptId: q.attemptId } : {}),
      },
      order: { createdAt: 'DESC' },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    const extra = `${q.status ? `&status=${q.status}` : ''}${q.attemptId ? `&attemptId=${q.attemptId}` : ''}`;
    return toPage(rows.map(toPassbackResponse), total, q, extra);
  }

  @Post(':id/resend')
  @HttpCode(202)
  @RequireScope('deliver')
  @ApiOperation({ summary: 'Send a failed (dead-lettered) grade again, with a fresh set of tries' })
  @ApiOkResponse({ type: PassbackResponseDto })
  async resend(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<PassbackResponseDto> {
    const p = await this.worker.resend(t.tenantId, id);
    if (!p)
      throw new NotFoundException({ code: 'PASSBACK_NOT_FOUND', message: `No passback has the id ${id}` });
    return toPassbackResponse(p);
  }
}
