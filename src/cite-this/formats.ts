import type { CslItem } from './thesis-item.ts';

const bibtexLanguage = { da: 'danish', en: 'english' } as const;

/** Braces keep BibTeX from recasing; LaTeX's special characters are escaped. */
const bibtexValue = (text: string) => `{${text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}')}}`;

const names = (item: CslItem) => item.author?.map((n) => (n.given ? `${n.family}, ${n.given}` : n.family));

/** BibTeX: the thesis as @mastersthesis, a chapter as @inbook of it. */
export function toBibtex(item: CslItem): string {
  const date = item['available-date']?.['date-parts'][0];
  const fields: [string, string | undefined][] = [
    ['title', item.title],
    ['booktitle', item['container-title']],
    ['chapter', item.section && `${item.section}: ${item.title}`],
    ['author', names(item)?.join(' and ')],
    [item.type === 'thesis' ? 'school' : 'publisher', item.publisher],
    ['type', item.genre],
    ['year', item.issued?.['date-parts'][0][0].toString()],
    ['version', item.version],
    ['date', date?.map((n) => String(n).padStart(2, '0')).join('-')],
    ['url', item.URL],
    ['language', bibtexLanguage[item.language]],
    ['note', item.note],
  ];
  const body = fields.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => `  ${k} = ${bibtexValue(v)}`);
  return `@${item.type === 'thesis' ? 'mastersthesis' : 'inbook'}{${item.id},\n${body.join(',\n')}\n}\n`;
}

/** RIS: TY THES for the thesis, TY CHAP with the thesis as T2 for a chapter. */
export function toRis(item: CslItem): string {
  const date = item['available-date']?.['date-parts'][0];
  const lines: [string, string | undefined][] = [
    ['TY', item.type === 'thesis' ? 'THES' : 'CHAP'],
    ['TI', item.title],
    ['T2', item['container-title']],
    ['SE', item.section],
    ...(names(item) ?? []).map((n): [string, string] => ['AU', n]),
    ['PY', item.issued?.['date-parts'][0][0].toString()],
    ['PB', item.publisher],
    ['M3', item.genre],
    ['ET', item.version],
    ['DA', date?.map((n) => String(n).padStart(2, '0')).join('/')],
    ['UR', item.URL],
    ['LA', item.language],
    ['N1', item.note],
    ['ER', ''],
  ];
  return lines
    .filter(([tag, value]) => tag === 'ER' || value)
    .map(([tag, value]) => `${tag}  - ${value}`.trimEnd())
    .join('\r\n')
    .concat('\r\n');
}

export const toCslJson = (item: CslItem) => `${JSON.stringify([item], null, 2)}\n`;

/** The downloads, by file extension; the extension names the format for the reader too. */
export const citationFormats = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex', format: toBibtex },
  ris: { label: 'RIS', type: 'application/x-research-info-systems', format: toRis },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', format: toCslJson },
} as const;
export type CitationFormat = keyof typeof citationFormats;
