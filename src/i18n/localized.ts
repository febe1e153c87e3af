import type { Localized } from '../schemas/localized';
import type { Informant } from '../schemas/informant';
import { useTranslations, type Lang } from './ui';

/** A text for an edition and the language it is really in: the Danish original until translated. */
function inEdition(value: Localized, lang: Lang): { text: string; lang: Lang } {
  return lang === 'en' && value.en ? { text: value.en, lang: 'en' } : { text: value.da, lang: 'da' };
}

export const textIn = (value: Localized, lang: Lang) => inEdition(value, lang).text;

/** The `lang` attribute a text needs on a page of the given edition: only when it differs. */
export const langAttribute = (value: Localized, lang: Lang) => {
  const actual = inEdition(value, lang).lang;
  return actual === lang ? undefined : actual;
};

/** An informant's role as the cards and pages print it: "Virksomhedskonsulent, uden myndighed". */
export function roleOf(informant: Informant, lang: Lang): string {
  const t = useTranslations(lang);
  const authority = informant.authority === undefined ? undefined : t(informant.authority ? 'quote.withAuthority' : 'quote.withoutAuthority');
  return [informant.role && textIn(informant.role, lang), authority].filter(Boolean).join(', ');
}
