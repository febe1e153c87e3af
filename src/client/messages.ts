/**
 * UI sentences on the client: whole sentences with `{name}` placeholders, chosen by
 * `Intl.PluralRules`. The server puts the sentences of the page's language in a data attribute.
 */

import { fill } from '../i18n/fill.ts';

export { fill };

/** A sentence in each plural category the language needs; `other` always exists. */
export type PluralSentence = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The sentence for `count` in `lang`, filled with `count` and the other values. */
export function plural(lang: string, sentence: PluralSentence, count: number, values: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(sentence[category] ?? sentence.other, { count: count.toLocaleString(lang), ...values });
}
