import { ToolKeyUnreadableError } from '../keys/tool-key.error';
import { toPassbackFailure } from './passback-failure';
import { expectNoPage, PlatformCallError, readJson } from './platform-responses';

const page = '<!DOCTYPE html>\n<html><body>Sign in to continue</body></html>';
const answer = (body: string, type: string) =>
  new Response(body, { status: 200, headers: { 'content-type': type } });

describe(toPassbackFailure.name, () => {
  it("should keep a platform answer's own verdict", () => {
    const sut = toPassbackFailure(new PlatformCallError('POST … answered 400: not a learner', 400, false));
    expect(sut).toEqual({
      status: 400,
      retryable: false,
      retryAfterMs: undefined,
      message: 'POST … answered 400: not a learner',
      unexpected: false,
    });
  });

  it('should retry a tool key this replica cannot decrypt, naming the secret', () => {
    const sut = toPassbackFailure(new ToolKeyUnreadableError(['kid-1']));
    expect(sut).toMatchObject({ status: null, retryable: true, unexpected: false });
    expect(sut.message).toContain('LTI_KEY_SECRET cannot decrypt the stored tool keys');
  });

  it('should retry anything else as unexpected, with its name and message', () => {
    expect(toPassbackFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toEqual({
      status: null,
      retryable: true,
      message: "Unexpected error: TypeError: Cannot read properties of undefined (reading 'id')",
      unexpected: true,
    });
    expect(toPassbackFailure('boom')).toMatchObject({ message: 'Unexpected error: boom', unexpected: true });
  });
});

describe(readJson.name, () => {
  it('should turn an HTML page answered 200 into a retryable failure that says so', async () => {
    const sut = readJson(answer(page, 'text/html; charset=utf-8'), 'token request', 'a token response');
    await expect(sut).rejects.toBeInstanceOf(PlatformCallError);
    await expect(sut).rejects.toMatchObject({
      status: 200,
      retryable: true,
      message: expect.stringMatching(
        /^token request answered 200 with text\/html; charset=utf-8 instead of a token response \(an HTML page.*: <!DOCTYPE html> <html><body>Sign in/,
      ),
    });
  });

  it('should read JSON whatever the content type says', async () => {
    await expect(readJson(answer('[{"id":"x"}]', 'text/plain'), 'GET', 'line items')).resolves.toEqual([
      { id: 'x' },
    ]);
  });
});

describe(expectNoPage.name, () => {
  it("should accept Moodle's empty answer and Canvas's JSON one, and refuse a page", async () => {
    await expect(expectNoPage(new Response(null, { status: 200 }), 'POST')).resolves.toBeUndefined();
    await expect(
      expectNoPage(answer('{"resultUrl":"u"}', 'application/json'), 'POST'),
    ).resolves.toBeUndefined();
    await expect(expectNoPage(answer(page, 'text/html'), 'POST …/scores')).rejects.toMatchObject({
      status: 200,
      retryable: true,
    });
  });
});
