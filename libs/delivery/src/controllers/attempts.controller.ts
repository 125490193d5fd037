import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BoundedIntPipe, ErrorResponseDto } from '@markpoint/common';
import {
  CurrentTenant,
  RequireScope,
  type AuthenticatedRequest,
  type TenantContext,
} from '@markpoint/tenancy';
import {
  AttemptResponseDto,
  AttemptSummaryDto,
  MarkItemDto,
  StartAttemptDto,
  toAttemptResponse,
  toAttemptSummary,
} from '../dtos/attempt.dto';
import { SaveResponseDto } from '../dtos/save-response.dto';
import { DeliveryException, DeliveryExceptionCode } from '../exceptions/delivery.exception';
import { DeliveryRestApiExceptionFilter } from '../filters/delivery-rest-api-exception.filter';
import { PlayerLinkDto } from '../player/dtos/player-link.dto';
import { PlayerSessionService } from '../player/session/player-session.service';
import { AttemptRepository } from '../repositories/attempt.repository';
import { GetAttemptResultUseCase, type AttemptReview } from '../use-cases/get-attempt-result.use-case';
import { MarkItemUseCase } from '../use-cases/mark-item.use-case';
import { SaveResponseUseCase } from '../use-cases/save-response.use-case';
import { StartAttemptUseCase } from '../use-cases/start-attempt.use-case';
import { SubmitAttemptUseCase } from '../use-cases/submit-attempt.use-case';

@ApiTags('attempts')
@Controller()
@UseFilters(DeliveryRestApiExceptionFilter)
export class AttemptsController {
  constructor(
    private readonly start: StartAttemptUseCase,
    private readonly saveResponse: SaveResponseUseCase,
    private readonly submit: SubmitAttemptUseCase,
    private readonly result: GetAttemptResultUseCase,
    private readonly mark: MarkItemUseCase,
    private readonly attempts: AttemptRepository,
    private readonly sessions: PlayerSessionService,
  ) {}

  @Post('quizzes/:id/attempts')
  @RequireScope('deliver')
  @ApiOperation({ summary: "Start a learner's attempt, or resume the open one (200)" })
  @ApiCreatedResponse({ type: AttemptResponseDto })
  @ApiResponse({
    status: 409,
    type: ErrorResponseDto,
    description: 'No attempts left, or the quiz is not open',
  })
  async startAttempt(
    @Param('id', new ParseUUIDPipe()) quizId: string,
    @Body() dto: StartAttemptDto,
    @CurrentTenant() t: TenantContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AttemptResponseDto> {
    const started = await this.start.execute({ tenantId: t.tenantId, quizId, learnerRef: dto.learner });
    res.status(started.resumed ? HttpStatus.OK : HttpStatus.CREATED);
    return toAttemptResponse(started.attempt, started.items);
  }

  @Get('attempts/:id')
  @RequireScope('deliver')
  @ApiOperation({ summary: 'The attempt as the learner sees it: items and saved responses, no keys' })
  @ApiOkResponse({ type: AttemptResponseDto })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<AttemptResponseDto> {
    const attempt = await this.attempts.findById(t.tenantId, id);
    if (!attempt)
      throw new DeliveryException(`No attempt has the id ${id}`, DeliveryExceptionCode.ATTEMPT_NOT_FOUND);
    return toAttemptResponse(attempt, await this.attempts.items(id));
  }

  @Post('attempts/:id/player-link')
  @RequireScope('deliver')
  @ApiOperation({
    summary: 'A signed link to the learner player for this attempt (no cookies; LMS-iframe safe)',
  })
  @ApiCreatedResponse({ type: PlayerLinkDto })
  async playerLink(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<PlayerLinkDto> {
    if (!(await this.attempts.findById(t.tenantId, id)))
      throw new DeliveryException(`No attempt has the id ${id}`, DeliveryExceptionCode.ATTEMPT_NOT_FOUND);
    const { url, expiresAt } = this.sessions.issue(id, t.tenantId);
    return { url, expiresAt: expiresAt.toISOString() };
  }

  @Put('attempts/:id/responses/:position')
  @RequireScope('deliver')
  @ApiOperation({ summary: "Save (autosave) one item's response; idempotent" })
  @ApiResponse({ status: 400, type: ErrorResponseDto, description: 'Malformed, or another item type' })
  @ApiResponse({ status: 409, type: ErrorResponseDto, description: 'Submitted, or past the deadline' })
  async save(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('position', new BoundedIntPipe()) position: number,
    @Body() dto: SaveResponseDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<{ savedAt: string }> {
    const { savedAt } = await this.saveResponse.execute({
      tenantId: t.tenantId,
      attemptId: id,
      position,
      response: dto.response,
    });
    return { savedAt: savedAt.toISOString() };
  }

  @Post('attempts/:id/submit')
  @RequireScope('deliver')
  @ApiOperation({ summary: 'Submit and grade; idempotent' })
  @ApiOkResponse({ type: AttemptSummaryDto })
  async submitAttempt(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<AttemptSummaryDto> {
    return toAttemptSummary(
      await this.submit.execute({ tenantId: t.tenantId, attemptId: id, by: 'CLIENT' }),
      false,
    );
  }

  @Get('attempts/:id/result')
  @RequireScope('deliver', 'results:read')
  @ApiOperation({
    summary: 'The result with its marking-point breakdown (for deliver keys, as the review policy allows)',
  })
  async getResult(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
    @Req() req: AuthenticatedRequest,
  ) {
    const full = req.apiKey?.scopes.includes('results:read') ?? false;
    const review: AttemptReview = await this.result.execute({ tenantId: t.tenantId, attemptId: id, full });
    const summary = toAttemptSummary(review.attempt, review.visible.score);
    return {
      ...summary,
      ...(review.visible.breakdown ? {} : { breakdown: undefined }),
      visible: review.visible,
      items: review.items,
    };
  }

  @Post('attempts/:id/items/:position/mark')
  @RequireScope('author')
  @ApiOperation({
    summary: 'Mark an extended response against its rubric; the attempt is graded with the last one',
  })
  @ApiOkResponse({ type: AttemptSummaryDto })
  async markItem(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('position', new BoundedIntPipe()) position: number,
    @Body() dto: MarkItemDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<AttemptSummaryDto> {
    return toAttemptSummary(
      await this.mark.execute({ tenantId: t.tenantId, attemptId: id, position, awards: dto.awards }),
    );
  }

  @Get('quizzes/:id/marking-queue')
  @RequireScope('author')
  @ApiOperation({ summary: 'Attempts awaiting a marker, with the items to mark and their rubric' })
  async queue(@Param('id', new ParseUUIDPipe()) quizId: string, @CurrentTenant() t: TenantContext) {
    const waiting = await this.attempts.awaitingManual(t.tenantId, quizId);
    const items = await this.attempts.itemsOf(waiting.map((a) => a.id));
    return waiting.map((a) => ({
      ...toAttemptSummary(a, false),
      toMark: items
        .filter((i) => i.attemptId === a.id && i.grade?.status === 'PENDING_MANUAL')
        .map((i) => ({
          position: i.position,
          content: i.content,
          response: i.response,
          maxScore: i.maxScore,
        })),
    }));
  }
}
