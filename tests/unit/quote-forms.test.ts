import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data.ts';

const data = readThesisData('content');
const source = readFileSync('tests/fixtures/source-pdf.txt', 'utf8').replace(/\s+/g, ' ');
/** Text without citations in either notation, for comparing the analysis with what the data quotes from it. */
const plain = (text: string) =>
  text
    .replace(/\(?(?:\[[^\]]*\]\(@[a-z0-9-]+\)(?:;\s*)?)+\)?|\[[^\]]*@[^\]]*\]|@[a-z0-9]+(?:-[a-z0-9]+)*(?: \[[^\]]*\])?|\([^()]*\d{4}[^()]*\)/g, '')
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const chapters = readdirSync('content/da').map((file) => ({ file, text: readFileSync(`content/da/${file}`, 'utf8') }));
/** How the analysis writes each form's name ("selv-refleksion", "selv - refleksion", "demokratiske"). */
const named: Record<string, RegExp> = {
  demokrati: /demokrati/i,
  forbrug: /forbrug/i,
  'selv-refleksion': /selv\s*-?\s*refleksion/i,
  samskabelse: /samskabelse/i,
};
/** The analysis's words for a form that was hindered: a negative effect, a challenge, a conflict, a hindrance. */
const hindrance = /negativ|udfordr|konflikt|hindr/i;
/** "de tre andre borgerinddragelsesformer": the three forms other than the one the same passage names. */
const theOtherThree = /de tre andre borgerinddragelsesformer/;

describe('each coding of a quote comes from the analysis that places it', () => {
  for (const quote of data.quotes.values()) {
    const places = chapters.filter((c) => c.text.includes(`<Quote id="${quote.id}"`)).map((c) => plain(c.text));
    for (const { form, relation, basis } of quote.forms) {
      it(`${quote.id}: ${form} (${relation})`, () => {
        if (theOtherThree.test(basis)) {
          const others = quote.forms.filter((c) => !theOtherThree.test(c.basis));
          expect(others, 'the passage names the one form the other three are set against').toHaveLength(1);
          expect(others[0].form).not.toBe(form);
        } else {
          expect(basis, 'the basis names the form').toMatch(named[form]);
        }
        if (relation === 'hinders') expect(basis, 'a hindered form: the basis says how').toMatch(hindrance);
        for (const sentence of basis.split(/(?<=[.!?])\s+(?=\p{Lu})/u).map(plain).filter((s) => s.length > 20)) {
          expect(places.some((p) => p.includes(sentence)), `“${sentence}” is not in the chapter that places ${quote.id}`).toBe(true);
        }
      });
    }
  }
});

describe('a quote shows a question only where the thesis reports one put to the informant', () => {
  const asked = /(?:spurgt|spurgte|spørger|adspurgt),?(?: [\p{L}-]+,?){0,6}$/iu;
  for (const quote of data.quotes.values()) {
    if (!quote.question) continue;
    it(quote.id, () => {
      const at = source.indexOf(` ${quote.question!.da}`);
      expect(at, 'the question as the thesis words it').toBeGreaterThan(-1);
      expect(source.slice(Math.max(0, at - 80), at), 'the thesis says it was asked').toMatch(asked);
    });
  }
});
