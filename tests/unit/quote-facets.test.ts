import { describe, expect, it } from 'vitest';
import { codingsMatch } from '../../src/data/quote-facets.ts';

describe('matching a quote’s codings to a chosen form and relation', () => {
  const mixed = ['selv-refleksion:supports', 'samskabelse:hinders'];

  it('matches form and relation together, not each on any coding', () => {
    expect(codingsMatch(mixed, 'samskabelse', 'hinders')).toBe(true);
    expect(codingsMatch(mixed, 'samskabelse', 'supports')).toBe(false);
    expect(codingsMatch(mixed, 'selv-refleksion', 'hinders')).toBe(false);
  });

  it('takes a form alone or a relation alone over all codings', () => {
    expect(codingsMatch(mixed, 'samskabelse')).toBe(true);
    expect(codingsMatch(mixed, 'demokrati')).toBe(false);
    expect(codingsMatch(mixed, '', 'supports')).toBe(true);
    expect(codingsMatch(['demokrati:supports'], '', 'hinders')).toBe(false);
  });

  it('puts quotes without codings under "none" only, and everything under no choice', () => {
    expect(codingsMatch([], 'none')).toBe(true);
    expect(codingsMatch(mixed, 'none')).toBe(false);
    expect(codingsMatch([], 'none', 'supports')).toBe(false);
    expect(codingsMatch([], '', 'supports')).toBe(false);
    expect(codingsMatch([])).toBe(true);
    expect(codingsMatch(mixed)).toBe(true);
  });
});
