import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { TestLtiPlatform, type LaunchOptions, type SignOptions } from '@markpoint/testing';
import type { TestCaller } from './api-keys';
import type { TestApp } from './test-app';

export type LaunchDefaults = Omit<LaunchOptions, 'nonce' | 'targetLinkUri'>;

export const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
export const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', '..', 'samples', 'specs', '003_e400544d1f727506.txt'),
  'utf8',
);

/** Listens on loopback so the test platform can fetch the tool's JWKS; returns the base URL. */
export async function listen(ctx: TestApp): Promise<string> {
  await ctx.app.listen(0, '127.0.0.1');
  const { port } = ctx.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Registers the platform with the tenant of `admin` through the REST API. */
export async function registerPlatform(
  ctx: TestApp,
  admin: TestCaller,
  platform: TestLtiPlatform,
): Promise<string> {
  const res = await request(ctx.app.getHttpServer())
    .post('/api/v1/platforms')
    .set(admin.auth)
    .send(platform.registrationBody())
    .expect(201);
  return (res.body as { id: string }).id;
}

/** A bank from the sample specification and a quiz over it; returns the quiz id. */
export async function sampleQuiz(
  ctx: TestApp,
  author: TestCaller,
  body: Record<string, unknown> = {},
): Promise<{ quizId: string; bankId: string }> {
  const http = () => request(ctx.app.getHttpServer());
  const spec = (await http().post('/api/v1/specs').set(author.auth).send({ text: SAMPLE }).expect(201))
    .body as { id: string };
  const bank = (
    // autoApproveAbove 0: every item the checker passes is approved, so a quiz can draw it.
    await http()
      .post(`/api/v1/specs/${spec.id}/banks`)
      .set(author.auth)
      .send({ seed: 'lti', autoApproveAbove: 0 })
      .expect(201)
  ).body as { id: string };
  const quiz = (
    await http()
      .post('/api/v1/quizzes')
      .set(author.auth)
      .send({ bankId: bank.id, title: 'Unit 3 check', blueprint: { total: 4 }, ...body })
      .expect(201)
  ).body as { id: string };
  return { quizId: quiz.id, bankId: bank.id };
}

export interface LaunchRun {
  login: Response;
  launch: Response;
  idToken: string;
  state: string;
  cookie?: string;
}

/** Reads the JSON a page's script was given (`var d = {...};`). */
export function pageData(html: string): Record<string, string> {
  const match = /var d = (\{.*?\});/s.exec(html);
  if (!match) throw new Error(`No page data in: ${html.slice(0, 300)}`);
  return JSON.parse(match[1]) as Record<string, string>;
}

/**
 * A whole launch as a browser does it: login initiation → the platform's auth endpoint (the test
 * platform signs the id_token) → the form post to /lti/launch with the state cookie.
 */
export async function launch(
  ctx: TestApp,
  platform: TestLtiPlatform,
  o: {
    launch?: LaunchDefaults;
    sign?: SignOptions;
    loginHint?: string;
    sendCookie?: boolean;
    targetLinkUri?: string;
  } = {},
): Promise<LaunchRun> {
  const http = () => request(ctx.app.getHttpServer());
  const params = platform.loginInitiationParams({
    targetLinkUri: o.targetLinkUri ?? 'http://localhost/lti/launch',
    loginHint: o.loginHint ?? o.launch?.sub ?? 'learner-1',
  });
  const login = await http().post('/lti/login').type('form').send(params);
  let authUrl: string;
  if (login.status === 302) authUrl = login.headers.location;
  else if (login.status === 200 && params.lti_storage_target) authUrl = pageData(login.text).next;
  else throw new Error(`Login answered ${login.status}: ${login.text.slice(0, 500)}`);
  const cookie = (login.headers['set-cookie'] as unknown as string[] | undefined)?.[0]?.split(';')[0];
  const { idToken, state } = await platform.authorize(authUrl, {
    ...o.launch,
    ...(o.sign ? { sign: o.sign } : {}),
  });
  let req = http().post('/lti/launch').type('form');
  if (cookie && o.sendCookie !== false) req = req.set('Cookie', cookie);
  const launched = await req.send({ id_token: idToken, state });
  return { login, launch: launched, idToken, state, cookie };
}

/** The refusal code a refusal page shows. */
export function refusalCode(res: Response): string | undefined {
  return /<code>([A-Z_]+)<\/code>/.exec(res.text)?.[1];
}
