import type { Lang } from './ui';

/** Names of CSL fields as a reader of each edition knows them, for "missing: …" notes. */
const danish: Record<string, string> = {
  title: 'titel',
  URL: 'URL',
  publisher: 'forlag/udgiver',
  'given names': 'fornavne',
  'given name': 'fornavn',
  date: 'dato',
  edition: 'udgave',
  editor: 'redaktør',
  'editor roles': 'redaktørroller',
  volume: 'årgang',
  issue: 'nummer',
  page: 'sider',
  DOI: 'DOI',
  'container-title': 'tidsskrift eller bog',
  chapter: 'kapitel',
  or: 'eller',
};

/** "URL or publisher" → "URL eller forlag/udgiver" in Danish; English keeps CSL's words. */
export function fieldNames(fields: string[], lang: Lang): string {
  if (lang !== 'da') return fields.join(', ');
  return fields
    .map((field) => field.split(/(\/| or )/).map((part) => (part === ' or ' ? ' eller ' : (danish[part] ?? part))).join(''))
    .join(', ');
}
