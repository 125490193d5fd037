import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { resetDatabase, TestLtiPlatform } from '@markpoint/testing';
import { newCaller } from '../utils/api-keys';
import { sampleQuiz } from '../utils/lti';
import { createTestApp, type TestApp } from '../utils/test-app';
import { describeInBrowser, launchChromium } from './browser';

jest.setTimeout(90_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A Canvas-like course page on its own site (127.0.0.1) framing the tool (localhost): a storage
 * frame named post_message_forwarding answers lti.put_data / lti.get_data, and /auth plays the
 * platform's OIDC endpoint by asking the test platform to sign the id_token.
 */
function coursePage(platform: TestLtiPlatform, quizId: string, loginUrl: () => string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.pathname === '/course') {
      res.end(`<!doctype html><title>Course</title>
<iframe name="post_message_forwarding" id="storage" src="/storage"></iframe>
<iframe name="tool" id="tool" width="900" height="600"></iframe>
<script>
// As in Canvas, the storage frame is ready before the tool starts.
document.getElementById('storage').onload = function () { document.getElementById('tool').src = ${JSON.stringify(loginUrl())}; };
</script>`);
    } else if (url.pathname === '/storage') {
      res.end(`<!doctype html><title>storage</title><script>
var store = {};
window.addEventListener('message', function (e) {
  var m = e.data || {};
  if (m.subject !== 'lti.put_data' && m.subject !== 'lti.get_data') return;
  if (m.subject === 'lti.put_data') store[m.key] = m.value;
  window.parent.storageLog = (window.parent.storageLog || []).concat([m.subject]);
  e.source.postMessage({ subject: m.subject + '.response', message_id: m.message_id, key: m.key, value: store[m.key] }, e.origin);
});
</script>`);
    } else if (url.pathname === '/auth') {
      platform
        .authorize(`${platform.url}/auth${url.search}`, { custom: { quiz_id: quizId } })
        .then(({ idToken, state, redirectUri }) =>
          res.end(`<!doctype html><form id="f" method="post" action="${redirectUri}">
<input type="hidden" name="id_token" value="${idToken}"><input type="hidden" name="state" value="${state}"></form>
<script>document.getElementById('f').submit();</script>`),
        )
        .catch((error: Error) => {
          res.statusCode = 400;
          res.end(error.message);
        });
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
}

describeInBrowser('LTI launch in an iframe with third-party cookies unavailable (Chromium)', () => {
  let ctx: TestApp;
  let browser: Browser;
  let canvas: TestLtiPlatform;
  let course: Server;
  let coursePort: number;
  let toolBase: string;
  let quizId: string;

  beforeAll(async () => {
    const port = await freePort();
    toolBase = `http://localhost:${port}`;
    ctx = await createTestApp({ env: { PUBLIC_URL: toolBase } });
    await ctx.app.listen(port, '127.0.0.1');
    await resetDatabase(ctx.dataSource);
    canvas = await TestLtiPlatform.start({ flavour: 'canvas' });
    canvas.toolJwksUrl = `${toolBase}/lti/jwks`;
    const admin = await newCaller(ctx.app, ['admin', 'author']);
    ({ quizId } = await sampleQuiz(ctx, admin));
    course = coursePage(canvas, quizId, () => {
      const params = canvas.loginInitiationParams({
        targetLinkUri: `${toolBase}/lti/launch`,
        loginHint: 'learner-7',
      });
      return `${toolBase}/lti/login?${new URLSearchParams(params).toString()}`;
    });
    await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
    coursePort = (course.address() as AddressInfo).port;
    await request(ctx.app.getHttpServer())
      .post('/api/v1/platforms')
      .set(admin.auth)
      .send({ ...canvas.registrationBody('Canvas'), authLoginUrl: `http://127.0.0.1:${coursePort}/auth` })
      .expect(201);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => course?.close(resolve));
    await canvas?.close();
    await ctx?.close();
  });

  it('should keep the state in platform storage by postMessage and open the player in the frame', async () => {
    const page = await browser.newPage();
    // The tool frame's navigations, to say where a failed launch stopped.
    const trail: string[] = [];
    page.on('framenavigated', (f) => {
      if (f.name() === 'tool') trail.push(new URL(f.url()).pathname);
    });
    page.on('pageerror', (e) => trail.push(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${coursePort}/course`, {
      waitUntil: 'domcontentloaded',
      timeout: 20_000,
    });
    const deadline = Date.now() + 40_000;
    let frame = page.frames().find((f) => f.name() === 'tool');
    while (!(frame && /^\/play\//.test(new URL(frame.url()).pathname)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      frame = page.frames().find((f) => f.name() === 'tool');
    }
    expect({ at: frame ? new URL(frame.url()).pathname : null, trail }).toEqual({
      at: expect.stringMatching(/^\/play\//),
      trail: expect.arrayContaining(['/lti/login', '/lti/launch']),
    });
    await frame!.locator('h1').filter({ hasText: 'Unit 3 check' }).first().waitFor({ timeout: 10_000 });
    const log = await page.evaluate(
      () => (globalThis as unknown as { storageLog?: string[] }).storageLog ?? [],
    );
    expect(log).toEqual(['lti.put_data', 'lti.get_data']);
    const attempts = await ctx.dataSource.query<{ learner_ref: string }[]>(
      'SELECT learner_ref FROM attempts',
    );
    expect(attempts.map((a) => a.learner_ref)).toEqual([expect.stringMatching(/:learner-7$/)]);
    await page.close();
  });
});
