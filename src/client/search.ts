/**
 * The search page on pagefind's index. The runtime loads on the first focus of the search field
 * (or at once when the address already holds a search); the query and filters live in the URL so
 * that a search can be shared. Results come in steps, all of them reachable.
 */
import { fill, plural, type PluralSentence } from './messages.ts';

export interface SearchRecord {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
export type FilterCounts = Record<string, Record<string, number>>;
/** Chosen values per filter name. */
export type Chosen = Record<string, string[]>;

interface Pagefind {
  options: (o: object) => Promise<void>;
  init: (lang?: string) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (q: string | null, o: object) => Promise<{ results: { data: () => Promise<SearchRecord> }[]; filters: FilterCounts }>;
}

export interface SearchMessages {
  filters: Record<string, string>;
  count: PluralSentence;
  showing: string;
  none: string;
  loading: string;
}

/** Results drawn at once, and added by each "Show more". */
export const step = 20;

/**
 * Pagefind's ranking, balanced for records of very different lengths: a quote card is a few
 * lines, a paragraph of the theory chapter ten times that. A `pageLength` below the default 0.75
 * keeps short records from winning on length alone; a `termSaturation` above the default 1.4
 * lets a paragraph that keeps using the word (a definition) count it more than once.
 */
export const ranking = { pageLength: 0.25, termSaturation: 1.6, termFrequency: 1 };

export function stateFromUrl(params: URLSearchParams, names: readonly string[]): { query: string; chosen: Chosen } {
  const chosen: Chosen = {};
  for (const name of names) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) chosen[name] = values;
  }
  return { query: params.get('q')?.trim() ?? '', chosen };
}

export function urlSearch(query: string, chosen: Chosen): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(chosen)) for (const value of values) params.append(name, value);
  return params.size ? `?${params}` : '';
}

export interface FilterGroup {
  name: string;
  values: { value: string; count: number; checked: boolean }[];
}

/**
 * The filter groups to draw: values that still find something, and every chosen value (also one
 * the index does not know, so that it can be removed); a group with no values is left out.
 */
export function filterGroups(names: readonly string[], counts: FilterCounts, chosen: Chosen): FilterGroup[] {
  return names
    .map((name) => {
      const known = Object.entries(counts[name] ?? {}).filter(([, count]) => count > 0).map(([value]) => value);
      const values = [...new Set([...known, ...(chosen[name] ?? [])])];
      return { name, values: values.map((value) => ({ value, count: counts[name]?.[value] ?? 0, checked: chosen[name]?.includes(value) ?? false })) };
    })
    .filter((group) => group.values.length > 0);
}

/** Where a quote stands, each place named once ("Analysedel 1 · Analysedel 1" becomes one). */
export function whereLine(meta: SearchRecord['meta']): string {
  if (meta.kind !== 'quote') return '';
  return [...new Set([meta.chapter, meta.section].filter(Boolean))].join(' · ');
}

/** Pagefind's excerpt as text runs; only its own `<mark>` counts as markup, all else is text. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => (part.startsWith('<mark>') ? { text: part.slice(6, -7), marked: true } : { text: part, marked: false }));
}

const words = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * An examiner who types a few remembered words wants the place that says exactly that: records
 * holding the words as a run come first (a quote before the prose that quotes it); otherwise
 * pagefind's order stands.
 */
export function rankByPhrase<T extends Pick<SearchRecord, 'content' | 'meta'>>(results: T[], query: string): T[] {
  const phrase = words(query);
  if (!phrase.trim().includes(' ')) return results;
  const score = (r: T) => (words(r.content).includes(phrase) ? 2 + (r.meta.kind === 'quote' ? 1 : 0) : 0);
  return results.map((r, i) => ({ r, i, s: score(r) })).sort((a, b) => b.s - a.s || a.i - b.i).map(({ r }) => r);
}

export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const filterDetails = root.querySelector<HTMLDetailsElement>('[data-filter-box]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const resultTemplate = root.querySelector<HTMLTemplateElement>('[data-result-template]')!;
  const messages = JSON.parse(root.dataset.messages!) as SearchMessages;
  const names = Object.keys(messages.filters);
  const lang = document.documentElement.lang;

  let pagefind: Promise<Pagefind> | undefined;
  let all: FilterCounts = {};
  let latest = 0;
  let pending: { data: () => Promise<SearchRecord> }[] = [];
  let total = 0;

  async function load(): Promise<Pagefind> {
    const base = root.dataset.pagefindBase!;
    const runtime = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    await runtime.options({ ranking });
    await runtime.init(lang);
    all = await runtime.filters();
    return runtime;
  }
  const ready = () => (pagefind ??= load());

  function selected(): Chosen {
    const chosen: Chosen = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[box.name] ??= []).push(box.value);
    return chosen;
  }

  function drawFilters(counts: FilterCounts, chosen: Chosen) {
    filterBox.replaceChildren(
      ...filterGroups(names, counts, chosen).map(({ name, values }) => {
        const fieldset = document.createElement('fieldset');
        const legend = fieldset.appendChild(document.createElement('legend'));
        legend.textContent = messages.filters[name];
        for (const { value, count, checked } of values) {
          const label = fieldset.appendChild(document.createElement('label'));
          const box = label.appendChild(document.createElement('input'));
          Object.assign(box, { type: 'checkbox', name, value, checked });
          const number = document.createElement('span');
          number.className = 'count';
          number.textContent = String(count);
          label.append(` ${value} `, number);
        }
        return fieldset;
      }),
    );
    const n = Object.values(chosen).flat().length;
    root.querySelector('[data-active-count]')!.textContent = n ? `(${n})` : '';
    if (n) filterDetails.open = true;
  }

  function resultItem({ url, excerpt, meta }: SearchRecord): Node {
    const item = resultTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    item.classList.add(meta.kind === 'quote' ? 'result-quote' : 'result-text');
    const link = item.insertBefore(document.createElement('a'), item.firstChild);
    link.href = url;
    link.textContent = meta.title ?? url;
    const where = item.querySelector<HTMLElement>('.result-where')!;
    where.textContent = whereLine(meta);
    if (meta.kind === 'quote' && meta.forms) {
      const forms = document.createElement('span');
      forms.className = 'result-forms';
      forms.textContent = meta.forms;
      where.append(where.textContent ? ' · ' : '', forms);
    }
    where.hidden = !where.textContent;
    item.querySelector('.result-excerpt')!.append(
      ...excerptParts(excerpt).map(({ text, marked }) => {
        if (!marked) return text;
        const mark = document.createElement('mark');
        mark.textContent = text;
        return mark;
      }),
    );
    return item;
  }

  function drawStatus() {
    const shown = list.children.length;
    const count = total ? plural(lang, messages.count, total) : messages.none;
    status.textContent = shown < total ? `${count} ${fill(messages.showing, { shown, count: total })}` : count;
    more.hidden = shown >= total;
  }

  async function showMore(mine: number, query: string) {
    const next = pending.splice(0, step);
    const records = await Promise.all(next.map((r) => r.data()));
    if (mine !== latest) return;
    // Only the first step is re-ranked: after it, pagefind's order stands.
    list.append(...(list.children.length ? records : rankByPhrase(records, query)).map(resultItem));
    list.dataset.query = query;
    drawStatus();
  }

  async function run(chosen = selected()) {
    // Only the latest query may draw: an earlier, slower one must not overwrite it.
    const mine = ++latest;
    const query = input.value.trim();
    history.replaceState(null, '', `${location.pathname}${urlSearch(query, chosen)}`);
    const pf = await ready();
    if (mine !== latest) return;
    const filters = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, { any: v }]));
    if (!query && !Object.keys(filters).length) {
      drawFilters(all, chosen);
      status.textContent = '';
      list.replaceChildren();
      list.dataset.query = '';
      more.hidden = true;
      return;
    }
    const search = await pf.search(query || null, { filters });
    if (mine !== latest) return;
    pending = [...search.results];
    total = pending.length;
    drawFilters(search.filters, chosen);
    list.replaceChildren();
    await showMore(mine, query);
  }

  input.addEventListener('focus', () => latest === 0 && void run(), { once: true });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', (e) => (e.target as HTMLElement).matches('input[type=checkbox]') && run());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  more.addEventListener('click', () => {
    // Focus stays in the list: on the first of the new results.
    const first = list.children.length;
    void showMore(latest, input.value.trim()).then(() => list.children[first]?.querySelector('a')?.focus());
  });

  const start = stateFromUrl(new URLSearchParams(location.search), names);
  input.value ||= start.query;
  if (matchMedia('(min-width: 48rem)').matches) filterDetails.open = true;
  if (start.query || Object.keys(start.chosen).length) {
    status.textContent = messages.loading;
    void run(start.chosen);
  }
  // Arriving by the "/" shortcut, the reader means to type at once.
  if (location.hash === `#${input.id}`) input.focus();
}
