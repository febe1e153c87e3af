import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { authorError, fixtureContent } from './helpers.ts';

/** A copy of the fixture content with one file replaced, read the way the build reads it. */
function readWith(file: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(fixtureContent, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return readThesisData(relative(dir, dir) || '.');
  } finally {
    process.chdir(cwd);
  }
}

const quote = (fields: string) => `- id: q-one\n  setting: interview\n  attribution: "X"\n${fields}`;

describe('reading content/', () => {
  it('reads every kind of entry from the fixture', () => {
    const data = readThesisData(fixtureContent);
    expect([...data.informants.keys()]).toEqual(['informant-1', 'sb', 'borger']);
    expect([...data.quotes.keys()]).toEqual(['eksempel-gs-praktik', 'eksempel-k-dialog']);
    expect(data.formIds).toEqual(['demokrati']);
    expect(data.quotes.get('eksempel-k-dialog')?.turns[1].text).toEqual({ da: 'Jamen, fuglen var fløjet, ikke? [Alle griner]', en: '' });
  });

  it('names file, line and fix for an unknown speaker', async () => {
    expect(await authorError(() => readWith('quotes/example.yaml', quote('  turns:\n    - speaker: informant-7\n      text: { da: "Hej" }\n')))).toMatchInlineSnapshot(`
      "quotes/example.yaml:5: quote 'q-one' names speaker 'informant-7', which is not in content/informants.yaml
      Fix: Use one of: informant-1, borger, sb."
    `);
  });

  it('names file, line and fix for an unknown participation form', async () => {
    const codings = '  forms:\n    - { form: demokrati, relation: supports, basis: "Her." }\n    - { form: forbrugg, relation: hinders, basis: "Her." }\n';
    expect(await authorError(() => readWith('quotes/example.yaml', quote(`${codings}  turns:\n    - speaker: sb\n      text: { da: "Hej" }\n`)))).toMatchInlineSnapshot(`
      "quotes/example.yaml:6: quote 'q-one' names participation form 'forbrugg', which is not in content/forms/da/
      Fix: Use one of: demokrati."
    `);
  });

  it('says how to write a coding and its relation', async () => {
    const turns = '  turns:\n    - speaker: sb\n      text: { da: "Hej" }\n';
    expect(await authorError(() => readWith('quotes/example.yaml', quote(`  forms: [demokrati]\n${turns}`)))).toMatchInlineSnapshot(`
      "quotes/example.yaml:4: quote 'q-one': forms.0: write each coding as { form: …, relation: supports | hinders, basis: "…" }
      Fix: See the quote format in docs/authoring.md#quotes."
    `);
    expect(await authorError(() => readWith('quotes/example.yaml', quote(`  forms:\n    - form: demokrati\n      relation: shows\n      basis: "Her."\n${turns}`)))).toMatchInlineSnapshot(`
      "quotes/example.yaml:6: quote 'q-one': forms.0.relation: write 'supports' (the analysis shows the form) or 'hinders' (the analysis says the form was hindered, challenged or negatively affected)
      Fix: See the quote format in docs/authoring.md#quotes."
    `);
    expect(await authorError(() => readWith('quotes/example.yaml', quote(`  forms:\n    - form: demokrati\n      relation: supports\n${turns}`)))).toMatchInlineSnapshot(`
      "quotes/example.yaml:5: quote 'q-one': forms.0.basis: quote the analysis sentence that names the form for this quote
      Fix: See the quote format in docs/authoring.md#quotes."
    `);
    const twice = '  forms:\n    - { form: demokrati, relation: supports, basis: "Her." }\n    - { form: demokrati, relation: hinders, basis: "Der." }\n';
    expect(await authorError(() => readWith('quotes/example.yaml', quote(`${twice}${turns}`)))).toMatchInlineSnapshot(`
      "quotes/example.yaml:6: quote 'q-one' codes participation form 'demokrati' twice
      Fix: Keep one coding per form: the analysis either shows the form (supports) or says it was hindered (hinders)."
    `);
  });

  it('names the field that breaks the schema', async () => {
    expect(await authorError(() => readWith('quotes/example.yaml', quote('  setting: telefon\n  turns: []\n').replace('  setting: interview\n', '')))).toMatchInlineSnapshot(`
      "quotes/example.yaml:3: quote 'q-one': setting: Invalid option: expected one of "interview"|"observation"
      Fix: See the quote format in docs/authoring.md#quotes."
    `);
  });

  it('reports a duplicate id and invalid YAML at their lines', async () => {
    expect(await authorError(() => readWith('informants.yaml', '- id: sb\n  label: { da: SB }\n  municipality: K\n  setting: observation\n- id: sb\n  label: { da: SB }\n  municipality: K\n  setting: observation\n'))).toMatchInlineSnapshot(`
      "informants.yaml:5: informant id 'sb' is used twice
      Fix: Give one of them another id; ids must be unique across content/."
    `);
    expect(await authorError(() => readWith('informants.yaml', '- id: sb\n  label: { da: "SB }\n'))).toMatchInlineSnapshot(`
      "informants.yaml:3:1: this is not valid YAML/JSON: Missing closing "quote
      Fix: A quotation mark opened on or before this line is never closed: end the value with " (write \\" for a quotation mark inside it)."
    `);
  });
});

describe('chapter frontmatter', () => {
  it('names the file, the line of the wrong field and the fix', async () => {
    const { checkFrontmatter } = await import('../../src/data/read-list-file.ts');
    const { chapterSchema } = await import('../../src/schemas/chapter.ts');
    const dir = mkdtempSync(join(tmpdir(), 'chapter-'));
    const write = (text: string) => {
      writeFileSync(join(dir, 'kapitel.mdx'), text);
      return () => checkFrontmatter(join(dir, 'kapitel.mdx'), chapterSchema, 'chapter');
    };
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await authorError(write('---\ntitle: "Konklusion"\norder: 14\npart: "afslutning"\nsummary: "x"\n---\n\nTekst.\n'))).toMatchInlineSnapshot(`
        "kapitel.mdx:4: chapter frontmatter: part: Invalid option: expected one of "front"|"method"|"theory"|"analysis"|"closing"
        Fix: See the chapter frontmatter in docs/authoring.md#chapters."
      `);
      expect(await authorError(write('---\ntitle: "Analysedel 1"\norder: 9\npart: "analysis"\nsummary: "x"\n---\n'))).toMatchInlineSnapshot(`
        "kapitel.mdx:2: chapter frontmatter: question: An analysis part must name the working question it answers: add \`question:\` to the frontmatter.
        Fix: See the chapter frontmatter in docs/authoring.md#chapters."
      `);
      expect(await authorError(write('Ingen frontmatter.\n'))).toMatchInlineSnapshot(`
        "kapitel.mdx:1: chapter has no frontmatter
        Fix: Start the file with a --- block holding title, order, part and summary (docs/authoring.md#chapters)."
      `);
    } finally {
      process.chdir(cwd);
    }
  });
});
