import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterStructure, firstDivergence } from '../../src/data/structure.ts';

const pairs = ['content', 'content/forms'].flatMap((root) =>
  existsSync(`${root}/en`)
    ? readdirSync(`${root}/en`).filter((f) => f.endsWith('.mdx')).map((f) => ({ da: `${root}/da/${f}`, en: `${root}/en/${f}` }))
    : [],
);

describe('the English edition is aligned with the Danish', () => {
  it('names the first place where two versions of a chapter diverge', () => {
    const da = '## A\n\nOne [@x, s. 1].\n\n<Quote id="q" />\n\n- a\n- b\n';
    expect(firstDivergence(da, '## A\n\nOne [@x, p. 1].\n\n<Quote id="q" />\n\n- a\n- b\n', { da: 'da.mdx', en: 'en.mdx' })).toBeUndefined();
    expect(firstDivergence(da, '## A\n\nOne [@x, p. 1].\n\nTwo.\n\n<Quote id="q" />\n', { da: 'da.mdx', en: 'en.mdx' })).toMatchInlineSnapshot(`"block 3: da.mdx:5 has <Quote id="q">, en.mdx:5 has paragraph"`);
    expect(firstDivergence(da, '## A\n\nOne [@y, p. 1].\n\n<Quote id="q" />\n\n- a\n- b\n', { da: 'da.mdx', en: 'en.mdx' })).toMatchInlineSnapshot(`"citation 1: da.mdx cites x, en.mdx cites y"`);
  });

  for (const { da, en } of pairs) {
    it(`${en} has the structure and citations of ${da}`, () => {
      expect(existsSync(da), `${en} has no Danish original ${da}`).toBe(true);
      expect(firstDivergence(readFileSync(da, 'utf8'), readFileSync(en, 'utf8'), { da, en })).toBeUndefined();
    });
  }
});

describe('nothing is left out of the translation', () => {
  // English runs about as long as Danish; a long paragraph far shorter or longer is a likely omission or addition.
  const suspicious = (da: number, en: number) => da > 150 && (en / da < 0.7 || en / da > 1.45);

  for (const { da, en } of pairs) {
    it(`every long paragraph of ${en} is about as long as in ${da}`, () => {
      const a = chapterStructure(readFileSync(da, 'utf8')).blocks;
      const b = chapterStructure(readFileSync(en, 'utf8')).blocks;
      const flagged = a.flatMap((block, i) => (b[i] && suspicious(block.length, b[i].length) ? [`${da}:${block.line} ${block.length} → ${b[i].length} characters`] : []));
      expect(flagged).toEqual([]);
    });
  }

  it('every long quote turn is about as long in English', async () => {
    const { readThesisData } = await import('../../src/data/thesis-data.ts');
    const flagged = [...readThesisData('content').quotes.values()].flatMap((q) =>
      q.turns.filter((t) => !t.lang && suspicious(t.text.da.length, t.text.en.length)).map(() => q.id),
    );
    expect(flagged).toEqual([]);
  });
});

describe('every Danish page has its English twin', () => {
  it('translates every chapter and participation form', () => {
    for (const root of ['content', 'content/forms']) {
      const danish = readdirSync(`${root}/da`).filter((f) => f.endsWith('.mdx'));
      expect(danish.filter((f) => !existsSync(`${root}/en/${f}`)), root).toEqual([]);
    }
  });

  it('translates every quote turn, intro, question and note, every informant text and glossary explanation', async () => {
    const { readThesisData } = await import('../../src/data/thesis-data.ts');
    const data = readThesisData('content');
    const missing = [...data.quotes.values()].flatMap((q) => [
      ...q.turns.flatMap((t, i) => [!t.text.en && `${q.id} turn ${i + 1}`, t.intro && !t.intro.en && `${q.id} turn ${i + 1} intro`]),
      q.question && !q.question.en && `${q.id} question`,
      q.note && !q.note.en && `${q.id} note`,
    ]).filter(Boolean);
    expect(missing).toEqual([]);
    const informants = [...data.informants.values()].flatMap((i) =>
      (['label', 'role', 'interviewMode', 'description'] as const).filter((f) => i[f] && !i[f]!.en).map((f) => `${i.id}.${f}`),
    );
    expect(informants).toEqual([]);
    expect([...data.glossary.values()].filter((term) => [term.thesis.says, term.editorial?.says, term.editorial?.source, term.discrepancy].some((text) => text && !text.en)).map((term) => term.id)).toEqual([]);
  });
});
