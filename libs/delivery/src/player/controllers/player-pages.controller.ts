import { Controller, Get, Post, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '@markpoint/tenancy';
import { StartAttemptUseCase } from '../../use-cases/start-attempt.use-case';
import { SubmitAttemptUseCase } from '../../use-cases/submit-attempt.use-case';
import { isAnswered } from '../domain/item-fields';
import { PlayerPageExceptionFilter } from '../filters/player-page-exception.filter';
import { pageContext, reply } from '../player-http.helpers';
import {
  CurrentPlayerSession,
  PlayerSessionGuard,
  type PlayerSession,
} from '../session/player-session.guard';
import { PlayerSessionService } from '../session/player-session.service';
import { GetPlayerReviewUseCase } from '../use-cases/get-player-review.use-case';
import { LoadPlayerAttemptUseCase } from '../use-cases/load-player-attempt.use-case';
import { confirmPage, introPage } from '../views/pages.view';
import { reviewPage } from '../views/review.view';

/**
 * The learner's pages around the questions: intro, confirm, submit, review. @Public because the
 * signed token in the path is the proof; every lookup takes the token's tenant.
 */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('play/:token')
@UseGuards(PlayerSessionGuard)
@UseFilters(PlayerPageExceptionFilter)
export class PlayerPagesController {
  constructor(
    private readonly sessions: PlayerSessionService,
    private readonly load: LoadPlayerAttemptUseCase,
    private readonly start: StartAttemptUseCase,
    private readonly submit: SubmitAttemptUseCase,
    private readonly review: GetPlayerReviewUseCase,
  ) {}

  @Get()
  async intro(@CurrentPlayerSession() s: PlayerSession, @Res() res: Response): Promise<void> {
    const attempt = await this.load.execute(s);
    reply(res, { html: introPage(pageContext(this.sessions, s), attempt, new Date()) });
  }

  /** Resumes the open attempt, or starts the learner's next one (with a link of its own). */
  @Post('start')
  async begin(@CurrentPlayerSession() s: PlayerSession, @Res() res: Response): Promise<void> {
    const current = await this.load.execute(s);
    const { attempt, items } = await this.start.execute({
      tenantId: s.tenantId,
      quizId: current.attempt.quizId,
      learnerRef: current.attempt.learnerRef,
    });
    const token = attempt.id === s.attemptId ? s.token : this.sessions.issue(attempt.id, s.tenantId).token;
    const firstOpen = items.find((i) => !isAnswered(i.response))?.position ?? 1;
    const target = current.quiz.settings.layout === 'ALL_ON_ONE_PAGE' ? 'items' : `items/${firstOpen}`;
    reply(res, { redirect: this.sessions.path(token, target) });
  }

  @Get('confirm')
  async confirm(@CurrentPlayerSession() s: PlayerSession, @Res() res: Response): Promise<void> {
    const attempt = await this.load.execute(s);
    if (attempt.attempt.status !== 'IN_PROGRESS')
      return reply(res, { redirect: this.sessions.path(s.token, 'review') });
    reply(res, { html: confirmPage(pageContext(this.sessions, s), attempt, new Date()) });
  }

  @Post('submit')
  async submitAttempt(@CurrentPlayerSession() s: PlayerSession, @Res() res: Response): Promise<void> {
    await this.submit.execute({ tenantId: s.tenantId, attemptId: s.attemptId, by: 'LEARNER' });
    reply(res, { redirect: this.sessions.path(s.token, 'review') });
  }

  @Get('review')
  async result(@CurrentPlayerSession() s: PlayerSession, @Res() res: Response): Promise<void> {
    const review = await this.review.execute(s);
    if (!review) return reply(res, { redirect: this.sessions.path(s.token) });
    reply(res, { html: reviewPage(pageContext(this.sessions, s), review) });
  }
}
