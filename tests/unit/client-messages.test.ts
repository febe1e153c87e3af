import { describe, expect, it } from 'vitest';
import da from '../../src/i18n/da.ts';
import en from '../../src/i18n/en.ts';
import { fill, plural } from '../../src/client/messages.ts';
import { usageText } from '../../src/client/citation-popover.ts';

const usage = (strings: typeof da | typeof en) => ({
  total: { one: strings['cite.total.one'], other: strings['cite.total.other'] },
  position: { one: strings['cite.position.one'], other: strings['cite.position.other'] },
});

describe('client sentences', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1, b: 'x' })).toBe('1 of x');
    expect(fill('{a} of {missing}', { a: 1 })).toBe('1 of {missing}');
  });

  it('chooses the plural form by the language’s rules', () => {
    const sentence = { one: 'one {count}', other: 'many {count}' };
    expect(plural('da', sentence, 1)).toBe('one 1');
    expect(plural('da', sentence, 0)).toBe('many 0');
    expect(plural('en', sentence, 3)).toBe('many 3');
  });

  it('writes the citation count line as whole sentences in both languages', () => {
    expect(usageText('da', usage(da), { total: 3, position: 1, here: 2 })).toBe('Citeret 3 gange i specialet. Henvisning 1 af 2 på denne side.');
    expect(usageText('da', usage(da), { total: 1, position: 1, here: 1 })).toBe('Citeret én gang i specialet. Den eneste henvisning til værket på denne side.');
    expect(usageText('en', usage(en), { total: 12, position: 3, here: 5 })).toBe('Cited 12 times in the thesis. Citation 3 of 5 on this page.');
  });
});
