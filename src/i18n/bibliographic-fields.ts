import type { Lang } from './ui.ts';

/** Names of CSL fields as a reader of each edition knows them, for "missing: …" notes. */
const danish: Record<string, string> = {
  title: 'titel',
  URL: 'URL',
  publisher: 'forlag/udgiver',
  'given names': 'fornavne',
  'given name': 'fornavn',
  date: 'dato',
  edition: 'udgave',
  editor: 'redaktør',
  'editor roles': 'redaktørroller',
  volume: 'årgang',
  issue: 'nummer',
  page: 'sider',
  DOI: 'DOI',
  'container-title': 'tidsskrift eller bog',
  chapter: 'kapitel',
  or: 'eller',
};

/** "URL or publisher" → "URL eller forlag/udgiver" in Danish; English keeps CSL's words. */
export function fieldNames(fields: string[], lang: Lang): string {
  if (lang !== 'da') return fields.join(', ');
  return fields
    .map((field) => field.split(/(\/| or )/).map((part) => (part === ' or ' ? ' eller ' : (danish[part] ?? part))).join(''))
    .join(', ');
}

/**
 * Words a locator can hold besides page numbers, in each edition's language: the thesis prints
 * "(Beskæftigelsesministeriet, 2016, indledning, b)"; the English edition says "introduction".
 */
export const locatorWords: Record<string, Record<Lang, string>> = {
  introduction: { da: 'indledning', en: 'introduction' },
  and: { da: 'og', en: 'and' },
};

/** A locator's words in a language: "106 og 107" → "106 and 107", "indledning" → "introduction". */
export function locatorIn(locator: string, lang: Lang): string {
  return locator.replace(/\p{L}+/gu, (word) => {
    const entry = Object.values(locatorWords).find((w) => Object.values(w).includes(word.toLowerCase()));
    return entry ? entry[lang] : word;
  });
}
