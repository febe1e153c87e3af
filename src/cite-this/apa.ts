import CSL from 'citeproc';
import apa from '../csl/apa.csl?raw';
import localeDa from '../csl/locales-da-DK.xml?raw';
import localeEn from '../csl/locales-en-US.xml?raw';
import type { Lang } from '../i18n/ui';
import type { CslItem } from './thesis-item';

const locales: Record<Lang, [string, string]> = { da: ['da-DK', localeDa], en: ['en-US', localeEn] };
const engines = new Map<Lang, { engine: CSL.Engine; items: Map<string, CslItem> }>();
let formatted = 0;

/** One engine per locale, built once (building parses the whole style); items are swapped in. */
function engineFor(lang: Lang) {
  let found = engines.get(lang);
  if (!found) {
    const items = new Map<string, CslItem>();
    const [locale, xml] = locales[lang];
    const engine = new CSL.Engine({ retrieveLocale: () => xml, retrieveItem: (id: string) => items.get(id) }, apa, locale, true);
    engines.set(lang, (found = { engine, items }));
  }
  return found;
}

/** The reference-list entry for the thesis itself, in APA 7 and the edition's locale, as HTML. */
export function formatApa(item: CslItem): string {
  const { engine, items } = engineFor(item.language);
  // citeproc caches an item by its id, so each call registers the item under an id of its own.
  const id = `${item.id}-${++formatted}`;
  items.clear();
  items.set(id, { ...item, id });
  engine.updateItems([id]);
  const [, entries] = engine.makeBibliography() as [unknown, string[]];
  return entries[0].trim().replace(/^<div class="csl-entry">|<\/div>$/g, '');
}
