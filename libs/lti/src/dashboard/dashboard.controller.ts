import { Body, Controller, Get, Logger, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { html, QuizRepository } from '@markpoint/delivery';
import { Public } from '@markpoint/tenancy';
import { PassbackWorker } from '../ags/passback.worker';
import { PlatformCallError, PlatformServices, type Member } from '../ags/platform-services';
import { roleKind } from '../launch/lti-claims';
import { LtiUrls } from '../launch/lti-urls';
import { LtiResourceLinkEntity } from '../links/lti-resource-link.entity';
import { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import { LtiTokens, type LtiSession } from '../session/lti-tokens';
import { pageSession } from '../session/page-session';
import { refusalPage, sendPage } from '../views/lti-pages';

interface AttemptRow {
  learner_ref: string;
  attempts: number;
  open: boolean;
  best: string | null;
  latest_status: string;
}

interface PassbackRow {
  id: string;
  user_id: string;
  status: string;
  score_given: string;
  tries: number;
  last_error: string | null;
}

export interface RosterRow {
  userId: string;
  name?: string;
  role: 'LEARNER' | 'INSTRUCTOR';
  inRoster: boolean;
  attempts: number;
  state: string;
  best: number | null;
  passback?: { id: string; status: string; score: number; tries: number; lastError: string | null };
}

/**
 * The teacher's view of one placement: every course member from NRPS (including those who have
 * not started), their attempts, and whether each grade reached the gradebook; dead letters can be
 * re-sent from here.
 */
@ApiExcludeController()
@Controller('lti/dashboard')
@Public()
@SkipThrottle()
export class DashboardController {
  private readonly logger = new Logger('LtiDashboard');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: LtiTokens,
    private readonly services: PlatformServices,
    private readonly quizzes: QuizRepository,
    private readonly passbacks: PassbackWorker,
    private readonly urls: LtiUrls,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const ctx = await this.context(token, res);
    if (!ctx) return;
    const { session, link, platform } = ctx;
    const base = this.urls.path(`/lti/dashboard/${token}`);
    if (!link.quizId) {
      const quizzes = await this.quizzes.titles(session.tenantId);
      sendPage(res, {
        title: 'Choose a quiz',
        main: html`<h1>${link.title ?? 'This activity'} has no quiz yet</h1>
          <form method="post" action="${base}/quiz">
            <fieldset>
              <legend>Choose the quiz learners take here</legend>
              ${quizzes.map((q) => html`<label><input type="radio" name="quizId" value="${q.id}" required /> ${q.title}</label>`)}
            </fieldset>
            <button type="submit">Use this quiz</button>
          </form>`,
      });
      return;
    }
    const [quiz] = await this.dataSource.query<{ title: string }[]>(
      'SELECT title FROM quizzes WHERE id = $1',
      [link.quizId],
    );
    const { rows, rosterError } = await this.roster(platform, link);
    const failed = rows.filter((r) => r.passback?.status === 'FAILED');
    sendPage(res, {
      title: `${quiz?.title ?? 'Quiz'} – dashboard`,
      main: html`<h1>${quiz?.title ?? 'Quiz'}</h1>
        <p class="muted">
          ${link.title ?? ''} · ${rows.filter((r) => r.role === 'LEARNER').length} learners ·
          ${rows.filter((r) => r.attempts > 0).length} started
        </p>
        ${rosterError ? html`<p class="notice" role="status">The course roster could not be read from the platform (${rosterError}); showing who has launched the quiz.</p>` : ''}
        ${failed.length > 0 ? html`<p class="notice" role="alert">${failed.length} grade(s) could not be sent to the gradebook. Re-send them below.</p>` : ''}
        <table>
          <caption class="muted">
            Course members, their attempts and gradebook status
          </caption>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
              <th scope="col">Attempts</th>
              <th scope="col">Status</th>
              <th scope="col">Grade sent</th>
              <th scope="col">Gradebook</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr>
                  <td>
                    ${r.name ?? r.userId}${r.inRoster ? '' : html` <span class="muted">(not in roster)</span>`}
                  </td>
                  <td>${r.role === 'INSTRUCTOR' ? 'Teacher' : 'Learner'}</td>
                  <td>${r.attempts}</td>
                  <td>${r.state}</td>
                  <td>${r.passback ? `${r.passback.score}%` : '—'}</td>
                  <td>
                    ${
                      r.passback
                        ? r.passback.status === 'FAILED'
                          ? html`<span class="bad">Failed after ${r.passback.tries} tries</span>
                              <form method="post" action="${base}/passbacks/${r.passback.id}/resend">
                                <button type="submit">Re-send</button>
                              </form>`
                          : html`<span class="${r.passback.status === 'DELIVERED' ? 'ok' : 'muted'}"
                              >${passbackWords(r.passback.status)}</span
                            >`
                        : '—'
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>`,
    });
  }

  @Post(':token/quiz')
  async chooseQuiz(
    @Param('token') token: string,
    @Body() body: { quizId?: string },
    @Res() res: Response,
  ): Promise<void> {
    const ctx = await this.context(token, res);
    if (!ctx) return;
    const result = await this.dataSource.query<unknown[]>(
      `UPDATE lti_resource_links l SET quiz_id = q.id, updated_at = now()
         FROM quizzes q WHERE l.id = $1 AND q.id::text = $2 AND q.tenant_id = l.tenant_id RETURNING l.id`,
      [ctx.link.id, String(body.quizId ?? '')],
    );
    if (result.length === 0) {
      sendPage(res, refusalPage('Choose one of the quizzes listed.', 'QUIZ_NOT_FOUND', 400));
      return;
    }
    res.redirect(303, this.urls.path(`/lti/dashboard/${token}`));
  }

  @Post(':token/passbacks/:id/resend')
  async resend(
    @Param('token') token: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const ctx = await this.context(token, res);
    if (!ctx) return;
    const [own] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM lti_passbacks WHERE id = $1 AND link_id = $2',
      [id, ctx.link.id],
    );
    if (own) await this.passbacks.resend(ctx.session.tenantId, id);
    res.redirect(303, this.urls.path(`/lti/dashboard/${token}`));
  }

  /** NRPS members (when the platform offers it) joined with attempts and the newest passback. */
  async roster(
    platform: LtiPlatformEntity,
    link: LtiResourceLinkEntity,
  ): Promise<{ rows: RosterRow[]; rosterError?: string }> {
    let members: Member[] | undefined;
    let rosterError: string | undefined;
    if (link.membershipsUrl) {
      try {
        members = await this.services.members(platform, link.membershipsUrl);
      } catch (error) {
        if (!(error instanceof PlatformCallError)) throw error;
        rosterError = error.status ? `HTTP ${error.status}` : 'no answer';
        this.logger.warn(`NRPS for link ${link.id} failed: ${error.message}`);
      }
    }
    const launched = await this.dataSource.query<{ sub: string; role: 'LEARNER' | 'INSTRUCTOR' }[]>(
      'SELECT sub, role FROM lti_link_users WHERE link_id = $1',
      [link.id],
    );
    const attempts = await this.dataSource.query<AttemptRow[]>(
      `SELECT learner_ref, count(*)::int AS attempts, bool_or(status = 'IN_PROGRESS') AS open,
              max(percentage) AS best, (array_agg(status ORDER BY number DESC))[1] AS latest_status
         FROM attempts WHERE quiz_id = $1 AND learner_ref LIKE $2 GROUP BY learner_ref`,
      [link.quizId, `lti:${platform.id}:%`],
    );
    const passbacks = await this.dataSource.query<PassbackRow[]>(
      `SELECT DISTINCT ON (user_id) id, user_id, status, score_given, tries, last_error
         FROM lti_passbacks WHERE link_id = $1 AND tag IS NULL AND status <> 'SUPERSEDED'
        ORDER BY user_id, scored_at DESC, created_at DESC`,
      [link.id],
    );
    const bySub = new Map<string, RosterRow>();
    for (const m of members ?? []) {
      bySub.set(m.user_id, {
        userId: m.user_id,
        ...(m.name ? { name: m.name } : {}),
        role: roleKind(m.roles),
        inRoster: true,
        attempts: 0,
        state: 'Not started',
        best: null,
      });
    }
    for (const u of launched) {
      if (!bySub.has(u.sub))
        bySub.set(u.sub, {
          userId: u.sub,
          role: u.role,
          inRoster: members === undefined,
          attempts: 0,
          state: 'Not started',
          best: null,
        });
    }
    const prefix = `lti:${platform.id}:`;
    for (const a of attempts) {
      // Only people of this course (its roster, or who launched this link): the same quiz may be
      // placed in other courses of the same LMS.
      const row = bySub.get(a.learner_ref.slice(prefix.length));
      if (!row) continue;
      row.attempts = a.attempts;
      row.best = a.best === null ? null : Number(a.best);
      row.state = a.open ? 'In progress' : stateWords(a.latest_status);
    }
    for (const p of passbacks) {
      const row = bySub.get(p.user_id);
      if (row)
        row.passback = {
          id: p.id,
          status: p.status,
          score: Number(p.score_given),
          tries: p.tries,
          lastError: p.last_error,
        };
    }
    const rows = [...bySub.values()].sort(
      (a, b) => a.role.localeCompare(b.role) || (a.name ?? a.userId).localeCompare(b.name ?? b.userId),
    );
    return { rows, ...(rosterError ? { rosterError } : {}) };
  }

  private async context(
    token: string,
    res: Response,
  ): Promise<{ session: LtiSession; link: LtiResourceLinkEntity; platform: LtiPlatformEntity } | undefined> {
    const session = await pageSession(
      this.tokens,
      token,
      res,
      (s) => s.role === 'INSTRUCTOR',
      'Please open it again from your course.',
    );
    if (!session) return undefined;
    const link = session.linkId
      ? await this.dataSource
          .getRepository(LtiResourceLinkEntity)
          .findOneBy({ id: session.linkId, tenantId: session.tenantId })
      : null;
    const platform = link
      ? await this.dataSource.getRepository(LtiPlatformEntity).findOneBy({ id: link.platformId })
      : null;
    if (!link || !platform) {
      sendPage(res, refusalPage('This activity is no longer known to Markpoint.', 'LINK_NOT_FOUND', 404));
      return undefined;
    }
    return { session, link, platform };
  }
}

function stateWords(status: string): string {
  switch (status) {
    case 'GRADED':
      return 'Graded';
    case 'AWAITING_MANUAL':
      return 'Awaiting marking';
    case 'SUBMITTED':
      return 'Submitted';
    default:
      return status;
  }
}

function passbackWords(status: string): string {
  return status === 'DELIVERED' ? 'Sent' : status === 'PENDING' ? 'Sending…' : status;
}
