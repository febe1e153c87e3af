import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInputs, entryKey } from '../../src/integrations/mdx-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
for (const [path, text] of Object.entries({
  'package-lock.json': '{}',
  'astro.config.mjs': 'export default {}',
  'src/plugins/remark-citations.ts': 'export const a = 1;',
  'content/da/indledning.mdx': '---\ntitle: Indledning\n---\n\nTekst.',
  'content/en/indledning.mdx': '---\ntitle: Introduction\n---\n\nText.',
  'content/quotes/analysedel-1.yaml': '- id: a\n',
  'content/glossary.yaml': '[]',
})) write(path, text);

const inputs = () => JSON.stringify(compileInputs(root));

describe('what a chapter’s compiled MDX is kept by', () => {
  it('changes with the data a chapter shows, our plugins, the packages, the config and the list of chapters', () => {
    for (const [path, text] of [
      ['content/quotes/analysedel-1.yaml', '- id: b\n'],
      ['content/glossary.yaml', '[{}]'],
      ['src/plugins/remark-citations.ts', 'export const a = 2;'],
      ['package-lock.json', '{"v":2}'],
      ['astro.config.mjs', 'export default { base: "/x/" }'],
      ['content/da/metode.mdx', '---\ntitle: Metode\n---\n\nTekst.'],
    ]) {
      const before = inputs();
      write(path, text);
      expect(inputs(), path).not.toBe(before);
    }
  });

  it('does not change when another chapter’s text changes: editing one chapter compiles one', () => {
    const before = inputs();
    write('content/da/indledning.mdx', '---\ntitle: Indledning\n---\n\nAnden tekst.');
    write('content/en/indledning.mdx', '---\ntitle: Introduction\n---\n\nOther text.');
    expect(inputs()).toBe(before);
  });

  it('keeps a chapter apart for each site address, base path and version, whose links and text differ', () => {
    const facts = { url: '', base: '/', version: undefined };
    const key = entryKey(facts, 'content/da/indledning.mdx', 'Tekst.');
    expect(entryKey({ ...facts }, 'content/da/indledning.mdx', 'Tekst.')).toBe(key);
    for (const other of [{ ...facts, base: '/speciale/' }, { ...facts, url: 'https://example.org' }, { ...facts, version: { tag: 'indleveret', date: '' } }]) {
      expect(entryKey(other, 'content/da/indledning.mdx', 'Tekst.')).not.toBe(key);
    }
    expect(entryKey(facts, 'content/da/indledning.mdx', 'Anden tekst.')).not.toBe(key);
  });
});
