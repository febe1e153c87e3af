/**
 * The editions, declared once: routing (astro.config.mjs), schemas, content collections,
 * search indexing and the UI all derive their languages from this list. The first is the
 * original, the thesis as submitted.
 */
export const langs = ['da', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = langs[0];
/** The editions that translate the original. */
export const translations: Lang[] = langs.filter((lang) => lang !== defaultLang);

/** A language's name in the authors' messages ("Danish", "English"). */
export const languageName = (lang: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

/** Each edition's locale (BCP 47): its dates are written in it, and its pages name it to link previews. */
export const locales: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/** "da|en", for patterns over paths. */
export const langPattern = langs.join('|');
