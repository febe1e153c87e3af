import { defaultLang, isLang, type Lang } from './ui.ts';

/** The edition a component is rendered in, from the page's locale. */
export const currentLang = (astro: { currentLocale?: string }): Lang =>
  isLang(astro.currentLocale) ? astro.currentLocale : defaultLang;
