import { createRequire } from 'node:module';
import type CSLModule from 'citeproc';
import type { Reference } from '../schemas/reference.ts';
import type { Lang } from '../i18n/ui.ts';
import { locatorIn } from '../i18n/bibliographic-fields.ts';
import { BuildCache, buildCacheDir, projectText } from '../data/build-cache.ts';

// citeproc (900 KB of JavaScript) is loaded only when something is not in the build cache.
const requireNative = createRequire(import.meta.url);
const citeproc = () => requireNative('citeproc') as typeof CSLModule;
const citeprocVersion: string = requireNative('citeproc/package.json').version;

const apa = projectText('src/csl/apa.csl');
const localeDa = projectText('src/csl/locales-da-DK.xml');
const localeEn = projectText('src/csl/locales-en-US.xml');
// This module's own text, for the build cache: what it formats depends on the code below.
const engineSource = projectText('src/citations/engine.ts');

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

/**
 * A locator as CSL takes it, in the edition's language. A named part ("indledning") has no
 * label: it follows the year as written, "(…, 2016b, introduction)".
 */
export function parseLocator(text: string, lang: Lang): { locator: string; label: string } | { suffix: string } {
  const words = locatorIn(text.trim(), lang);
  if (!/\d/.test(words)) return { suffix: `, ${words}` };
  for (const [pattern, label] of locatorLabels) {
    if (pattern.test(words)) return { label, locator: words.replace(pattern, '').trim() };
  }
  return { label: 'page', locator: words };
}

/** The locale's own short word for "no date" (u.å., n.d.), which a printed suffix follows. */
const noDate = (locale: string) => locale.match(/<term name="no date" form="short">([^<]+)<\/term>/)?.[1] ?? 'n.d.';

/**
 * What CSL gets for a work: the printed suffix letter instead of CSL's own disambiguation
 * (the thesis has "2022a" and "2022 c" but no "b"), given names only where known, a law by its
 * designation in the edition's language.
 */
function cslItem(reference: Reference, lang: Lang, locale: string): Record<string, unknown> {
  const { custom, ...rest } = reference;
  const item: Record<string, unknown> = rest;
  const { suffix, designation } = custom;
  if (suffix) {
    const year = reference.issued?.['date-parts'][0]?.[0];
    item.issued = { literal: year ? `${year}${suffix}` : `${noDate(locale)}-${suffix}` };
  }
  if (designation) {
    item.title = [reference.title, designation[lang]].filter(Boolean).join(', ');
    delete item.number;
    delete item['container-title'];
  }
  return item;
}

// Letters after the year are the thesis's own (custom.suffix), not CSL's. Each cite is a cluster
// of its own, in the order the thesis prints it, so the citation's sort never applies; citeproc
// builds every sort key's macros out in full, and that sort alone was a third of each engine's
// CPU and 45 MB of its memory.
const style = apa
  .replace('disambiguate-add-year-suffix="true"', 'disambiguate-add-year-suffix="false"')
  .replace(/(<citation\b[^>]*>)\s*<sort>[\s\S]*?<\/sort>/, '$1');
/** The style's own citation layout joins the cites of one parenthesis; read it rather than assume it. */
const citationLayout = (() => {
  const layout = style.match(/<citation[\s\S]*?<layout([^>]*)>/)?.[1] ?? '';
  const attr = (name: string, fallback: string) => layout.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? fallback;
  return { prefix: attr('prefix', '('), suffix: attr('suffix', ')'), delimiter: attr('delimiter', '; ') };
})();

/**
 * APA 7th through citeproc-js, one engine per language, all works registered up front so
 * that the engine disambiguates (same author, same surname) across the whole thesis. The
 * citeproc engine is made on first use: a Danish chapter, whose citations are printed text,
 * never needs it; the bibliography does.
 */
export class CitationEngine {
  readonly lang: Lang;
  private csl?: CSLModule.Engine;
  private references: Map<string, Reference>;
  private formatted?: FormattedEntry[];
  /** A work from outside the bibliography, held while `entry` formats it. */
  private outside = new Map<string, Record<string, unknown>>();
  /** Whether the engine holds the thesis's works, as its citations and bibliography need. */
  private holdsReferences = false;
  /** What citeproc formatted in earlier builds: the engine is built only for what is new. */
  private cache: BuildCache;

  constructor(lang: Lang, references: Map<string, Reference>) {
    this.lang = lang;
    this.references = references;
    // The source file, not a function's toString(): the Markdown plugins and the pages load this
    // module through different bundles, and both must find the same cache.
    const dependsOn = [citeprocVersion, lang, style, ...Object.values(localeFiles), engineSource, JSON.stringify([...references.values()])];
    // A chapter's citations are asked for only when its MDX is compiled again, not when the MDX
    // cache serves it: what no recent build asked for is kept for that chapter's next edit.
    this.cache = new BuildCache(`citeproc-${lang}`, dependsOn, buildCacheDir('citations'), { keepUnused: true });
  }

  private get engine(): CSLModule.Engine {
    if (!this.csl) {
      const { lang, references } = this;
      const locale = localeFiles[cslLocale[lang]];
      const sys = {
        retrieveLocale: (name: string) => localeFiles[name] ?? localeEn,
        retrieveItem: (key: string) => this.outside.get(key) ?? cslItem(references.get(key) as Reference, lang, locale),
      };
      this.csl = new (citeproc().Engine)(sys, style, cslLocale[lang], true);
    }
    return this.csl;
  }

  /** The engine with the thesis's works registered (again, after `entry` swapped them out). */
  private get registered(): CSLModule.Engine {
    if (!this.holdsReferences) {
      this.engine.updateItems([...this.references.keys()]);
      this.holdsReferences = true;
    }
    return this.engine;
  }

  private cluster(cite: Cite, flags: Record<string, boolean> = {}): string {
    const item = { id: cite.key, ...(cite.locator ? parseLocator(cite.locator, this.lang) : {}), ...flags };
    return this.cache.get(`cluster ${JSON.stringify(item)}`, () => this.registered.makeCitationCluster([item]));
  }

  /** A law or guidance cited by its designation: "Consolidated Act No. 2394 of 14/12/2021, § 4". */
  private designated(cite: Cite): string | undefined {
    const designation = this.references.get(cite.key)?.custom.designation?.[this.lang];
    if (!designation) return undefined;
    const locator = cite.locator && parseLocator(cite.locator, this.lang);
    const where = !locator ? '' : 'suffix' in locator ? locator.suffix : `, ${locator.locator}`;
    return escapeHtml(designation + where);
  }

  /** One cite of a parenthetical group, without the group's parentheses: "Monrad, 2020, p. 548". */
  parenthetical(cite: Cite): string {
    const designated = this.designated(cite);
    if (designated) return designated;
    const html = this.cluster(cite);
    const { prefix, suffix } = citationLayout;
    return html.startsWith(prefix) && html.endsWith(suffix) ? html.slice(prefix.length, html.length - suffix.length) : html;
  }

  /** A narrative cite: "Monrad (2020, s. 548)". */
  narrative(cite: Cite): string {
    const designated = this.designated(cite);
    if (designated) return designated;
    return `${this.cluster(cite, { 'author-only': true })} ${this.cluster(cite, { 'suppress-author': true })}`;
  }

  has(key: string): boolean {
    return this.references.has(key);
  }

  keys(): string[] {
    return [...this.references.keys()];
  }

  get groupLayout() {
    return citationLayout;
  }

  /** Formatted entries in the style's order; the whole bibliography is formatted once per engine. */
  bibliography(keys?: Iterable<string>): FormattedEntry[] {
    this.formatted ??= this.cache.get('bibliography', () => {
      const [meta, entries] = this.registered.makeBibliography() as [{ entry_ids: string[][] }, string[]];
      return meta.entry_ids.map(([key], i) => ({ key, html: entryHtml(entries[i]) }));
    });
    if (!keys) return this.formatted;
    const wanted = new Set(keys);
    return this.formatted.filter(({ key }) => wanted.has(key));
  }

  /**
   * The reference-list entry of a work outside the bibliography (the thesis itself, as a reader
   * cites it), already in CSL-JSON, as HTML. It borrows this engine rather than building another
   * (over a second); alone in the registry it has no one to be disambiguated from.
   */
  entry(item: { id: string }): string {
    return this.cache.get(`entry ${JSON.stringify(item)}`, () => {
      // citeproc caches an item by its id, so each call registers the item under an id of its own.
      const id = `${item.id}-${++outsideCount}`;
      this.outside.clear();
      this.outside.set(id, { ...item, id });
      this.engine.updateItems([id]);
      this.holdsReferences = false;
      const [, entries] = this.engine.makeBibliography() as [unknown, string[]];
      return entryHtml(entries[0]);
    });
  }
}

let outsideCount = 0;
const entryHtml = (entry: string) => entry.trim().replace(/^<div class="csl-entry">|<\/div>$/g, '');

const escapeHtml = (text: string) => text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/**
 * Engines by language and bibliography content. Kept on globalThis because Astro loads this module
 * twice in one build (for the Markdown plugins and for the pages); building one parses the whole
 * style and takes over a second.
 */
const engines: Map<string, CitationEngine> = ((globalThis as { __citationEngines?: Map<string, CitationEngine> }).__citationEngines ??= new Map());
const identities = new WeakMap<Map<string, Reference>, string>();

/** The engine for a language and a bibliography, built once per build. */
export function citationEngine(lang: Lang, references: Map<string, Reference>): CitationEngine {
  let identity = identities.get(references);
  if (!identity) identities.set(references, (identity = JSON.stringify([...references.values()])));
  const id = `${lang}\n${identity}`;
  let engine = engines.get(id);
  if (!engine) engines.set(id, (engine = new CitationEngine(lang, references)));
  return engine;
}
