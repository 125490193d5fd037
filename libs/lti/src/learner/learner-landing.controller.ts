import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { allowedAttempts, html, PlayerSessionService, type QuizSettings } from '@markpoint/delivery';
import { Public } from '@markpoint/tenancy';
import { LaunchNotReady, LaunchService } from '../launch/launch.service';
import { LtiUrls } from '../launch/lti-urls';
import { LtiTokens, type LtiSession } from '../session/lti-tokens';
import { pageSession } from '../session/page-session';
import { refusalPage, sendPage } from '../views/lti-pages';

interface AttemptRow {
  id: string;
  number: number;
  status: string;
  submitted_at: Date | null;
}

const STATUS_WORDS: Record<string, string> = {
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  AWAITING_MANUAL: 'Submitted, awaiting marking',
  GRADED: 'Marked',
};

/**
 * Where a learner lands when they come back after an attempt: their attempts (each opens its
 * review, as the quiz's review policy allows) and a button for the next one when any is left.
 * A launch alone never starts a second attempt.
 */
@ApiExcludeController()
@Controller('lti/learner')
@Public()
@SkipThrottle()
export class LearnerLandingController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: LtiTokens,
    private readonly launches: LaunchService,
    private readonly players: PlayerSessionService,
    private readonly urls: LtiUrls,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const session = await this.session(token, res);
    if (!session?.learner) return;
    const { quizId, learnerRef } = session.learner;
    const [quiz] = await this.dataSource.query<{ title: string; settings: QuizSettings }[]>(
      'SELECT title, settings FROM quizzes WHERE id = $1 AND tenant_id = $2',
      [quizId, session.tenantId],
    );
    if (!quiz) {
      sendPage(res, refusalPage('This quiz no longer exists.', 'QUIZ_NOT_FOUND', 404));
      return;
    }
    const attempts = await this.dataSource.query<AttemptRow[]>(
      `SELECT id, number, status, submitted_at FROM attempts
        WHERE tenant_id = $1 AND quiz_id = $2 AND learner_ref = $3 ORDER BY number`,
      [session.tenantId, quizId, learnerRef],
    );
    const [accommodation] = await this.dataSource.query<{ extra_attempts: number }[]>(
      'SELECT extra_attempts FROM accommodations WHERE quiz_id = $1 AND learner_ref = $2',
      [quizId, learnerRef],
    );
    const allowed = allowedAttempts(quiz.settings, accommodation?.extra_attempts);
    const open = attempts.find((a) => a.status === 'IN_PROGRESS');
    const closed = quiz.settings.closesAt !== null && new Date(quiz.settings.closesAt) <= new Date();
    const canStart = !open && !closed && (allowed === null || attempts.length < allowed);
    const base = this.urls.path(`/lti/learner/${token}`);
    sendPage(res, {
      title: quiz.title,
      main: html`<h1>${quiz.title}</h1>
        <p>
          ${allowed === null ? `You have made ${attempts.length} attempt(s).` : `You have used ${attempts.length} of ${allowed} attempt(s).`}
        </p>
        <table>
          <caption class="muted">
            Your attempts
          </caption>
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              <th scope="col">Status</th>
              <th scope="col">Submitted</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            ${attempts.map(
              (a) =>
                html`<tr>
                  <td>${a.number}</td>
                  <td>${STATUS_WORDS[a.status] ?? a.status}</td>
                  <td>
                    ${a.submitted_at ? new Date(a.submitted_at).toISOString().slice(0, 16).replace('T', ' ') : '—'}
                  </td>
                  <td>
                    <a href="${this.players.path(this.players.issue(a.id, session.tenantId).token)}"
                      >${a.status === 'IN_PROGRESS' ? 'Continue' : 'Open'} attempt ${a.number}</a
                    >
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
        ${
          canStart
            ? html`<form method="post" action="${base}/start">
                <button type="submit">Start attempt ${attempts.length + 1}</button>
              </form>`
            : html`<p class="muted">
                ${open ? 'Continue your attempt above.' : closed ? 'This quiz has closed.' : 'You have no attempts left.'}
              </p>`
        }`,
    });
  }

  @Post(':token/start')
  async start(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const session = await this.session(token, res);
    if (!session?.learner) return;
    try {
      const url = await this.launches.learnerUrl(
        session.tenantId,
        session.learner.quizId,
        session.learner.learnerRef,
      );
      res.redirect(303, url);
    } catch (error) {
      if (!(error instanceof LaunchNotReady)) throw error;
      sendPage(res, refusalPage(error.message, 'NOT_READY', 409));
    }
  }

  private session(token: string, res: Response): Promise<LtiSession | undefined> {
    return pageSession(
      this.tokens,
      token,
      res,
      (s) => s.role === 'LEARNER' && Boolean(s.learner),
      'Please open the activity again from your course.',
    );
  }
}
