import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, launchChromium } from '../../scripts/browser.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { builtFiles } from '../dist/site.ts';

/** Without Chromium the browser suite is skipped; scripts/test.mjs says so in its summary. */
export const hasChromium = Boolean(chromiumPath);

export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every page the build wrote, as a path to open (under the base): "/", "/da/", …, "/404.html". */
export const pagePaths = builtFiles().map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Harness {
  browser: Browser;
  origin: string;
  /** A page with console errors and failed requests collected in `problems`. */
  open: (path: string, options?: { width?: number; dark?: boolean; js?: boolean; phone?: boolean }) => Promise<Page & { problems: string[] }>;
}

/** Serves the build (dist/ or DIST_DIR) under the base path (with `headers` on every response) and starts Chromium once per test file. */
export function useBrowser({ headers = {} }: { headers?: Record<string, string> } = {}): Harness {
  const harness = {} as Harness;
  let close: () => void;
  beforeAll(async () => {
    if (!hasChromium) return;
    const { server, origin } = await serveDist({ base, headers });
    close = () => server.close();
    harness.origin = origin;
    harness.browser = await launchChromium();
    harness.open = async (path, { width = 1280, dark = false, js = true, phone = false } = {}) => {
      const context = await harness.browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: dark ? 'dark' : 'light',
        javaScriptEnabled: js,
        hasTouch: phone || width < 500,
        isMobile: phone,
      });
      const page = (await context.newPage()) as Page & { problems: string[] };
      page.problems = [];
      page.on('console', (m) => m.type() === 'error' && page.problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => page.problems.push(`error: ${e.message}`));
      page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
      page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && page.problems.push(`third-party: ${r.url()}`));
      await page.goto(origin + base + path.replace(/^\//, ''));
      // Chromium can drop input that arrives before a page has drawn its first frame, which on a busy
      // machine can come after `load`: a test's first key press would be lost. (A click waits for
      // frames itself; without JavaScript no frame callback runs, and no key has a script to reach.)
      if (js) await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
      return page;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    close?.();
  });
  return harness;
}

/** axe-core's WCAG 2.x A/AA violations on the page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the site's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    // @ts-expect-error injected above
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return results;
}
