import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../../scripts/browser.mjs';

// The client module on a page shaped as ChangedSince.astro renders it: two versions, the newer
// with one changed paragraph, the older with two.
const client = stripTypeScriptTypes(readFileSync('src/client/changed-since.ts', 'utf8'));
const page = `<!doctype html><html lang="da"><body>
<div class="changed-since"><p><a href="/da/versioner/rettet-1/#changes-kapitel">Se hvad der er ændret siden rettet-1</a></p>
<div class="changed-since-controls" hidden data-changed-since-controls>
  <input type="checkbox" id="changed-since-toggle"><label for="changed-since-toggle">Markér afsnit ændret siden</label>
  <select aria-label="Versioner">
    <option value="rettet-1" data-paragraphs="p-2" data-marker="Ændret siden rettet-1" data-status="1 afsnit i dette kapitel er ændret siden rettet-1.">rettet-1</option>
    <option value="indleveret" data-paragraphs="p-1 p-2" data-marker="Ændret siden indleveret" data-status="2 afsnit i dette kapitel er ændret siden indleveret.">indleveret</option>
  </select>
  <p role="status"></p>
</div></div>
<p id="p-1">Første afsnit.</p><p id="p-2">Andet afsnit.</p><p id="p-3">Tredje afsnit.</p>
<script type="module">${client}\nenableChangedSince(document.querySelector('[data-changed-since-controls]'));</script>
</body></html>`;

const marked = (p: Page) => p.$$eval('[data-changed-since]', (nodes) => nodes.map((n) => `${n.id}: ${n.textContent}`));

describe.skipIf(!chromiumPath)('changed since a version, in a chapter', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('marks the changed paragraphs in place, names the version for screen readers, and clears them', async () => {
    const p = await browser.newPage();
    await p.setContent(page);
    await p.waitForSelector('[data-changed-since-controls]:not([hidden])');
    expect(await marked(p)).toEqual([]);
    await p.check('#changed-since-toggle');
    expect(await marked(p)).toEqual(['p-2: Ændret siden rettet-1 Andet afsnit.']);
    expect(await p.textContent('[role=status]')).toBe('1 afsnit i dette kapitel er ændret siden rettet-1.');
    await p.selectOption('select', 'indleveret');
    expect(await marked(p)).toEqual(['p-1: Ændret siden indleveret Første afsnit.', 'p-2: Ændret siden indleveret Andet afsnit.']);
    await p.uncheck('#changed-since-toggle');
    expect(await marked(p)).toEqual([]);
    expect(await p.textContent('#p-2')).toBe('Andet afsnit.');
    await p.close();
  });

  it('leaves the controls hidden without JavaScript, and the link to the changes page there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.setContent(page);
    expect(await p.isHidden('[data-changed-since-controls]')).toBe(true);
    expect(await p.isVisible('.changed-since a')).toBe(true);
    await context.close();
  });
});
