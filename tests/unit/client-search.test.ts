import { describe, expect, it } from 'vitest';
import { excerptParts, filterGroups, rankByPhrase, stateFromUrl, urlSearch, whereLine } from '../../src/client/search.ts';
import { isShortcut } from '../../src/client/shortcut.ts';
import { placeAt } from '../../src/client/reading-place.ts';

const names = ['type', 'chapter', 'informant', 'form'];

describe('search page state', () => {
  it('reads query and filters from the URL, ignoring other parameters, and writes them back', () => {
    const state = stateFromUrl(new URLSearchParams('q=+samskabelse+&type=Citat&form=Forbrug&form=Demokrati&utm_source=x&informant='), names);
    expect(state).toEqual({ query: 'samskabelse', chosen: { type: ['Citat'], form: ['Forbrug', 'Demokrati'] } });
    expect(urlSearch(state.query, state.chosen)).toBe('?q=samskabelse&type=Citat&form=Forbrug&form=Demokrati');
    expect(urlSearch('', {})).toBe('');
  });

  it('draws only groups with values, and always the chosen values, also unknown ones', () => {
    const counts = { type: { Citat: 3, Tekst: 0 }, chapter: {}, informant: { 'Informant 1': 0 } };
    expect(filterGroups(names, counts, { form: ['Gammel form'], type: ['Tekst'] })).toEqual([
      { name: 'type', values: [{ value: 'Citat', count: 3, checked: false }, { value: 'Tekst', count: 0, checked: true }] },
      { name: 'form', values: [{ value: 'Gammel form', count: 0, checked: true }] },
    ]);
  });

  it('names each place of a quote once', () => {
    expect(whereLine({ kind: 'quote', chapter: 'Analysedel 1', section: 'Analysedel 1' })).toBe('Analysedel 1');
    expect(whereLine({ kind: 'quote', chapter: 'Analysedel 1', section: 'Forbrug' })).toBe('Analysedel 1 · Forbrug');
    expect(whereLine({ kind: 'text', chapter: 'Teori', section: 'Teori' })).toBe('');
  });

  it('keeps only pagefind’s <mark> as markup in an excerpt', () => {
    expect(excerptParts('a <b>x</b> <mark>samskabelse</mark> & <img src=x onerror=alert(1)> <mark>y</mark>')).toEqual([
      { text: 'a <b>x</b> ', marked: false },
      { text: 'samskabelse', marked: true },
      { text: ' & <img src=x onerror=alert(1)> ', marked: false },
      { text: 'y', marked: true },
    ]);
  });

  it('puts records holding the words as a run first, a quote before prose quoting it, else keeps the order', () => {
    const text = (content: string, kind = 'text') => ({ content, meta: { kind } });
    const results = [text('other words'), text('borgeren skal selv finde'), text('Borgeren skal selv finde', 'quote')];
    expect(rankByPhrase(results, 'borgeren skal selv').map((r) => r.content)).toEqual(['Borgeren skal selv finde', 'borgeren skal selv finde', 'other words']);
    expect(rankByPhrase(results, 'borgeren')).toEqual(results);
  });
});

describe('the "/" shortcut', () => {
  const field = (matches: string, isContentEditable = false) => ({ matches: (s: string) => s.split(', ').includes(matches), isContentEditable });
  const press = (target: unknown, extra = {}) => isShortcut({ key: '/', ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...extra });

  it('is the plain "/" key outside fields', () => {
    expect(press(field('p'))).toBe(true);
    expect(press(null)).toBe(true);
    expect(press(field('p'), { ctrlKey: true })).toBe(false);
    expect(isShortcut({ key: 'a', ctrlKey: false, metaKey: false, altKey: false, target: null })).toBe(false);
  });

  it('is never taken while typing: inputs, text areas, selects, editable text', () => {
    for (const tag of ['input', 'textarea', 'select']) expect(press(field(tag)), tag).toBe(false);
    expect(press(field('div', true))).toBe(false);
  });
});

describe('the place being read', () => {
  it('is the last block that starts above the reading line, not a card just read past', () => {
    const marks = [
      { id: 'quote-card', top: -400 },
      { id: 'p-12', top: 110 },
      { id: 'p-13', top: 520 },
    ];
    expect(placeAt(marks, 300)).toBe('p-12');
    expect(placeAt(marks, 100)).toBe('quote-card');
    expect(placeAt([{ id: 'p-1', top: 400 }], 300)).toBeUndefined();
  });
});
