import CSL from 'citeproc';
import apa from '../csl/apa.csl?raw';
import localeDa from '../csl/locales-da-DK.xml?raw';
import localeEn from '../csl/locales-en-US.xml?raw';
import type { Reference } from '../schemas/reference';
import type { Lang } from '../i18n/ui';

const cslLocale: Record<Lang, string> = { da: 'da-DK', en: 'en-US' };
const localeFiles: Record<string, string> = { 'da-DK': localeDa, 'en-US': localeEn };

export interface Cite {
  key: string;
  /** The locator text as written after the comma, e.g. "s. 106 og 107". */
  locator?: string;
}

export interface FormattedEntry {
  key: string;
  html: string;
}

/** Locator labels authors write, mapped to CSL's; a locator without one is a page. */
const locatorLabels: [RegExp, string][] = [
  [/^(s\.|p\.|pp\.|side|sider)\s*/i, 'page'],
  [/^(kap\.|chap\.|kapitel|chapter)\s*/i, 'chapter'],
  [/^(§§?)\s*/, 'section'],
  [/^(afsnit|sec\.|section)\s*/i, 'section'],
];

export function parseLocator(text: string): { locator: string; label: string } {
  for (const [pattern, label] of locatorLabels) {
    if (pattern.test(text)) return { label, locator: text.replace(pattern, '').trim() };
  }
  return { label: 'page', locator: text.trim() };
}

/**
 * APA 7th through citeproc-js, one engine per language, all works registered up front so
 * that the engine disambiguates (same author and year, same surname) across the whole thesis.
 */
export class CitationEngine {
  readonly lang: Lang;
  private engine: CSL.Engine;
  private layout: { prefix: string; suffix: string; delimiter: string };
  private references: Map<string, Reference>;

  constructor(lang: Lang, references: Map<string, Reference>) {
    this.lang = lang;
    this.references = references;
    const style = apa;
    const sys = {
      retrieveLocale: (locale: string) => localeFiles[locale] ?? localeEn,
      retrieveItem: (key: string) => {
        const { custom: _custom, note: _note, ...item } = references.get(key) as Reference;
        return item;
      },
    };
    this.engine = new CSL.Engine(sys, style, cslLocale[lang], true);
    this.engine.updateItems([...references.keys()]);
    // The style's own citation layout joins the cites of one parenthesis; read it rather than assume it.
    const layout = style.match(/<citation[\s\S]*?<layout([^>]*)>/)?.[1] ?? '';
    const attr = (name: string, fallback: string) => layout.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? fallback;
    this.layout = { prefix: attr('prefix', '('), suffix: attr('suffix', ')'), delimiter: attr('delimiter', '; ') };
  }

  private cluster(cite: Cite, flags: Record<string, boolean> = {}): string {
    const item = { id: cite.key, ...(cite.locator ? parseLocator(cite.locator) : {}), ...flags };
    return this.engine.makeCitationCluster([item]);
  }

  /** One cite of a parenthetical group, without the group's parentheses: "Monrad, 2020, s. 548". */
  parenthetical(cite: Cite): string {
    const html = this.cluster(cite);
    const { prefix, suffix } = this.layout;
    return html.startsWith(prefix) && html.endsWith(suffix) ? html.slice(prefix.length, html.length - suffix.length) : html;
  }

  /** A narrative cite: "Monrad (2020, s. 548)". */
  narrative(cite: Cite): string {
    return `${this.cluster(cite, { 'author-only': true })} ${this.cluster(cite, { 'suppress-author': true })}`;
  }

  has(key: string): boolean {
    return this.references.has(key);
  }

  keys(): string[] {
    return [...this.references.keys()];
  }

  get groupLayout() {
    return this.layout;
  }

  /** Formatted entries in the style's order. */
  bibliography(keys?: Iterable<string>): FormattedEntry[] {
    const wanted = keys ? new Set(keys) : undefined;
    const [meta, entries] = this.engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
    return meta.entry_ids
      .map(([key], i) => ({ key, html: entries[i].trim().replace(/^<div class="csl-entry">|<\/div>$/g, '') }))
      .filter(({ key }) => !wanted || wanted.has(key));
  }
}

const engines = new WeakMap<Map<string, Reference>, Map<Lang, CitationEngine>>();

/** The engine for a language and a bibliography, built once: building parses the whole style. */
export function citationEngine(lang: Lang, references: Map<string, Reference>): CitationEngine {
  let perLang = engines.get(references);
  if (!perLang) engines.set(references, (perLang = new Map()));
  let engine = perLang.get(lang);
  if (!engine) perLang.set(lang, (engine = new CitationEngine(lang, references)));
  return engine;
}
