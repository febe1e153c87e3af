import { describe, expect, it } from 'vitest';
import { authorError, renderMarkdown } from './helpers';

describe('remark-citations', () => {
  it('renders a parenthetical group through CSL, one link per work, in Danish', async () => {
    const { code } = await renderMarkdown('Tekst [@monrad-2020, s. 548; @lipsky-1980].');
    expect(code).toContain('<span class="citation">(');
    expect(code).toMatch(/<a class="cite" href="\/da\/litteratur\/#ref-monrad-2020" id="cite-1" data-cite="monrad-2020">Monrad, 2020, s\. 548<\/a>/);
    expect(code).toMatch(/; <a class="cite" href="\/da\/litteratur\/#ref-lipsky-1980" id="cite-2" data-cite="lipsky-1980">Lipsky, 1980<\/a>\)/);
  });

  it('uses the English locale for the English edition', async () => {
    const { code } = await renderMarkdown('Text [@monrad-2020, s. 548] and [@andersen-etal-2022].', 'content/en/chapter.md');
    expect(code).toContain('>Monrad, 2020, p. 548</a>');
    expect(code).toContain('>Andersen et al., 2022</a>');
    expect(code).toContain('href="/en/litteratur/#ref-monrad-2020"');
  });

  it('renders narrative citations as “Author (year, locator)”', async () => {
    const { code } = await renderMarkdown('@lipsky-1980 understreger, og @monrad-2020 [s. 549 - 550] skriver.');
    expect(code).toContain('>Lipsky (1980)</a></span> understreger');
    expect(code).toMatch(/>Monrad \(2020, s\. 549[-–]550\)<\/a><\/span> skriver/);
  });

  it('records the keys a chapter cites, in order, for backlinks', async () => {
    const { metadata } = await renderMarkdown('A [@lipsky-1980]. B @monrad-2020. C [@lipsky-1980, s. 3].');
    expect(metadata.frontmatter.citations).toEqual([
      { key: 'lipsky-1980', anchor: 'cite-1' },
      { key: 'monrad-2020', anchor: 'cite-2' },
      { key: 'lipsky-1980', anchor: 'cite-3' },
    ]);
  });

  it('leaves e-mail addresses, plain brackets and files outside content/<lang>/ alone', async () => {
    const { code } = await renderMarkdown('Skriv til a@b.dk [se bilag] om @lipsky-1980.', 'docs/noter.md');
    expect(code).toBe('<p>Skriv til <a href="mailto:a@b.dk">a@b.dk</a> [se bilag] om @lipsky-1980.</p>');
  });

  it('fails on an unknown key, naming file, line and the closest known keys', async () => {
    expect(await authorError(() => renderMarkdown('Første linje.\n\nAnden [@monrad-2021, s. 5].'))).toMatchInlineSnapshot(`
      "Failed to parse Markdown file "<root>/content/da/kapitel.md":
      content/da/kapitel.md:3:7: unknown citation key '@monrad-2021'
      Fix: Add the work to content/references.json, or use a known key: monrad-2020, andersen-etal-2022, lipsky-1980, …"
    `);
  });

  it('fails on a malformed group', async () => {
    expect(await authorError(() => renderMarkdown('Tekst [@monrad-2020; se også].'))).toMatchInlineSnapshot(`
      "Failed to parse Markdown file "<root>/content/da/kapitel.md":
      content/da/kapitel.md:1:7: malformed citation '[@monrad-2020; se også]'
      Fix: Write [@key] or [@key, s. 12], several separated by semicolons: [@a, s. 5; @b]."
    `);
  });
});
