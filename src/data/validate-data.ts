import { join } from 'node:path';
import { chapterSchema } from '../schemas/chapter.ts';
import { participationFormSchema } from '../schemas/participation-form.ts';
import { ContentError } from './content-error.ts';
import { thesisData, type ThesisData } from './thesis-data.ts';
import { checkEditions, type CheckedFile } from './validate-chapters.ts';
import { defaultLang, languageName, translations } from '../i18n/languages.ts';

/**
 * Every check over content/ before the build renders a page: chapters and participation forms
 * in both editions, the data files, and what the chapters place. The first mistake stops the
 * build with its file, line and fix.
 */
export function checkContent(contentDir: string) {
  checkEditions(join(contentDir, 'forms'), participationFormSchema, 'participation form');
  const chapters = checkEditions(contentDir, chapterSchema, 'chapter');
  const data = thesisData(contentDir);
  checkTranslations(data);
  checkQuotePlacements(data, chapters);
}

/**
 * Every original text of a quote or informant has its translation in each other edition: a
 * missing one would show the original in that edition without a word.
 */
export function checkTranslations(data: ThesisData) {
  for (const lang of translations) {
    const missing = (what: string, id: string, path: (string | number)[], name: string) => {
      throw new ContentError(
        data.placeOf(what, id, path),
        `${what} '${id}': ${name} has no ${languageName(lang)}`,
        `Add the translation next to the ${languageName(defaultLang)}, as ${lang}: "…" under ${path.at(-1)}: (docs/authoring.md#the-english-edition).`,
      );
    };
    for (const quote of data.quotes.values()) {
      quote.turns.forEach((turn, t) => {
        if (!turn.text[lang]) missing('quote', quote.id, ['turns', t, 'text'], `turn ${t + 1}`);
        if (turn.intro && !turn.intro[lang]) missing('quote', quote.id, ['turns', t, 'intro'], `the intro of turn ${t + 1}`);
      });
      if (quote.question && !quote.question[lang]) missing('quote', quote.id, ['question'], 'the question');
    }
    for (const informant of data.informants.values()) {
      for (const field of ['label', 'role', 'interviewMode', 'description'] as const) {
        if (informant[field] && !informant[field][lang]) missing('informant', informant.id, [field], field);
      }
    }
  }
}

/**
 * Every quote in content/quotes is placed in a chapter, and a chapter's English twin places the
 * same quotes: a quote nobody places is not on the site at all.
 */
export function checkQuotePlacements(data: ThesisData, chapters: CheckedFile[]) {
  const placed = new Set(chapters.flatMap((c) => c.quotes.map((q) => q.id)));
  const lost = [...data.quotes.keys()].find((id) => !placed.has(id));
  if (lost) {
    throw new ContentError(data.placeOf('quote', lost, ['id']), `quote '${lost}' is not placed in any chapter, so it is not on the site`, `Place it with <Quote id="${lost}" /> where the thesis quotes it (content/da/<chapter>.mdx and its English twin), or delete it.`);
  }
  for (const da of chapters.filter((c) => c.file.includes('/da/'))) {
    const en = chapters.find((c) => c.slug === da.slug && c !== da);
    if (!en) continue;
    const i = Array.from({ length: Math.max(da.quotes.length, en.quotes.length) }, (_, n) => n).find((n) => da.quotes[n]?.id !== en.quotes[n]?.id);
    if (i === undefined) continue;
    const [ours, theirs] = [en.quotes[i], da.quotes[i]];
    throw new ContentError(
      { file: en.file, line: ours?.line },
      `quote ${i + 1} of this chapter is ${ours ? `'${ours.id}'` : 'missing'}, but ${da.file}:${theirs?.line ?? 'end'} places ${theirs ? `'${theirs.id}'` : 'no more quotes'}`,
      theirs ? `Place <Quote id="${theirs.id}" /> here, as the Danish does (both editions place the same quotes in the same order).` : `Remove this <Quote>, or place it in ${da.file} too.`,
    );
  }
}
