import { Controller, Get, Header, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { html } from '@markpoint/delivery';
import { Public } from '@markpoint/tenancy';
import { CLAIM } from '../launch/lti-claims';
import { LtiUrls } from '../launch/lti-urls';
import { PlatformDirectory } from '../platforms/platform-directory';
import { LtiTokens } from '../session/lti-tokens';
import { refusalPage, sendPage } from '../views/lti-pages';
import { canvasConfiguration, registrationRequest } from './tool-configuration';

const TIMEOUT_MS = 10_000;

export class RegistrationError extends Error {}

interface OpenIdConfiguration {
  issuer?: string;
  authorization_endpoint?: string;
  token_endpoint?: string;
  jwks_uri?: string;
  registration_endpoint?: string;
  [key: string]: unknown;
}

/**
 * LTI Dynamic Registration: the LMS admin pastes the tenant's registration URL; the LMS opens it
 * with `openid_configuration` and `registration_token`; Markpoint checks the configuration's
 * issuer, registers itself, stores the client id and deployment id, and asks the LMS to close.
 */
@ApiTags('lti')
@Controller('lti')
@Public()
@SkipThrottle()
export class DynamicRegistrationController {
  private readonly logger = new Logger('LtiRegistration');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: LtiTokens,
    private readonly directory: PlatformDirectory,
    private readonly urls: LtiUrls,
  ) {}

  @Get('canvas.json')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: "Canvas developer-key JSON configuration (paste this URL into Canvas's LTI key form)",
  })
  canvas(): Record<string, unknown> {
    return canvasConfiguration(this.urls);
  }

  @Get('register/:token')
  @ApiExcludeEndpoint()
  async register(
    @Param('token') token: string,
    @Query('openid_configuration') openIdUrl: string | undefined,
    @Query('registration_token') registrationToken: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    let tenantId: string;
    try {
      tenantId = await this.tokens.verifyRegistration(token);
    } catch {
      sendPage(
        res,
        refusalPage(
          'This registration link is invalid or has expired. Ask Markpoint for a new one.',
          'BAD_REGISTRATION_LINK',
          401,
        ),
      );
      return;
    }
    try {
      if (!openIdUrl) throw new RegistrationError('The LMS did not send openid_configuration.');
      // Some platforms (Canvas) also want the registration token on this request.
      const config = await this.fetchJson<OpenIdConfiguration>(openIdUrl, {
        method: 'GET',
        headers: registrationToken ? { authorization: `Bearer ${registrationToken}` } : {},
      });
      checkIssuer(config, openIdUrl);
      const {
        registration_endpoint: endpoint,
        authorization_endpoint: auth,
        token_endpoint: tokenUrl,
        jwks_uri: jwks,
      } = config;
      if (!endpoint || !auth || !tokenUrl || !jwks)
        throw new RegistrationError(
          'The LMS configuration lacks a registration, authorization, token or JWKS endpoint.',
        );
      const registered = await this.fetchJson<Record<string, unknown>>(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(registrationToken ? { authorization: `Bearer ${registrationToken}` } : {}),
        },
        body: JSON.stringify(registrationRequest(this.urls)),
      });
      const clientId = registered.client_id;
      if (typeof clientId !== 'string' || clientId === '')
        throw new RegistrationError('The LMS answered the registration without a client_id.');
      const toolConfig = registered[CLAIM.toolConfiguration] as { deployment_id?: unknown } | undefined;
      const deploymentId =
        typeof toolConfig?.deployment_id === 'string' ? toolConfig.deployment_id : undefined;
      const product = (config[CLAIM.platformConfiguration] as { product_family_code?: unknown } | undefined)
        ?.product_family_code;
      const issuer = config.issuer as string;
      await this.dataSource.query(
        `INSERT INTO lti_platforms (tenant_id, name, issuer, client_id, auth_login_url, auth_token_url, jwks_url, deployment_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (issuer, client_id) DO UPDATE SET
           auth_login_url = EXCLUDED.auth_login_url, auth_token_url = EXCLUDED.auth_token_url,
           jwks_url = EXCLUDED.jwks_url, updated_at = now(),
           deployment_ids = (SELECT array_agg(DISTINCT d) FROM unnest(lti_platforms.deployment_ids || EXCLUDED.deployment_ids) d)
         WHERE lti_platforms.tenant_id = EXCLUDED.tenant_id`,
        [
          tenantId,
          `${typeof product === 'string' ? product : 'LMS'} at ${new URL(issuer).host}`,
          issuer,
          clientId,
          auth,
          tokenUrl,
          jwks,
          deploymentId ? [deploymentId] : [],
        ],
      );
      this.directory.invalidate();
      this.logger.log(
        `Registered ${issuer} client ${clientId} deployment ${deploymentId ?? '-'} for tenant ${tenantId}`,
      );
      sendPage(res, {
        title: 'Markpoint is registered',
        main: html`<h1>Markpoint is registered</h1>
          <p>
            Client id
            <code>${clientId}</code>${deploymentId ? html`, deployment <code>${deploymentId}</code>` : ''}.
            Your LMS may ask an administrator to activate the tool.
          </p>
          <p>You can close this window.</p>`,
        script: `(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');`,
      });
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      this.logger.warn(`Dynamic registration refused: ${error.message}`);
      sendPage(res, refusalPage(error.message, 'REGISTRATION_FAILED', 400));
    }
  }

  private async fetchJson<T>(url: string, init: RequestInit): Promise<T> {
    let res: globalThis.Response;
    try {
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
    } catch (error) {
      throw new RegistrationError(
        `${new URL(url).host} did not answer (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    if (!res.ok) {
      const body = (await res.text().catch(() => '')).slice(0, 300);
      throw new RegistrationError(`${url} answered ${res.status}${body ? `: ${body}` : ''}.`);
    }
    try {
      return (await res.json()) as T;
    } catch {
      throw new RegistrationError(`${url} did not answer JSON.`);
    }
  }
}

/** The configuration must come from its own issuer: the openid_configuration URL starts with it. */
export function checkIssuer(config: OpenIdConfiguration, openIdUrl: string): void {
  if (typeof config.issuer !== 'string' || config.issuer === '')
    throw new RegistrationError('The LMS configuration has no issuer.');
  const issuer = config.issuer.replace(/\/$/, '');
  let sameOrigin = false;
  try {
    sameOrigin = new URL(issuer).origin === new URL(openIdUrl).origin;
  } catch {
    sameOrigin = false;
  }
  if (!sameOrigin || !openIdUrl.startsWith(issuer))
    throw new RegistrationError(
      `The configuration's issuer ${config.issuer} does not match where it was fetched from (${openIdUrl}).`,
    );
}
