import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { BoundedIntPipe } from '@markpoint/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '@markpoint/tenancy';
import { DeliveryException, DeliveryExceptionCode } from '../../exceptions/delivery.exception';
import { decodeProblems, encodeProblems } from '../domain/field-problems';
import type { FormFields } from '../domain/item-fields';
import { PlayerPageExceptionFilter } from '../filters/player-page-exception.filter';
import { pageContext, reply, type PageOutcome } from '../player-http.helpers';
import {
  CurrentPlayerSession,
  PlayerSessionGuard,
  type PlayerSession,
} from '../session/player-session.guard';
import { PlayerSessionService } from '../session/player-session.service';
import { LoadPlayerAttemptUseCase, type PlayerAttempt } from '../use-cases/load-player-attempt.use-case';
import { SavePlayerAnswersUseCase } from '../use-cases/save-player-answers.use-case';
import { allItemsPage, itemPage } from '../views/items.view';

/** The question pages (one per page, or all on one) and their form POSTs, which save without script. */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('play/:token/items')
@UseGuards(PlayerSessionGuard)
@UseFilters(PlayerPageExceptionFilter)
export class PlayerItemsController {
  constructor(
    private readonly sessions: PlayerSessionService,
    private readonly load: LoadPlayerAttemptUseCase,
    private readonly save: SavePlayerAnswersUseCase,
  ) {}

  @Get()
  async all(
    @CurrentPlayerSession() s: PlayerSession,
    @Query('problems') problems: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const p = await this.load.execute(s);
    const now = new Date();
    reply(
      res,
      this.elsewhere(s, p, now, null) ?? {
        html: allItemsPage(pageContext(this.sessions, s), p, decodeProblems(problems), now),
      },
    );
  }

  @Get(':position')
  async one(
    @CurrentPlayerSession() s: PlayerSession,
    @Param('position', new BoundedIntPipe()) position: number,
    @Query('problems') problems: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const p = await this.load.execute(s);
    const now = new Date();
    const view = p.items.find((i) => i.position === position);
    if (!view)
      throw new DeliveryException(
        `The attempt has no item ${position}`,
        DeliveryExceptionCode.ITEM_NOT_FOUND,
      );
    reply(
      res,
      this.elsewhere(s, p, now, position) ?? {
        html: itemPage(pageContext(this.sessions, s), p, view, decodeProblems(problems), now),
      },
    );
  }

  @Post()
  async saveAll(@CurrentPlayerSession() s: PlayerSession, @Body() fields: FormFields, @Res() res: Response) {
    const p = await this.load.execute(s);
    const saved = await this.save.execute({ ...s, items: p.items, fields });
    if (saved.closed) return reply(res, { redirect: this.sessions.path(s.token, 'review') });
    const target = saved.problems.length ? `items?problems=${encodeProblems(saved.problems)}` : 'confirm';
    reply(res, { redirect: this.sessions.path(s.token, target) });
  }

  @Post(':position')
  async saveOne(
    @CurrentPlayerSession() s: PlayerSession,
    @Param('position', new BoundedIntPipe()) position: number,
    @Body() fields: FormFields,
    @Res() res: Response,
  ): Promise<void> {
    const p = await this.load.execute(s);
    const items = p.items.filter((i) => i.position === position);
    const saved = await this.save.execute({ ...s, items, fields });
    if (saved.closed) return reply(res, { redirect: this.sessions.path(s.token, 'review') });
    if (saved.problems.length) {
      const back = `items/${position}?problems=${encodeProblems(saved.problems)}`;
      return reply(res, { redirect: this.sessions.path(s.token, back) });
    }
    const go = typeof fields.go === 'string' ? fields.go : 'next';
    const next = go === 'prev' ? position - 1 : go === 'next' ? position + 1 : 0;
    const target = next >= 1 && next <= p.items.length ? `items/${next}` : 'confirm';
    reply(res, { redirect: this.sessions.path(s.token, target) });
  }

  /** Where the learner belongs when not on these pages: the review once closed, the other layout. */
  private elsewhere(
    s: PlayerSession,
    p: PlayerAttempt,
    now: Date,
    position: number | null,
  ): PageOutcome | null {
    const { status, deadlineAt } = p.attempt;
    if (status !== 'IN_PROGRESS' || (deadlineAt && deadlineAt <= now))
      return { redirect: this.sessions.path(s.token, 'review') };
    const onePage = p.quiz.settings.layout === 'ALL_ON_ONE_PAGE';
    if (onePage && position !== null)
      return { redirect: `${this.sessions.path(s.token, 'items')}#q-${position}` };
    if (!onePage && position === null) return { redirect: this.sessions.path(s.token, 'items/1') };
    return null;
  }
}
