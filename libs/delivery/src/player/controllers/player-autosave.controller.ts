import { Body, Controller, Get, Param, Put, Res, UseFilters, UseGuards } from '@nestjs/common';
import { BoundedIntPipe } from '@markpoint/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '@markpoint/tenancy';
import { SaveResponseDto } from '../../dtos/save-response.dto';
import { DeliveryException, DeliveryExceptionCode } from '../../exceptions/delivery.exception';
import { AttemptRepository } from '../../repositories/attempt.repository';
import { SaveResponseUseCase } from '../../use-cases/save-response.use-case';
import { PlayerJsonExceptionFilter } from '../filters/player-json-exception.filter';
import { setPlayerHeaders } from '../player-http.helpers';
import {
  CurrentPlayerSession,
  PlayerSessionGuard,
  type PlayerSession,
} from '../session/player-session.guard';

/** The player script's JSON endpoints: autosave (the hot path: one HMAC, one guarded UPDATE) and status. */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('play/:token')
@UseGuards(PlayerSessionGuard)
@UseFilters(PlayerJsonExceptionFilter)
export class PlayerAutosaveController {
  constructor(
    private readonly saveResponse: SaveResponseUseCase,
    private readonly attempts: AttemptRepository,
  ) {}

  @Put('responses/:position')
  async save(
    @CurrentPlayerSession() s: PlayerSession,
    @Param('position', new BoundedIntPipe()) position: number,
    @Body() dto: SaveResponseDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ savedAt: string }> {
    setPlayerHeaders(res);
    const { savedAt } = await this.saveResponse.execute({
      tenantId: s.tenantId,
      attemptId: s.attemptId,
      position,
      response: dto.response,
    });
    return { savedAt: savedAt.toISOString() };
  }

  /** Polled by the timer after the deadline until the deadline job has submitted the attempt. */
  @Get('status')
  async status(
    @CurrentPlayerSession() s: PlayerSession,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: string; deadlineAt: string | null }> {
    setPlayerHeaders(res);
    const attempt = await this.attempts.findById(s.tenantId, s.attemptId);
    if (!attempt)
      throw new DeliveryException(
        `No attempt has the id ${s.attemptId}`,
        DeliveryExceptionCode.ATTEMPT_NOT_FOUND,
      );
    return { status: attempt.status, deadlineAt: attempt.deadlineAt?.toISOString() ?? null };
  }
}
