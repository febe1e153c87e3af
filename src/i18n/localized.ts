import type { Localized } from '../schemas/localized.ts';
import type { Informant } from '../schemas/informant.ts';
import { useTranslations, type Lang } from './ui.ts';

/** A text in an edition's language (every one is translated: tests/unit/alignment.test.ts). */
export const textIn = (value: Localized, lang: Lang) => value[lang];

/** An informant's role as the cards and pages print it: "Virksomhedskonsulent, uden myndighed". */
export function roleOf(informant: Informant, lang: Lang): string {
  const t = useTranslations(lang);
  const authority = informant.authority === undefined ? undefined : t(informant.authority ? 'quote.withAuthority' : 'quote.withoutAuthority');
  return [informant.role && textIn(informant.role, lang), authority].filter(Boolean).join(', ');
}
