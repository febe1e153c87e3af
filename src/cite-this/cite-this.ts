import { site } from '../site.config.ts';
import { useTranslations } from '../i18n/ui.ts';
import { formatApa } from './apa.ts';
import { citationFormats, type CitationFormat } from './formats.ts';
import { thesisItem, type CitedWork, type PublicationFacts } from './thesis-item.ts';

export { citationFormats, type CitationFormat } from './formats.ts';
export type { CitedWork } from './thesis-item.ts';

/** Everything a reader gets to cite a page: the CSL item, its APA entry and what is not known. */
export function citeThis(work: CitedWork, facts: PublicationFacts = site) {
  const item = citedItem(work, facts);
  return { item, apa: formatApa(item), authorNotStated: !item.author };
}

const citedItem = (work: CitedWork, facts: PublicationFacts) =>
  thesisItem(facts, work, { authorNotStated: useTranslations(work.lang)('cite.authorNotStated') });

/** A citation file as it is downloaded: the page's own address plus "citation.<format>". */
export const citationFileUrl = (pagePath: string, format: CitationFormat) => `${pagePath}citation.${format}`;

export const citationFile = (work: CitedWork, format: CitationFormat, facts: PublicationFacts = site) =>
  citationFormats[format].format(citedItem(work, facts));
