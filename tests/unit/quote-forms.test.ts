import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data';

const data = readThesisData('content');
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

describe('participation forms of a quote come from the analysis', () => {
  for (const quote of data.quotes.values()) {
    it(`${quote.id}: ${quote.forms.join(', ') || 'no forms'}`, () => {
      if (!quote.forms.length) return expect(quote.formsBasis).toBeUndefined();
      expect(quote.formsBasis, 'quote the analysis sentence that names the forms').toBeTruthy();
      for (const form of quote.forms) expect(quote.formsBasis, form).toMatch(named[form]);
      const places = chapters.filter((c) => c.text.includes(`<Quote id="${quote.id}"`)).map((c) => plain(c.text));
      for (const sentence of quote.formsBasis!.split(/(?<=[.!?])\s+(?=\p{Lu})/u).map(plain).filter((s) => s.length > 20)) {
        expect(places.some((p) => p.includes(sentence)), `“${sentence}” is not in the chapter that places ${quote.id}`).toBe(true);
      }
    });
  }
});
