import { locales, type Lang } from '../i18n/ui.ts';

/** "12. juni 2026" / "12 June 2026". */
export const dateIn = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
