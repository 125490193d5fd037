import { randomBytes } from 'node:crypto';
import { All, Controller, Logger, Optional, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DatabaseAvailability, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@markpoint/persistence';
import { Public } from '@markpoint/tenancy';
import { LtijsLaunch, type LtijsAccepted } from '../ltijs/ltijs-launch';
import { PlatformDirectory } from '../platforms/platform-directory';
import { LtiTokens } from '../session/lti-tokens';
import { refusalPage, sendPage, storageGetPage, storagePutPage } from '../views/lti-pages';
import { LaunchNotReady, LaunchService } from './launch.service';
import { LaunchValidator } from './launch-validator';
import { LaunchRefusal, LtiLaunchError } from './lti-launch.error';
import { LtiUrls } from './lti-urls';

type Params = Record<string, unknown>;

function text(params: Params, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * OIDC third-party login and the launch (LTI 1.3 Core / Security Framework). Refusals render a
 * page in words and log their reason code; nothing about a refused launch is stored.
 */
@ApiExcludeController()
@Controller('lti')
@Public()
@SkipThrottle()
export class LtiLaunchController {
  private readonly logger = new Logger('LtiLaunch');

  constructor(
    private readonly directory: PlatformDirectory,
    private readonly tokens: LtiTokens,
    private readonly validator: LaunchValidator,
    private readonly ltijs: LtijsLaunch,
    private readonly launches: LaunchService,
    private readonly urls: LtiUrls,
    @Optional() private readonly database?: DatabaseAvailability,
  ) {}

  /** Login initiation: GET or POST (Moodle auto-POSTs), answered with the redirect to the platform. */
  @All('login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    const params: Params = { ...(req.query as Params), ...((req.body as Params | undefined) ?? {}) };
    try {
      const iss = text(params, 'iss');
      const loginHint = text(params, 'login_hint');
      const target = text(params, 'target_link_uri');
      if (!iss || !loginHint || !target)
        throw new LtiLaunchError(
          LaunchRefusal.MISSING_LOGIN_PARAMETER,
          'iss, login_hint and target_link_uri',
        );
      const clientId = text(params, 'client_id');
      const platform = await this.directory.find(iss, clientId);
      if (!platform)
        throw new LtiLaunchError(LaunchRefusal.UNKNOWN_PLATFORM, `${iss} / ${clientId ?? '-'}`, 404);
      const deploymentId = text(params, 'lti_deployment_id');
      if (deploymentId && !platform.deploymentIds.includes(deploymentId))
        throw new LtiLaunchError(LaunchRefusal.UNKNOWN_DEPLOYMENT, `deployment ${deploymentId}`, 403);

      const nonce = randomBytes(24).toString('base64url');
      const storageTarget = text(params, 'lti_storage_target');
      const binding = LtiTokens.newBinding();
      const state = await this.tokens.signState({
        p: platform.id,
        n: nonce,
        b: binding.hash,
        ...(storageTarget ? { st: storageTarget } : {}),
      });
      // Inside an LMS iframe a cookie only comes back cross-site with SameSite=None; Secure (https).
      res.cookie(LtiTokens.bindingName(nonce), binding.secret, {
        httpOnly: true,
        secure: this.urls.https,
        sameSite: this.urls.https ? 'none' : 'lax',
        maxAge: 10 * 60 * 1000,
        path: this.urls.path('/lti'),
      });
      const auth = new URL(platform.authLoginUrl);
      const query: Record<string, string> = {
        scope: 'openid',
        response_type: 'id_token',
        response_mode: 'form_post',
        prompt: 'none',
        client_id: platform.clientId,
        redirect_uri: this.urls.launch,
        login_hint: loginHint,
        state,
        nonce,
      };
      const messageHint = text(params, 'lti_message_hint');
      if (messageHint) query.lti_message_hint = messageHint;
      for (const [k, v] of Object.entries(query)) auth.searchParams.set(k, v);

      if (storageTarget) {
        sendPage(
          res,
          storagePutPage({
            target: storageTarget,
            origin: auth.origin,
            key: LtiTokens.bindingName(nonce),
            value: binding.secret,
            next: auth.toString(),
          }),
        );
        return;
      }
      res.redirect(302, auth.toString());
    } catch (error) {
      this.refuse(res, error, 'login', params);
    }
  }

  /** The OIDC redirect URI: the platform form-posts the id_token and our state here. */
  @Post('launch')
  async launch(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = (req.body as Params | undefined) ?? {};
    try {
      const state = text(body, 'state');
      const idToken = text(body, 'id_token');
      const login = await this.validator.state(state);
      const cookieName = LtiTokens.bindingName(login.n);
      const binding = readCookie(req, cookieName) ?? text(body, 'lti_storage_value');
      if (!binding && login.st && body.lti_storage_value === undefined) {
        // No cookie came back (blocked in the iframe): fetch the binding from platform storage.
        const platform = await this.launches.platformOrigin(login.p, idToken);
        sendPage(
          res,
          storageGetPage({
            target: login.st,
            origin: platform,
            key: cookieName,
            action: this.urls.launch,
            fields: { id_token: idToken ?? '', state: state ?? '' },
          }),
        );
        return;
      }
      const pre = await this.validator.preflight({ idToken, state, binding });
      let accepted: LtijsAccepted;
      try {
        accepted = await this.ltijs.validate(req, res, state ?? '', this.validator.scope(pre));
      } catch (error) {
        throw this.validator.refine(error, pre);
      }
      const launch = this.validator.complete(pre, accepted);
      res.clearCookie(cookieName, { path: this.urls.path('/lti') });
      const next = await this.launches.handle(launch);
      this.logger.log(
        `Launch accepted: ${launch.messageType} platform=${launch.platform.id} deployment=${launch.deploymentId} role=${next.role}`,
      );
      res.redirect(303, next.url);
    } catch (error) {
      this.refuse(res, error, 'launch', body);
    }
  }

  private refuse(res: Response, error: unknown, step: string, params: Params): void {
    if (error instanceof LtiLaunchError) {
      this.logger.warn(
        `LTI ${step} refused: ${error.message} (iss=${typeof params.iss === 'string' ? params.iss : '-'})`,
      );
      sendPage(res, refusalPage(error.userMessage, error.refusal, error.status));
      return;
    }
    if (error instanceof LaunchNotReady) {
      sendPage(res, refusalPage(error.message, 'NOT_READY', 409));
      return;
    }
    if (isDatabaseUnavailable(error)) {
      // Logged once per outage by the tracker, not as a stack per launch.
      this.database?.reportUnavailable(error);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      sendPage(
        res,
        refusalPage(
          'The quiz is briefly unavailable. Try again in a few seconds.',
          'SERVICE_UNAVAILABLE',
          503,
        ),
      );
      return;
    }
    const errorId = randomBytes(6).toString('hex');
    this.logger.error(
      `LTI ${step} failed [${errorId}]: ${error instanceof Error ? error.stack : String(error)}`,
    );
    sendPage(res, refusalPage(`Something went wrong on our side (error ${errorId}).`, 'INTERNAL_ERROR', 500));
  }
}
