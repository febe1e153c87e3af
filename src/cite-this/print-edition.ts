import type { Lang } from '../i18n/ui.ts';
import { sectionUrl, withBase } from '../routes.ts';

/** The PDF's file name per edition; src/integrations/print-pdf.ts finds the print pages by `data-pdf`. */
const pdfName = { da: 'speciale.pdf', en: 'thesis.pdf' } as const satisfies Record<Lang, string>;

export const printUrl = (lang: Lang) => sectionUrl(lang, 'print');
/** The PDF a built page is the print edition of (its `<article class="print-edition" data-pdf>`, see PrintEdition.astro), if it is one. */
export const printedAs = (html: string): string | undefined => html.match(/<article class="print-edition" data-pdf="([^"]+)"/)?.[1];
export const pdfUrl = (lang: Lang) => withBase(`${lang}/${pdfName[lang]}`);
/** The print page's running headers, one named page per chapter (see running-headers.css.ts). */
export const runningHeadersUrl = (lang: Lang) => withBase(`${lang}/running-headers.css`);
