/**
 * The quote explorer's filters: they apply as they change and live in the URL, so that a
 * filtered view can be shared. Parameters that are not filters (`utm_source`, `fbclid`, …)
 * are left alone.
 */

import { codingFacets, codingsMatch } from '../data/quote-facets.ts';

/** Chosen value per filter, for the filters the explorer has; empty values mean "all". */
export type Filters = Map<string, string>;

export function filtersFrom(params: URLSearchParams, facets: readonly string[]): Filters {
  const filters: Filters = new Map();
  for (const facet of facets) {
    const value = params.get(facet);
    if (value) filters.set(facet, value);
  }
  return filters;
}

/**
 * Does a quote with these facet values (space-separated per facet) pass every filter? Form and
 * relation are matched together on the quote's codings (`demokrati:supports …`).
 */
export function passes(values: (facet: string) => string | undefined, filters: Filters): boolean {
  const own = [...filters].every(([facet, value]) => codingFacets.includes(facet) || (values(facet) ?? '').split(' ').includes(value));
  const codings = (values('codings') ?? '').split(' ').filter(Boolean);
  return own && codingsMatch(codings, filters.get('form') ?? '', filters.get('relation') ?? '');
}

export function startExplorer(form: HTMLFormElement): void {
  const selects = [...form.querySelectorAll('select')];
  const facets = selects.map((s) => s.name);
  const items = [...document.querySelectorAll<HTMLLIElement>('.quote-list > li')];
  const shown = document.querySelector('[data-shown]')!;
  for (const note of document.querySelectorAll<HTMLElement>('[data-needs-script]')) note.hidden = true;

  function apply(filters: Filters) {
    for (const select of selects) select.value = filters.get(select.name) ?? '';
    let count = 0;
    for (const item of items) {
      item.hidden = !passes((facet) => item.dataset[facet], filters);
      if (!item.hidden) count++;
    }
    shown.textContent = String(count);
  }

  form.addEventListener('change', () => {
    const filters = filtersFrom(new URLSearchParams(selects.map((s) => [s.name, s.value])), facets);
    // Parameters the explorer does not know stay in the address as they came.
    const params = new URLSearchParams(location.search);
    for (const facet of facets) params.delete(facet);
    for (const [facet, value] of filters) params.set(facet, value);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
    apply(filters);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.dispatchEvent(new Event('change'));
  });
  apply(filtersFrom(new URLSearchParams(location.search), facets));
}
