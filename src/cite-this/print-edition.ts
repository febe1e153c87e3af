import type { Lang } from '../i18n/ui';
import { withBase } from '../routes';

/** Where each edition's print page and its PDF live; scripts/print-pdf.mjs finds them by `data-pdf`. */
const printEdition = {
  da: { page: 'udskrift', pdf: 'speciale.pdf' },
  en: { page: 'print', pdf: 'thesis.pdf' },
} as const satisfies Record<Lang, { page: string; pdf: string }>;

export const printUrl = (lang: Lang) => withBase(`${lang}/${printEdition[lang].page}/`);
export const pdfUrl = (lang: Lang) => withBase(`${lang}/${printEdition[lang].pdf}`);
