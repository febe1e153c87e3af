import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citedKeys } from '../../src/versions/citation-keys.ts';
import { changesSince, versionHistory } from '../../src/versions/history.ts';
import { changedWordsHtml } from '../../src/versions/render.ts';
import { wordChanges } from '../../src/versions/changes.ts';
import { authorError } from '../unit/helpers.ts';

// A throwaway repository: version "indleveret", a revision tagged "rettet-1", then one more
// change to content/ that is not tagged yet. The Danish text cites as printed-text links, the
// English in pandoc syntax: both are read.
const chapter = (lang: 'da' | 'en', paragraph: string, extra = '') => `---
title: "${lang === 'da' ? 'Analyse' : 'Analysis'}"
order: 1
part: analysis
summary: "x"
---

## ${lang === 'da' ? 'Afsnit' : 'Section'}

${paragraph}

${extra}
`;
const first = {
  da: chapter('da', 'Borgeren deltager i mødet [(Monrad, 2020, s. 548)](@monrad-2020) og [(Lipsky, 1980)](@lipsky-1980).', 'Et uændret afsnit.'),
  en: chapter('en', 'The citizen takes part in the meeting [@monrad-2020, p. 548] and [@lipsky-1980].', 'An unchanged paragraph.'),
};
const second = {
  da: chapter('da', 'Borgeren deltager aktivt i mødet [(Monrad, 2020, s. 548)](@monrad-2020).', 'Et uændret afsnit.\n\n<Quote id="ad1-ny" />'),
  en: chapter('en', 'The citizen takes an active part in the meeting [@monrad-2020, p. 548].', 'An unchanged paragraph.\n\n<Quote id="ad1-ny" />'),
};

let root: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const write = (files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};
const commit = (message: string, date: string) => {
  git('add', '-A');
  execFileSync('git', ['commit', '-qm', message], { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
};
const tag = (name: string, message: string, date: string) =>
  execFileSync('git', ['tag', '-a', name, '-m', message], { cwd: root, env: { ...process.env, GIT_COMMITTER_DATE: date } });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'versions-'));
  git('init', '-q');
  git('config', 'user.email', 'forfatter@example.org');
  git('config', 'user.name', 'Forfatter');
  write({ 'content/da/analyse.mdx': first.da, 'content/en/analyse.mdx': first.en, 'content/da/slut.mdx': chapter('da', 'Slut.') });
  commit('Specialet som indleveret', '2026-06-01T10:00:00Z');
  tag('indleveret', 'Specialet som indleveret til bedømmelse.', '2026-06-01T12:00:00Z');
  write({ 'content/da/analyse.mdx': second.da, 'content/en/analyse.mdx': second.en });
  commit('Rettelser efter bedømmelsen', '2026-07-01T10:00:00Z');
  tag('rettet-1', 'Første rettelser.', '2026-07-01T12:00:00Z');
  write({ 'content/da/slut.mdx': chapter('da', 'Slut og tak.') });
  commit('Tak tilføjet', '2026-07-02T10:00:00Z');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('version history', () => {
  it('lists annotated tags newest first with date and description, and the content commits since the newest', () => {
    const { versions, unreleased } = versionHistory(root);
    expect(versions.map(({ tag, date, description }) => ({ tag, date, description }))).toEqual([
      { tag: 'rettet-1', date: '2026-07-01T12:00:00+00:00', description: 'Første rettelser.' },
      { tag: 'indleveret', date: '2026-06-01T12:00:00+00:00', description: 'Specialet som indleveret til bedømmelse.' },
    ]);
    expect(unreleased.map((c) => c.message)).toEqual(['Tak tilføjet']);
  });

  it('stops the build when a tag cannot be part of an address, saying how to rename it', async () => {
    tag('rettet/2', 'Skråstreg i navnet.', '2026-07-03T12:00:00Z');
    try {
      expect(await authorError(() => versionHistory(root))).toMatchInlineSnapshot(`
        "git tag rettet/2: the version tag 'rettet/2' cannot be part of the version's address (/v/rettet/2/)
        Fix: Name a version with letters, digits, "-" and "." only: git tag -d 'rettet/2', then git tag -a <name> -m "<description>" on the same commit."
      `);
    } finally {
      git('tag', '-d', 'rettet/2');
    }
  });

  it('lists no commits before the first version: there is nothing yet to have changed since', () => {
    const untagged = mkdtempSync(join(tmpdir(), 'versions-untagged-'));
    execFileSync('git', ['clone', '-q', `file://${root}`, untagged]);
    for (const name of execFileSync('git', ['tag'], { cwd: untagged, encoding: 'utf8' }).split('\n').filter(Boolean)) execFileSync('git', ['tag', '-d', name], { cwd: untagged });
    expect(versionHistory(untagged)).toEqual({ versions: [], unreleased: [] });
    rmSync(untagged, { recursive: true, force: true });
  });

  it('has no versions in a shallow clone, and says so rather than failing', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'versions-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
    expect(versionHistory(shallow)).toEqual({ versions: [], unreleased: [] });
    rmSync(shallow, { recursive: true, force: true });
  });
});

describe('changes since a version', () => {
  it('marks a known edit word by word, names the added quote and the removed citation (Danish)', async () => {
    const [analyse, slut] = await changesSince(root, 'indleveret', 'da');
    expect(analyse.status).toBe('changed');
    expect(analyse.paragraphs).toHaveLength(1);
    expect(analyse.paragraphs[0].id).toBe('p-1');
    expect(changedWordsHtml(analyse.paragraphs[0].words, 'da')).toBe(
      'Borgeren deltager <ins><span class="visually-hidden">tilføjet: </span>aktivt </ins>i mødet (Monrad, 2020, s. 548)<del><span class="visually-hidden">slettet: </span> og (Lipsky, 1980)</del>.',
    );
    expect(analyse.quotes).toEqual({ added: ['ad1-ny'], removed: [] });
    expect(analyse.citations).toEqual({ added: [], removed: ['lipsky-1980'] });
    expect(slut.status).toBe('changed');
  });

  it('does the same for the English edition', async () => {
    const [analysis] = await changesSince(root, 'indleveret', 'en');
    expect(changedWordsHtml(analysis.paragraphs[0].words, 'en')).toBe(
      'The citizen takes <ins><span class="visually-hidden">added: </span>an active </ins>part in the meeting [@monrad-2020, p. 548]<del><span class="visually-hidden">deleted: </span> and [@lipsky-1980]</del>.',
    );
    expect(analysis.quotes.added).toEqual(['ad1-ny']);
    expect(analysis.citations.removed).toEqual(['lipsky-1980']);
  });

  it('lists a chapter that did not change as unchanged', async () => {
    const chapters = await changesSince(root, 'rettet-1', 'en');
    expect(chapters.map((c) => [c.slug, c.status])).toEqual([['analyse', 'unchanged']]);
  });
});

describe('cited keys', () => {
  it('reads pandoc citations and printed-text links alike, not e-mail addresses', () => {
    expect([...citedKeys('[@a-2020, s. 5; @b-2021] @c-2022 [s. 3] [Monrad (2020)](@monrad-2020) skriv til x@y.dk')]).toEqual([
      'a-2020',
      'b-2021',
      'c-2022',
      'monrad-2020',
    ]);
  });
});

describe('word changes', () => {
  it('reads a rewritten citation as one deletion, not fragments around its full stop', () => {
    expect(wordChanges('i arbejdet [@larsen-2022, s. 19]. Herunder', 'i arbejdet. Herunder')).toEqual([
      { kind: 'kept', text: 'i arbejdet' },
      { kind: 'deleted', text: ' [@larsen-2022, s. 19]' },
      { kind: 'kept', text: '. Herunder' },
    ]);
    expect(wordChanges('et foo.', 'et far.')).toEqual([
      { kind: 'kept', text: 'et ' },
      { kind: 'deleted', text: 'foo' },
      { kind: 'inserted', text: 'far' },
      { kind: 'kept', text: '.' },
    ]);
  });
});
