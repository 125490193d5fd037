import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests run unless SKIP_BROWSER_TESTS=1. A missing Chromium without that flag is a failure
 * with a message, never a silent skip.
 */
export const describeInBrowser: jest.Describe =
  process.env.SKIP_BROWSER_TESTS === '1' ? describe.skip : describe;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium binary at ${CHROMIUM_PATH}. Install Debian's chromium (apt-get install chromium), ` +
        'point CHROMIUM_PATH at another binary, or set SKIP_BROWSER_TESTS=1 to skip the browser tests.',
    );
  }
  // CI runs as root, where Chromium refuses to start with its sandbox.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
}

// The project compiles without the DOM lib, so code run in the page names its globals' types here.
interface PageGlobals {
  document: { activeElement: { matches(selector: string): boolean } | null };
  axe: { run(context: unknown, options: object): Promise<AxeResults> };
}

/** Presses Tab (at most `max` times) until the focused element matches `selector`. Keyboard only. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await page.evaluate(
      (s) => (globalThis as unknown as PageGlobals).document.activeElement?.matches(s) ?? false,
      selector,
    );
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const AXE_PATH = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.2 AA violations on the current page (the context must bypass the page's CSP). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate((tags) => {
    const g = globalThis as unknown as PageGlobals;
    return g.axe.run(g.document, { runOnly: { type: 'tag', values: tags } });
  }, WCAG_22_AA);
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}
