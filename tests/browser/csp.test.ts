import { builtSiteDir } from '../../scripts/serve-dist.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowser } from './harness.ts';

const pages = readdirSync(builtSiteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
/** The policy as the pages declare it, served by the host as a header too. */
const policy = readFileSync(join(builtSiteDir, 'da', 'index.html'), 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';

describe('a strict Content Security Policy', () => {
  it('is declared on every page: scripts only from the site, wasm for search, nothing inline', () => {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    const problems = pages.flatMap((file) => {
      const html = readFileSync(join(builtSiteDir, file), 'utf8');
      const found: string[] = [];
      if (!html.includes(`content="${policy}"`)) found.push(`${file}: no CSP meta`);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) if (!/\ssrc=/.test(tag) && !/type="application\/ld\+json"/.test(tag)) found.push(`${file}: inline ${tag}`);
      if (/\sstyle="|<style\b|\son[a-z]+="/.test(html)) found.push(`${file}: inline style or event handler`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('the site served with its CSP as an HTTP header', () => {
  const browser = useBrowser({ headers: { 'content-security-policy': policy } });

  it('citation popovers open, with no CSP violation', async () => {
    const page = await browser.open('/da/analysedel-3/');
    const cite = page.locator('main a.cite').first();
    await cite.scrollIntoViewIfNeeded();
    await cite.hover();
    await expect.poll(() => page.locator('#cite-popover').evaluate((p) => p.matches(':popover-open'))).toBe(true);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('the quote explorer filters, with no CSP violation', async () => {
    const page = await browser.open('/da/citater/');
    const all = await page.locator('.quote-list > li').count();
    await page.selectOption('select[name=informant]', 'informant-4');
    await expect.poll(() => page.locator('.quote-list > li:not([hidden])').count()).toBeLessThan(all);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('search finds results, with no CSP violation', async () => {
    const page = await browser.open('/en/search/');
    await page.fill('#search-input', 'work placement');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'work placement');
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });
});
