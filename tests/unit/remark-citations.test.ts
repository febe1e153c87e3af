import { describe, expect, it } from 'vitest';
import { authorError, compileChapter, renderMarkdown } from './helpers.ts';

describe('remark-citations: printed syntax (the Danish edition)', () => {
  it('keeps the citation exactly as printed, each work a link with data-cite, id and href', { timeout: 30_000 }, async () => {
    const { code } = await renderMarkdown('Tekst ([Monrad, 2020, s. 548](@monrad-2020); [Lipsky, 1980](@lipsky-1980)).');
    expect(code).toBe(
      '<p id="p-1">Tekst <span class="citation">(<a class="cite" href="/da/litteratur/#ref-monrad-2020" id="cite-1" data-cite="monrad-2020">Monrad, 2020, s. 548</a>; ' +
        '<a class="cite" href="/da/litteratur/#ref-lipsky-1980" id="cite-2" data-cite="lipsky-1980">Lipsky, 1980</a>)</span>.</p>',
    );
  });

  it('keeps printed oddities: suffix letters, "u.å", full author lists, a parenthesis never closed', async () => {
    const printed = ['(STAR, 2022 c)', '(Cabi, u.å, a)', '(Andersen, Dall og Madsen, 2022, s. 121)', '(LBK nr. 2394 af 14/12/2021)'];
    const keys = ['star-2022c', 'cabi-uaa', 'andersen-etal-2022', 'lbk-2394-2021'];
    const markdown = printed.map((p, i) => `A ([${p.slice(1, -1)}](@${keys[i]})).`).join(' ');
    const { code } = await renderMarkdown(`${markdown} B ([Monrad, (2020)](@monrad-2020). C`);
    const text = code.replace(/<[^>]+>/g, '');
    for (const p of printed) expect(text).toContain(p);
    expect(text).toContain('B (Monrad, (2020). C');
  });

  it('renders a narrative citation as printed', async () => {
    const { code } = await renderMarkdown('[Monrad (2020)](@monrad-2020) skriver.');
    expect(code).toContain('<span class="citation"><a class="cite" href="/da/litteratur/#ref-monrad-2020" id="cite-1" data-cite="monrad-2020">Monrad (2020)</a></span> skriver');
  });

  it('works inside an MDX element’s children, as in a figure caption', async () => {
    const file = await compileChapter('<figcaption>Den hermeneutiske cirkel ([Systime, u.å](@monrad-2020))</figcaption>\n');
    expect(String(file.value)).toContain('"Systime, u.å"');
    expect((file.data as { astro: { frontmatter: { citations: unknown } } }).astro.frontmatter.citations).toEqual([{ key: 'monrad-2020', anchor: 'cite-1' }]);
  });
});

describe('remark-citations: pandoc syntax (the English edition)', () => {
  it('formats through CSL in English, with the printed suffix letter, the law designation and named locators', { timeout: 30_000 }, async () => {
    const { code } = await renderMarkdown(
      'Text [@monrad-2020, p. 548] and [@andersen-etal-2022]; [@star-2022c]; [@cabi-uaa, introduction]; [@lbk-2394-2021]; [@monrad-2020, s. 106 og 107].',
      'content/en/chapter.md',
    );
    expect(code).toContain('>Monrad, 2020, p. 548</a>');
    expect(code).toContain('>Andersen et al., 2022</a>');
    expect(code).toContain('>STAR, 2022c</a>');
    expect(code).toContain('>Cabi, n.d.-a, introduction</a>');
    expect(code).toContain('>Consolidated Act No. 2394 of 14/12/2021</a>');
    expect(code).toContain('>Monrad, 2020, pp. 106 and 107</a>');
    expect(code).toContain('href="/en/litteratur/#ref-monrad-2020"');
  });

  it('renders narrative citations as “Author (year, locator)”', async () => {
    const { code } = await renderMarkdown('@lipsky-1980 stresses, and @monrad-2020 [p. 549 - 550] writes.', 'content/en/chapter.md');
    expect(code).toContain('>Lipsky (1980)</a></span> stresses');
    expect(code).toMatch(/>Monrad \(2020, pp\. 549[-–]550\)<\/a><\/span> writes/);
  });
});

describe('remark-citations: both syntaxes', () => {
  it('records the keys a chapter cites, in order, for backlinks', async () => {
    const { metadata } = await renderMarkdown('A ([Lipsky, 1980](@lipsky-1980)). B [@monrad-2020]. C ([Lipsky, 1980, s. 3](@lipsky-1980)).');
    expect(metadata.frontmatter.citations).toEqual([
      { key: 'lipsky-1980', anchor: 'cite-1' },
      { key: 'monrad-2020', anchor: 'cite-2' },
      { key: 'lipsky-1980', anchor: 'cite-3' },
    ]);
  });

  it('leaves e-mail addresses, plain brackets, ordinary links and files outside content/<lang>/ alone', async () => {
    expect((await renderMarkdown('Skriv til a@b.dk [se bilag] om [Lipsky](https://example.org).')).code).toBe(
      '<p id="p-1">Skriv til <a href="mailto:a@b.dk">a@b.dk</a> [se bilag] om <a href="https://example.org">Lipsky</a>.</p>',
    );
    const { code } = await renderMarkdown('Om @lipsky-1980 og ([Lipsky, 1980](@lipsky-1980)).', 'docs/noter.md');
    expect(code).toBe('<p>Om @lipsky-1980 og (<a href="@lipsky-1980">Lipsky, 1980</a>).</p>');
  });

  it('fails on an unknown key in either syntax, naming file, line and the closest known keys', async () => {
    expect(await authorError(() => renderMarkdown('Første linje.\n\nAnden ([Monrad, 2021, s. 5](@monrad-2021)).'))).toMatchInlineSnapshot(`
      "Failed to parse Markdown file "<root>/content/da/kapitel.md":
      content/da/kapitel.md:3:8: unknown citation key '@monrad-2021'
      Fix: Add the work to content/references.json, or use a known key: monrad-2020, andersen-etal-2022, cabi-uaa, lbk-2394-2021, lipsky-1980, star-2022c, …"
    `);
    expect(await authorError(() => renderMarkdown('First line.\n\nSecond [@monrad-2021, p. 5].', 'content/en/chapter.md'))).toMatchInlineSnapshot(`
      "Failed to parse Markdown file "<root>/content/en/chapter.md":
      content/en/chapter.md:3:8: unknown citation key '@monrad-2021'
      Fix: Add the work to content/references.json, or use a known key: monrad-2020, andersen-etal-2022, cabi-uaa, lbk-2394-2021, lipsky-1980, star-2022c, …"
    `);
  });

  it('fails on a malformed citation in either syntax', async () => {
    expect(await authorError(() => renderMarkdown('Tekst ([Monrad, 2020](@Monrad-2020)).'))).toMatchInlineSnapshot(`
      "Failed to parse Markdown file "<root>/content/da/kapitel.md":
      content/da/kapitel.md:1:8: malformed citation '[Monrad, 2020](@Monrad-2020)'
      Fix: Write a citation as the thesis printed it, each work a link to its key: ([Monrad, 2020, s. 548](@monrad-2020); [Lipsky, 1980](@lipsky-1980)), or narrative [Monrad (2020)](@monrad-2020). The English edition writes [@monrad-2020, p. 548]."
    `);
    expect(await authorError(() => renderMarkdown('Tekst ([](@monrad-2020)).'))).toMatchInlineSnapshot(`
      "Failed to parse Markdown file "<root>/content/da/kapitel.md":
      content/da/kapitel.md:1:8: malformed citation '[](@monrad-2020)'
      Fix: Write a citation as the thesis printed it, each work a link to its key: ([Monrad, 2020, s. 548](@monrad-2020); [Lipsky, 1980](@lipsky-1980)), or narrative [Monrad (2020)](@monrad-2020). The English edition writes [@monrad-2020, p. 548]."
    `);
    expect(await authorError(() => renderMarkdown('Text [@monrad-2020; see also].', 'content/en/chapter.md'))).toMatchInlineSnapshot(`
      "Failed to parse Markdown file "<root>/content/en/chapter.md":
      content/en/chapter.md:1:6: malformed citation '[@monrad-2020; see also]'
      Fix: Write [@key] or [@key, p. 12], several separated by semicolons: [@a, p. 5; @b]."
    `);
  });
});
