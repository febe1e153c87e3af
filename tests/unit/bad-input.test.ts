import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterComponentNames } from '../../src/data/validate-chapters.ts';
import { checkContent } from '../../src/data/validate-data.ts';
import { authorError, fixtureContent } from './helpers.ts';

/**
 * Author mistakes, one kind per test, each made in a small but complete project (the fixture
 * content plus two chapters in both editions) and checked the way the build checks content/
 * before rendering. Every message names the file and line and says what to do.
 */
const chapter = (_lang: 'da' | 'en', fields: string, body: string) => `---\n${fields}\n---\n\n${body}\n`;
const good: Record<string, string> = {
  'da/indledning.mdx': chapter('da', 'title: "Indledning"\norder: 1\npart: front\nsummary: "Kapitlet indleder."', '## Baggrund\n\nBorgerinddragelse [@monrad-2020, s. 548] er et krav.\n\nSe også [analysen](../analyse/).'),
  'en/indledning.mdx': chapter('en', 'title: "Introduction"\norder: 1\npart: front\nsummary: "The chapter introduces."', '## Background\n\nCitizen participation [@monrad-2020, p. 548] is a requirement.\n\nSee also [the analysis](../analyse/).'),
  'da/analyse.mdx': chapter('da', 'title: "Analyse"\norder: 2\npart: analysis\nsummary: "Kapitlet analyserer."\nquestion: "Hvordan?"', '## Praktik\n\n<Quote id="eksempel-gs-praktik" />\n\n<Quote id="eksempel-k-dialog" />\n\n<Informant id="informant-1" />'),
  'en/analyse.mdx': chapter('en', 'title: "Analysis"\norder: 2\npart: analysis\nsummary: "The chapter analyses."\nquestion: "How?"', '## Work placement\n\n<Quote id="eksempel-gs-praktik" />\n\n<Quote id="eksempel-k-dialog" />\n\n<Informant id="informant-1" />'),
  'forms/en/demokrati.mdx': '---\ntitle: Democracy\norder: 1\nsummary: The citizen has a say in decisions.\n---\n\nDemocracy is about influence [@monrad-2020, p. 548].\n',
};

/** The fixture's quotes and informants with their English filled in, as a finished edition has them. */
const translated = (file: string) =>
  readFileSync(join(fixtureContent, file), 'utf8')
    .replace(/text: \{ da: ("[^"]*") \}/g, 'text: { da: $1, en: $1 }')
    .replace(/(\n\s+)da: ("[^"]*")\n/g, '$1da: $2$1en: $2\n');

/** Checks the project with `change` applied (text, bytes, or null to delete a file); resolves to the error an author sees. */
async function mistake(change: Record<string, string | Buffer | null>) {
  const dir = mkdtempSync(join(tmpdir(), 'project-'));
  cpSync(fixtureContent, join(dir, 'content'), { recursive: true });
  const files = { 'quotes/example.yaml': translated('quotes/example.yaml'), ...good, ...change };
  for (const [file, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, 'content', file), { force: true });
    else {
      mkdirSync(dirname(join(dir, 'content', file)), { recursive: true });
      writeFileSync(join(dir, 'content', file), text);
    }
  }
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await authorError(() => checkContent('content'));
  } finally {
    process.chdir(cwd);
  }
}

const edit = (file: string, from: string | RegExp, to: string) => ({ [file]: good[file].replace(from, to) });
const editData = (file: string, from: string | RegExp, to: string) => ({ [file]: (file.startsWith('quotes/') ? translated(file) : readFileSync(join(fixtureContent, file), 'utf8')).replace(from, to) });

describe('the project the mistakes are made in', () => {
  it('passes every check as it is', async () => {
    await expect(mistake({})).rejects.toThrow('expected a failure');
  });
  it('and so does the thesis in content/', () => {
    expect(() => checkContent('content')).not.toThrow();
  });
});

describe('encoding and syntax', () => {
  it('a Latin-1 byte in a chapter', async () => {
    expect(await mistake({ 'da/indledning.mdx': Buffer.from(good['da/indledning.mdx'].replace('krav', 'kræv'), 'latin1') })).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:10:50: byte 0xE6 is not UTF-8: the file was saved in another encoding (Latin-1 or Windows-1252, perhaps)
      Fix: Save the file as UTF-8 (in VS Code: "Reopen with Encoding" → Western (Windows 1252), then "Save with Encoding" → UTF-8) and check its æ, ø and å."
    `);
  });
  it('a Latin-1 byte in a data file', async () => {
    expect(await mistake({ 'informants.yaml': Buffer.from(readFileSync(join(fixtureContent, 'informants.yaml'), 'utf8'), 'latin1') })).toMatchInlineSnapshot(`
      "content/informants.yaml:4:20: byte 0xE6 is not UTF-8: the file was saved in another encoding (Latin-1 or Windows-1252, perhaps)
      Fix: Save the file as UTF-8 (in VS Code: "Reopen with Encoding" → Western (Windows 1252), then "Save with Encoding" → UTF-8) and check its æ, ø and å."
    `);
  });
  it('a frontmatter value holding ": "', async () => {
    expect(await mistake(edit('da/indledning.mdx', 'title: "Indledning"', 'title: Etik: et kapitel'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:2:8: this is not valid YAML/JSON: Nested mappings are not allowed in compact mappings
      Fix: A value that holds ": " must be in double quotes: title: "Etik: et kapitel""
    `);
  });
  it('a frontmatter field given twice', async () => {
    expect(await mistake(edit('da/indledning.mdx', 'order: 1', 'order: 1\norder: 3'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:4:1: this is not valid YAML/JSON: Map keys must be unique
      Fix: 'order' is given twice in this entry; keep one of the two lines."
    `);
  });
  it('an unclosed <Quote', async () => {
    expect(await mistake(edit('da/analyse.mdx', '<Quote id="eksempel-gs-praktik" />', '<Quote id="eksempel-gs-praktik"'))).toMatchInlineSnapshot(`
      "content/da/analyse.mdx:11:1: <Quote is never closed
      Fix: End the tag with "/>" before the paragraph ends: <Quote id="…" />."
    `);
  });
  it('a literal brace', async () => {
    expect(await mistake(edit('da/indledning.mdx', 'er et krav.', 'er et {krav.'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:10:54: this is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`
      Fix: In MDX { starts an expression: write \\{ and \\} for literal braces."
    `);
  });
});

describe('chapters', () => {
  it('knows exactly the components chapters can use', () => {
    const declared = readFileSync('src/components/chapter-components.ts', 'utf8').match(/chapterComponents = \{([^}]*)\}/)![1];
    // Lowercase keys (`table: Table`) restyle Markdown's own elements; authors write only the capitalised ones.
    const components = declared.split(',').map((name) => name.trim()).filter((name) => /^[A-Z]/.test(name));
    expect(components).toEqual(chapterComponentNames);
  });
  it('an unknown component', async () => {
    expect(await mistake(edit('da/analyse.mdx', '<Informant id="informant-1" />', '<Citat id="informant-1" />'))).toMatchInlineSnapshot(`
      "content/da/analyse.mdx:15:1: <Citat> is not a component a chapter can use
      Fix: Use one of: EditorialNote, Figure, Informant, ParticipationForm, Quote (docs/authoring.md#chapters)."
    `);
  });
  it('an empty chapter', async () => {
    expect(await mistake({ 'da/indledning.mdx': chapter('da', 'title: "Indledning"\norder: 1\npart: front\nsummary: "x"', '') })).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:7: the chapter has no text
      Fix: Write the chapter's text below the frontmatter, or delete the file (and its English twin)."
    `);
  });
  it('two chapters at the same position', async () => {
    expect(await mistake(edit('da/analyse.mdx', 'order: 2', 'order: 1'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:3: order 1 is also the order of content/da/analyse.mdx
      Fix: Give each chapter its own position: change one of the two (2 is free), and the same in its twin."
    `);
  });
  it('a Danish chapter without its English twin', async () => {
    expect(await mistake({ 'en/analyse.mdx': null })).toMatchInlineSnapshot(`
      "content/da/analyse.mdx: the chapter has no English twin: content/en/analyse.mdx is missing
      Fix: Start it from the Danish: copy content/da/analyse.mdx to content/en/analyse.mdx and translate it block by block (docs/authoring.md#the-english-edition)."
    `);
  });
  it('an English chapter without its Danish original', async () => {
    expect(await mistake({ 'en/etik.mdx': good['en/indledning.mdx'] })).toMatchInlineSnapshot(`
      "content/en/etik.mdx: the English chapter has no Danish original: content/da/etik.mdx is missing
      Fix: Give it the file name of the Danish chapter it translates (the names must match), or add content/da/etik.mdx."
    `);
  });
  it('a participation form without its English twin', async () => {
    expect(await mistake({ 'forms/en/demokrati.mdx': null })).toMatchInlineSnapshot(`
      "content/forms/da/demokrati.mdx: the participation form has no English twin: content/forms/en/demokrati.mdx is missing
      Fix: Start it from the Danish: copy content/forms/da/demokrati.mdx to content/forms/en/demokrati.mdx and translate it block by block (docs/authoring.md#the-english-edition)."
    `);
  });
  it('a heading at the level of the title', async () => {
    expect(await mistake(edit('da/indledning.mdx', '## Baggrund', '# Baggrund'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:8:1: a heading of level 1 repeats the title level
      Fix: The chapter's title is its heading: start sections at ## (h2)."
    `);
  });
  it('a heading that skips a level', async () => {
    expect(await mistake(edit('da/indledning.mdx', '## Baggrund', '## Baggrund\n\n#### Detaljer'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:10:1: a heading of level 4 follows level 2
      Fix: Use ### here: headings go down one level at a time."
    `);
  });
  it('a link from the site root', async () => {
    expect(await mistake(edit('da/indledning.mdx', '../analyse/', '/da/analyse/'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:12:9: the link '/da/analyse/' starts at the site root, which breaks where the site is published under a sub-path
      Fix: Link relative to the chapter: ../<chapter>/ for another chapter of this edition, #<id> within this one."
    `);
  });
  it('a link to a chapter that does not exist', async () => {
    expect(await mistake(edit('da/indledning.mdx', '../analyse/', '../analysen/'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:12:9: the link '../analysen/' does not lead to a chapter of this edition
      Fix: Write ../<chapter>/ with one of: analyse, indledning."
    `);
  });
  it('a frontmatter field that is not known', async () => {
    expect(await mistake(edit('da/indledning.mdx', 'part: front', 'part: front\nauthor: "X"'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:5: chapter frontmatter: 'author' is not a field here
      Fix: Remove it or correct its spelling; the fields are: lang, order, part, question, short, summary, title."
    `);
  });
});

describe('citations', () => {
  it('a key with a capital letter', async () => {
    expect(await mistake(edit('da/indledning.mdx', '[@monrad-2020, s. 548]', '[@Monrad-2020, s. 548]'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:10:20: citation key '@Monrad-2020' has capital letters, so it would be printed as text, not cited
      Fix: Keys are lowercase: write @monrad-2020."
    `);
  });
  it('a key with a capital letter, in the printed form', async () => {
    expect(await mistake(edit('da/indledning.mdx', '[@monrad-2020, s. 548]', '([Monrad, 2020, s. 548](@Monrad-2020))'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:10:20: citation key '@Monrad-2020' has capital letters
      Fix: Keys are lowercase: write (@monrad-2020)."
    `);
  });
  it('a citation split by emphasis', async () => {
    expect(await mistake(edit('da/indledning.mdx', '[@monrad-2020, s. 548]', '[@monrad-2020, s. *548*]'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:10:19: the citation '[@monrad-2020, s.…' is split by emphasis, so it would be printed as text, not cited
      Fix: Write the locator without * _ or \` inside the brackets: [@monrad-2020, s. 5]."
    `);
  });
  it('a citation split by emphasis, in the printed form', async () => {
    expect(await mistake(edit('da/indledning.mdx', '[@monrad-2020, s. 548]', '([Monrad, 2020, s. *548*](@monrad-2020))'))).toMatchInlineSnapshot(`
      "content/da/indledning.mdx:10:38: the citation of '@monrad-2020' is split by emphasis, so part of it would not be linked
      Fix: Write the citation text without * _ or \` inside the brackets, as the thesis prints it: [Monrad, 2020, s. 5](@monrad-2020)."
    `);
  });
});

describe('quotes', () => {
  it('a quotes file with an extension that is not read', async () => {
    expect(await mistake({ 'quotes/extra.yml': '- id: x\n' })).toMatchInlineSnapshot(`
      "content/quotes/extra.yml: this file is not read: only .yaml files in content/quotes/ are
      Fix: Rename it to extra.yaml, or move it out of content/quotes/ if it is not meant for the site."
    `);
  });
  it('a quote without its English', async () => {
    expect(await mistake({ 'quotes/example.yaml': readFileSync(join(fixtureContent, 'quotes/example.yaml'), 'utf8') })).toMatchInlineSnapshot(`
      "content/quotes/example.yaml:11: quote 'eksempel-gs-praktik': turn 1 has no English
      Fix: Add the translation next to the Danish, as en: "…" under text: (docs/authoring.md#the-english-edition)."
    `);
  });
  it('a quote placed in no chapter', async () => {
    const both = (file: string) => edit(file, '<Quote id="eksempel-k-dialog" />', '');
    expect(await mistake({ ...both('da/analyse.mdx'), ...both('en/analyse.mdx') })).toMatchInlineSnapshot(`
      "content/quotes/example.yaml:13: quote 'eksempel-k-dialog' is not placed in any chapter, so it is not on the site
      Fix: Place it with <Quote id="eksempel-k-dialog" /> where the thesis quotes it (content/da/<chapter>.mdx and its English twin), or delete it."
    `);
  });
  it('a quote the English edition does not place', async () => {
    expect(await mistake(edit('en/analyse.mdx', '<Quote id="eksempel-k-dialog" />', ''))).toMatchInlineSnapshot(`
      "content/en/analyse.mdx: quote 2 of this chapter is missing, but content/da/analyse.mdx:13 places 'eksempel-k-dialog'
      Fix: Place <Quote id="eksempel-k-dialog" /> here, as the Danish does (both editions place the same quotes in the same order)."
    `);
  });
  it('a quote id used twice', async () => {
    expect(await mistake({ 'quotes/more.yaml': translated('quotes/example.yaml').split('\n- id: eksempel-k-dialog')[0] })).toMatchInlineSnapshot(`
      "content/quotes/more.yaml:1: quote id 'eksempel-gs-praktik' is used twice
      Fix: Give one of them another id; ids must be unique across content/."
    `);
  });
  it('an informant without their English label', async () => {
    expect(await mistake(editData('informants.yaml', 'label: { da: "SB", en: "SB" }', 'label: { da: "SB" }'))).toMatchInlineSnapshot(`
      "content/informants.yaml:8: informant 'sb': label has no English
      Fix: Add the translation next to the Danish, as en: "…" under label: (docs/authoring.md#the-english-edition)."
    `);
  });
});

describe('references', () => {
  it('an unknown CSL type', async () => {
    expect(await mistake(editData('references.json', '"type": "book",', '"type": "bog",'))).toMatchInlineSnapshot(`
      "content/references.json:13: reference 'lipsky-1980': type: 'bog' is not a CSL item type
      Fix: Use a CSL type, e.g. book, bill, broadcast, article, article-journal; all of them are listed in docs/authoring.md#references."
    `);
  });
  it('a year that is not a number', async () => {
    expect(await mistake(editData('references.json', '[[1980]]', '[["1980x"]]'))).toMatchInlineSnapshot(`
      "content/references.json:15: reference 'lipsky-1980': issued.date-parts.0.0: '1980x' is not a whole number
      Fix: Write the year in digits only, e.g. 2020; a letter the thesis prints after the year (2022b) goes in the citation key."
    `);
  });
  it('month 13', async () => {
    expect(await mistake(editData('references.json', '[[1980]]', '[[1980, 13]]'))).toMatchInlineSnapshot(`
      "content/references.json:15: reference 'lipsky-1980': issued.date-parts.0.1: month 13 does not exist
      Fix: Give the month as 1 to 12 (the second number), or leave it out."
    `);
  });
  it('30 February', async () => {
    expect(await mistake(editData('references.json', '[[1980]]', '[[1980, 2, 30]]'))).toMatchInlineSnapshot(`
      "content/references.json:15: reference 'lipsky-1980': issued.date-parts.0.2: day 30 does not exist in 1980-02
      Fix: Give a day from 1 to 29 (the third number), or leave it out."
    `);
  });
  it('no author and no title', async () => {
    const json = JSON.parse(readFileSync(join(fixtureContent, 'references.json'), 'utf8'));
    delete json[1].author;
    delete json[1].title;
    expect(await mistake({ 'references.json': JSON.stringify(json, null, 2) })).toMatchInlineSnapshot(`
      "content/references.json:28: reference 'lipsky-1980': (entry): the entry has no author, editor, title or number, so the bibliography would print nothing a reader can find the work by
      Fix: Add "author" (or "editor") and "title" as the thesis's reference list gives them; a law gets its "number" (e.g. "LBK nr. 2394")."
    `);
  });
  it('a key with a capital letter', async () => {
    expect(await mistake(editData('references.json', '"id": "lipsky-1980"', '"id": "Lipsky-1980"'))).toMatchInlineSnapshot(`
      "content/references.json:12: reference 'Lipsky-1980': id: use the key rule in docs/authoring.md
      Fix: See the reference format in docs/authoring.md#references."
    `);
  });
});
