import { LtiEnv, toPassbackPolicy } from '../config/lti.config';
import { lineItemSubUrl, retryAfterMs } from './platform-services';
import { nextDelayMs, type PassbackPolicy } from './passback-policy';

const policy: PassbackPolicy = {
  maxTries: 12,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 5000,
  sweepIntervalMs: 60_000,
};

describe('nextDelayMs', () => {
  it('should double from the base, with ±20% jitter, up to the maximum', () => {
    expect(nextDelayMs(policy, 1, undefined, 0.5)).toBe(1000);
    expect(nextDelayMs(policy, 2, undefined, 0.5)).toBe(2000);
    expect(nextDelayMs(policy, 4, undefined, 0.5)).toBe(8000);
    expect(nextDelayMs(policy, 20, undefined, 0.5)).toBe(60_000);
    expect(nextDelayMs(policy, 3, undefined, 0)).toBe(3200);
    expect(nextDelayMs(policy, 3, undefined, 1)).toBe(4800);
  });

  it('should never wait less than Retry-After', () => {
    expect(nextDelayMs(policy, 1, 30_000, 0.5)).toBe(30_000);
    expect(nextDelayMs(policy, 5, 100, 0.5)).toBe(16_000);
  });
});

describe('retryAfterMs', () => {
  it('should read seconds and HTTP dates', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(
      10_000,
    );
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('lineItemSubUrl', () => {
  it("should append to the path and keep Moodle's query string", () => {
    expect(
      lineItemSubUrl(
        'https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1',
        'scores',
      ),
    ).toBe('https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1');
    expect(lineItemSubUrl('https://canvas.example/api/lti/courses/1/line_items/5/', 'results')).toBe(
      'https://canvas.example/api/lti/courses/1/line_items/5/results',
    );
  });
});

describe('the default passback policy', () => {
  it('should keep trying through a ten-minute LMS outage, even with the shortest jitter', () => {
    const defaults = toPassbackPolicy(Object.assign(new LtiEnv(), {}));
    let waited = 0;
    for (let tries = 1; tries < defaults.maxTries; tries++)
      waited += nextDelayMs(defaults, tries, undefined, 0);
    expect(waited).toBeGreaterThan(10 * 60 * 1000);
  });
});
