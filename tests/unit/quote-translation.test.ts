import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { quoteTokens } from '../../src/data/quote-text.ts';

const data = readThesisData('content');
const stageDirections = (text: string) => quoteTokens(text).filter((t) => t.kind === 'stage').map((t) => t.value);

describe('English quote cards', () => {
  it('translate every stage direction the authors wrote in Danish, and keep their number and order', () => {
    const untranslated = [...data.quotes.values()].flatMap((q) =>
      q.turns.flatMap((turn, i) => {
        const da = stageDirections(turn.text.da);
        const en = stageDirections(turn.text.en);
        if (en.length !== da.length) return [`${q.id} turn ${i + 1}: ${da.length} stage directions in Danish, ${en.length} in English`];
        // A direction may read the same in both languages only as a single shared word ("[jobs]").
        return en.filter((direction, d) => direction === da[d] && /\s/.test(direction.trim())).map((d) => `${q.id} turn ${i + 1}: ${d}`);
      }),
    );
    expect(untranslated).toEqual([]);
  });
});
