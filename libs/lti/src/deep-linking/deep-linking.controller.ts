import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Logger, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  validate,
} from 'class-validator';
import { plainToInstance, Type } from 'class-transformer';
import type { Response } from 'express';
import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { DeliveryException, html, QuizRepository, SaveQuizUseCase } from '@markpoint/delivery';
import { Public } from '@markpoint/tenancy';
import { QUIZ_LINE_ITEM_TAG } from '../ags/line-item-resolver';
import { ToolKeysService } from '../keys/tool-keys.service';
import { CLAIM } from '../launch/lti-claims';
import { LtiUrls } from '../launch/lti-urls';
import { LtiPlatformEntity } from '../platforms/lti-platform.entity';
import { LtiTokens, type LtiSession } from '../session/lti-tokens';
import { pageSession } from '../session/page-session';
import { autoPostPage, refusalPage, sendPage } from '../views/lti-pages';

/** The picker's form: an existing quiz, or a new one from a bank. */
export class DeepLinkChoiceDto {
  @IsOptional()
  @IsUUID()
  quizId?: string;

  @IsOptional()
  @IsUUID()
  bankId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  itemCount?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(600)
  timeLimitMinutes?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  attemptsAllowed?: number;

  @IsOptional()
  @IsIn(['HIGHEST', 'LATEST', 'FIRST', 'AVERAGE'])
  gradingMethod?: 'HIGHEST' | 'LATEST' | 'FIRST' | 'AVERAGE';

  @IsOptional()
  @IsBoolean()
  markingPointLineItems?: boolean;
}

/**
 * Deep Linking 2.0: a teacher picks a quiz (or makes one from a bank) and the platform gets back
 * a signed LtiDeepLinkingResponse with one ltiResourceLink (and its lineItem when accepted).
 */
@ApiExcludeController()
@Controller('lti/deep-link')
@Public()
@SkipThrottle()
export class DeepLinkingController {
  private readonly logger = new Logger('LtiDeepLinking');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: LtiTokens,
    private readonly keys: ToolKeysService,
    private readonly saveQuiz: SaveQuizUseCase,
    private readonly quizzes: QuizRepository,
    private readonly urls: LtiUrls,
  ) {}

  @Get(':token')
  async picker(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const session = await this.session(token, res);
    if (!session) return;
    const quizzes = await this.quizzes.titles(session.tenantId);
    const banks = await this.dataSource.query<{ id: string; title: string }[]>(
      'SELECT id, title FROM question_banks WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT 200',
      [session.tenantId],
    );
    const action = this.urls.path(`/lti/deep-link/${token}`);
    sendPage(res, {
      title: 'Add a Markpoint quiz',
      main: html`<h1>Add a Markpoint quiz</h1>
        ${session.dl?.acceptTypes.includes('ltiResourceLink') ? '' : html`<p class="notice">Your platform did not ask for links to activities, so Markpoint cannot add one here.</p>`}
        <form method="post" action="${action}">
          <fieldset>
            <legend>Use a quiz you already have</legend>
            ${quizzes.length === 0 ? html`<p class="muted">No quizzes yet.</p>` : ''}
            ${quizzes.map((q) => html`<label><input type="radio" name="quizId" value="${q.id}" /> ${q.title}</label>`)}
          </fieldset>
          <fieldset>
            <legend>Or make a new quiz from a question bank</legend>
            <label for="bankId">Question bank</label>
            <select id="bankId" name="bankId">
              <option value="">—</option>
              ${banks.map((b) => html`<option value="${b.id}">${b.title}</option>`)}
            </select>
            <label for="title">Quiz title</label><input id="title" name="title" maxlength="200" />
            <label for="itemCount">Questions</label
            ><input id="itemCount" name="itemCount" type="number" min="1" max="200" value="10" />
            <label for="timeLimitMinutes">Time limit (minutes, empty for none)</label
            ><input id="timeLimitMinutes" name="timeLimitMinutes" type="number" min="1" max="600" />
            <label for="attemptsAllowed">Attempts allowed (empty for unlimited)</label
            ><input id="attemptsAllowed" name="attemptsAllowed" type="number" min="1" max="100" />
            <label for="gradingMethod">Grade to send</label>
            <select id="gradingMethod" name="gradingMethod">
              <option value="HIGHEST">Highest attempt</option>
              <option value="LATEST">Latest attempt</option>
              <option value="FIRST">First attempt</option>
              <option value="AVERAGE">Average of attempts</option>
            </select>
            <label
              ><input type="checkbox" name="markingPointLineItems" value="true" /> Also a gradebook column per
              marking point</label
            >
          </fieldset>
          <button type="submit">Add to the course</button>
        </form>`,
    });
  }

  @Post(':token')
  async choose(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const session = await this.session(token, res);
    if (!session?.dl) return;
    const dl = session.dl;
    // Empty form fields mean "not given".
    const plain: Record<string, unknown> = Object.fromEntries(
      Object.entries(body).filter(([, v]) => v !== ''),
    );
    plain.markingPointLineItems =
      body.markingPointLineItems === 'true' || body.markingPointLineItems === 'on';
    const choice = plainToInstance(DeepLinkChoiceDto, plain);
    const problems = await validate(choice);
    if (problems.length > 0) {
      const fields = problems.map((p) => p.property).join(', ');
      sendPage(res, refusalPage(`Please check: ${fields}.`, 'INVALID_CHOICE', 400));
      return;
    }
    if (!dl.acceptTypes.includes('ltiResourceLink')) {
      sendPage(
        res,
        refusalPage('Your platform does not accept links to activities here.', 'TYPE_NOT_ACCEPTED', 400),
      );
      return;
    }

    let quiz: { id: string; title: string } | null = null;
    try {
      if (choice.quizId) {
        quiz = await this.quizzes.findById(session.tenantId, choice.quizId);
      } else if (choice.bankId) {
        const created = await this.saveQuiz.create({
          tenantId: session.tenantId,
          bankId: choice.bankId,
          title: choice.title?.trim() || 'Markpoint quiz',
          blueprint: { total: choice.itemCount ?? 10 },
          settings: {
            timeLimitMinutes: choice.timeLimitMinutes ?? null,
            attemptsAllowed: choice.attemptsAllowed ?? null,
            gradingMethod: choice.gradingMethod ?? 'HIGHEST',
          },
        });
        quiz = { id: created.id, title: created.title };
      }
    } catch (error) {
      if (!(error instanceof DeliveryException)) throw error;
      sendPage(res, refusalPage(error.message, error.code, 400));
      return;
    }
    if (!quiz) {
      sendPage(res, refusalPage('Choose a quiz, or a question bank to make one from.', 'NO_CHOICE', 400));
      return;
    }

    const platform = await this.dataSource
      .getRepository(LtiPlatformEntity)
      .findOneBy({ id: session.platformId, tenantId: session.tenantId });
    if (!platform) {
      sendPage(res, refusalPage('This platform registration no longer exists.', 'UNKNOWN_PLATFORM', 404));
      return;
    }
    const item: Record<string, unknown> = {
      type: 'ltiResourceLink',
      title: quiz.title,
      url: this.urls.launch,
      custom: {
        quiz_id: quiz.id,
        ...(choice.markingPointLineItems ? { marking_point_line_items: 'true' } : {}),
      },
    };
    if (dl.acceptLineItem)
      item.lineItem = { scoreMaximum: 100, label: quiz.title, resourceId: quiz.id, tag: QUIZ_LINE_ITEM_TAG };

    const { kid, key } = await this.keys.signingKey();
    const jwt = await new SignJWT({
      nonce: randomUUID(),
      [CLAIM.messageType]: 'LtiDeepLinkingResponse',
      [CLAIM.version]: '1.3.0',
      [CLAIM.deploymentId]: dl.deploymentId,
      [CLAIM.deepLinkingContentItems]: [item],
      ...(dl.data !== undefined ? { [CLAIM.deepLinkingData]: dl.data } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setAudience(platform.issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
    this.logger.log(`Deep link returned: quiz ${quiz.id} to platform ${platform.id}`);
    sendPage(res, autoPostPage('Adding the quiz to your course', dl.returnUrl, { JWT: jwt }));
  }

  private session(token: string, res: Response): Promise<LtiSession | undefined> {
    return pageSession(
      this.tokens,
      token,
      res,
      (s) => s.role === 'INSTRUCTOR' && Boolean(s.dl),
      'Please start again from your course.',
    );
  }
}
