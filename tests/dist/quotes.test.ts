import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readThesisData } from '../../src/data/thesis-data.ts';
import da from '../../src/i18n/da.ts';
import en from '../../src/i18n/en.ts';
import { builtPages, page } from './site.ts';

const data = readThesisData('content');
const ui = { da, en };
const pages = builtPages();
const chaptersIn = (lang: 'da' | 'en') => pages.filter((p) => new RegExp(`^${lang}/[^/]+/index\\.html$`).test(p.file) && select('article.chapter', p.tree));
const cardsOn = (list: typeof pages) => list.flatMap((p) => selectAll('figure[data-quote-id]', p.tree).map((card) => ({ page: p, card, quote: data.quotes.get(String(card.properties.dataQuoteId))! })));
const chapters = chaptersIn('da');
const cards = cardsOn(chapters);
const speakersOf = (id: string) => [...new Set(data.quotes.get(id)!.turns.map((t) => t.speaker))];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Pages that list quotes away from their chapters, in both editions: informant pages, form pages, the explorer. */
const listingPages = pages.filter((p) => /^(da|en)\/(informanter|informants|former|forms|citater|quotes)\//.test(p.file));

describe('quote cards in the Danish chapters', () => {
  it('places every quote of content/quotes at least once', () => {
    const placed = new Set(cards.map(({ card }) => String(card.properties.dataQuoteId)));
    expect([...data.quotes.keys()].filter((id) => !placed.has(id))).toEqual([]);
  });

  it('names every speaker with a link to the informant page, and links exactly the forms the data gives', () => {
    for (const { card } of cards) {
      const id = String(card.properties.dataQuoteId);
      const informants = selectAll('figcaption a[data-informant]', card).map((a) => String(a.properties.dataInformant));
      expect(informants, id).toEqual(speakersOf(id));
      const forms = selectAll('figcaption a[data-form]', card).map((a) => String(a.properties.dataForm));
      expect(forms.sort(), id).toEqual(data.quotes.get(id)!.forms.map((c) => c.form).sort());
      expect(select('blockquote', card), id).toBeTruthy();
      expect(select(`a.quote-permalink[href="#${card.properties.id}"]`, card), id).toBeTruthy();
    }
  });

  it('shows dialogue turns with their speaker and sets stage directions and elisions apart', () => {
    const dialogues = cards.filter(({ card }) => data.quotes.get(String(card.properties.dataQuoteId))!.turns.length > 1);
    for (const { card } of dialogues) {
      const quote = data.quotes.get(String(card.properties.dataQuoteId))!;
      const turns = selectAll('.turn', card);
      expect(turns).toHaveLength(quote.turns.length);
      turns.forEach((turn, i) => {
        const label = data.informants.get(quote.turns[i].speaker)!.label.da;
        expect(toString(select('.turn-speaker', turn)!)).toBe(`${label}: `);
      });
    }
    const marked = cards.flatMap(({ card }) => selectAll('.stage-direction, .elision', card).map((e) => toString(e)));
    const written = [...data.quotes.values()].flatMap((q) => q.turns.flatMap((t) => t.text.da.match(/\[[^\]]*\]/g) ?? []));
    expect(new Set(marked)).toEqual(new Set(written));
  });
});

describe('how the analysis relates a quote to a form', () => {
  it('every form link on every card, in both editions and on every page, says in words whether the form is applied or hindered', () => {
    const all = cardsOn(pages);
    let links = 0;
    for (const lang of ['da', 'en'] as const) {
      for (const { page: p, card, quote } of all.filter(({ page: p }) => p.file.startsWith(`${lang}/`))) {
        for (const a of selectAll('a[data-form]', card)) {
          const coding = quote.forms.find((c) => c.form === a.properties.dataForm)!;
          expect(a.properties.dataRelation, `${p.file} ${quote.id} ${coding.form}`).toBe(coding.relation);
          expect(toString(select('.form-relation', a)!), `${p.file} ${quote.id}`).toBe(ui[lang][`quote.relation.${coding.relation}`]);
          links++;
        }
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('each form page lists, apart, the quotes where the analysis shows the form applied and where it says the form was hindered', () => {
    for (const form of data.formIds) {
      const tree = page(`/da/former/${form}/`).tree;
      for (const relation of ['supports', 'hinders'] as const) {
        const list = select(`section.form-quotes[data-relation="${relation}"]`, tree)!;
        const listed = selectAll('figure[data-quote-id]', list).map((f) => String(f.properties.dataQuoteId));
        const expected = [...data.quotes.values()].filter((q) => q.forms.some((c) => c.form === form && c.relation === relation)).map((q) => q.id);
        expect(listed.sort(), `${form} ${relation}`).toEqual(expected.sort());
      }
    }
  });
});

describe('counts by relation', () => {
  it('the forms overview counts each form’s quotes, applied and hindered, from the content', () => {
    const cardsOnIndex = selectAll('.card-list li', page('/da/former/').tree);
    expect(cardsOnIndex).toHaveLength(data.formIds.length);
    for (const li of cardsOnIndex) {
      const form = String(select('h2 a', li)!.properties.href).split('/').filter(Boolean).pop()!;
      const count = (relation: string) => [...data.quotes.values()].filter((q) => q.forms.some((c) => c.form === form && c.relation === relation)).length;
      const all = [...data.quotes.values()].filter((q) => q.forms.some((c) => c.form === form)).length;
      const expected = `${all} ${all === 1 ? 'citat' : 'citater'}: ${da['forms.countByRelation'].replace('{supports}', String(count('supports'))).replace('{hinders}', String(count('hinders')))}`;
      expect(toString(select('.card-meta', li)!), form).toBe(expected);
    }
  });
});

describe('what an informant was asked', () => {
  it('a chapter’s card does not repeat the sentence before it', () => {
    for (const lang of ['da', 'en'] as const) expect(cardsOn(chaptersIn(lang)).filter(({ card }) => select('.quote-question', card)).map(({ quote }) => quote.id)).toEqual([]);
  });

  it('away from the chapter, a card says what was asked exactly where the data holds a question from the thesis', () => {
    const listed = cardsOn(listingPages);
    expect(new Set(listed.map(({ quote }) => quote.id)).size).toBe(data.quotes.size);
    for (const { page: p, card, quote } of listed) {
      const lang = p.file.startsWith('en/') ? 'en' : 'da';
      const shown = select('.quote-question', card);
      if (!quote.question) {
        expect(shown, `${p.file} ${quote.id}`).toBeUndefined();
        continue;
      }
      expect(toString(shown!), `${p.file} ${quote.id}`).toBe(ui[lang]['quote.asked'].replace('{question}', quote.question[lang]));
    }
  });
});

describe('the Danish original on an English card', () => {
  it('holds every turn, the authors’ words between turns and their stage directions, as the thesis prints them', () => {
    const translated = cardsOn(chaptersIn('en')).filter(({ quote }) => quote.turns.some((t) => t.text.en !== t.text.da || (t.intro && t.intro.en !== t.intro.da)));
    expect(translated.length).toBeGreaterThan(0);
    for (const { card, quote } of translated) {
      const original = squash(toString(select('details.quote-original', card)!));
      for (const turn of quote.turns) {
        if (turn.intro) expect(original, quote.id).toContain(squash(turn.intro.da));
        expect(original, quote.id).toContain(squash(turn.text.da));
      }
    }
  });
});

describe('informant and form pages', () => {
  it('list exactly the quotes each informant speaks in', () => {
    for (const id of data.informants.keys()) {
      const listed = selectAll('figure[data-quote-id]', page(`/da/informanter/${id}/`).tree).map((f) => String(f.properties.dataQuoteId));
      const expected = [...data.quotes.values()].filter((q) => q.turns.some((t) => t.speaker === id)).map((q) => q.id);
      expect(listed.sort(), id).toEqual(expected.sort());
    }
  });

  it('the explorer matrix agrees with the data', () => {
    const explorer = page('/da/citater/');
    for (const td of selectAll('table.matrix td[data-informant]', explorer.tree)) {
      const informant = String(td.properties.dataInformant);
      const form = String(td.properties.dataForm);
      const relation = td.properties.dataRelation;
      const expected = [...data.quotes.values()].filter(
        (q) => q.turns.some((t) => t.speaker === informant) && (form === 'none' ? q.forms.length === 0 : q.forms.some((c) => c.form === form && c.relation === relation)),
      ).length;
      expect(Number(toString(td)), `${informant} × ${form} ${relation}`).toBe(expected);
    }
    expect(selectAll('.quote-list > li', explorer.tree)).toHaveLength(data.quotes.size);
  });
});
