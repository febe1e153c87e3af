import { describe, expect, it } from 'vitest';
import { authorError, compileChapter } from './helpers.ts';

describe('remark-placed-content', () => {
  it('records quote placements and gives a repeated quote its own anchor', async () => {
    const file = await compileChapter('<Quote id="eksempel-gs-praktik" />\n\nTekst.\n\n<Quote id="eksempel-k-dialog" />\n\n<Quote id="eksempel-gs-praktik" />\n');
    expect((file.data as { astro: { frontmatter: unknown } }).astro.frontmatter).toMatchObject({
      quotes: [
        { id: 'eksempel-gs-praktik', anchor: 'eksempel-gs-praktik' },
        { id: 'eksempel-k-dialog', anchor: 'eksempel-k-dialog' },
        { id: 'eksempel-gs-praktik', anchor: 'eksempel-gs-praktik-2' },
      ],
    });
    expect(String(file.value)).toContain('anchor: "eksempel-gs-praktik-2"');
  });

  it('fails on an unknown quote id at its line, listing the known ids', async () => {
    expect(await authorError(() => compileChapter('Tekst.\n\n<Quote id="eksempel-gs-praktk" />\n'))).toMatchInlineSnapshot(`
      "content/da/kapitel.mdx:3:1: <Quote> names quote 'eksempel-gs-praktk', which is not in content/quotes/*.yaml
      Fix: Use one of: eksempel-gs-praktik, eksempel-k-dialog."
    `);
  });

  it('fails on an unknown informant and participation form', async () => {
    expect(await authorError(() => compileChapter('<Informant id="informant-9" />'))).toMatchInlineSnapshot(`
      "content/da/kapitel.mdx:1:1: <Informant> names informant 'informant-9', which is not in content/informants.yaml
      Fix: Use one of: informant-1, borger, sb."
    `);
    expect(await authorError(() => compileChapter('<ParticipationForm id="forbrug" />'))).toMatchInlineSnapshot(`
      "content/da/kapitel.mdx:1:1: <ParticipationForm> names participation form 'forbrug', which is not in content/forms/da/
      Fix: Use one of: demokrati."
    `);
  });

  it('fails on a figure without the heading the thesis prints', async () => {
    expect(await authorError(() => compileChapter('<Figure>(Kilde)</Figure>'))).toMatchInlineSnapshot(`
      "content/da/kapitel.mdx:1:1: <Figure> has no title
      Fix: Give the figure's heading as the thesis prints it in title="…"; its credit goes between the tags."
    `);
  });
});
