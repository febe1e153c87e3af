import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readThesisData } from '../../src/data/thesis-data';
import { builtPages, page } from './site';

const data = readThesisData('content');
const chapters = builtPages().filter((p) => /^da\/[^/]+\/index\.html$/.test(p.file) && select('article.chapter', p.tree));
const cards = chapters.flatMap((p) => selectAll('figure[data-quote-id]', p.tree).map((card) => ({ page: p, card })));
const speakersOf = (id: string) => [...new Set(data.quotes.get(id)!.turns.map((t) => t.speaker))];

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
      expect(forms.sort(), id).toEqual([...data.quotes.get(id)!.forms].sort());
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

describe('informant and form pages', () => {
  it('list exactly the quotes each informant speaks in', () => {
    for (const id of data.informants.keys()) {
      const listed = selectAll('figure[data-quote-id]', page(`/da/informanter/${id}/`).tree).map((f) => String(f.properties.dataQuoteId));
      const expected = [...data.quotes.values()].filter((q) => q.turns.some((t) => t.speaker === id)).map((q) => q.id);
      expect(listed.sort(), id).toEqual(expected.sort());
    }
  });

  it('list exactly the quotes the analysis codes with each form', () => {
    for (const form of data.formIds) {
      const listed = selectAll('figure[data-quote-id]', page(`/da/former/${form}/`).tree).map((f) => String(f.properties.dataQuoteId));
      const expected = [...data.quotes.values()].filter((q) => q.forms.includes(form)).map((q) => q.id);
      expect(listed.sort(), form).toEqual(expected.sort());
    }
  });

  it('the explorer matrix agrees with the data', () => {
    const explorer = page('/da/citater/');
    for (const td of selectAll('table.matrix td[data-informant]', explorer.tree)) {
      const informant = String(td.properties.dataInformant);
      const form = String(td.properties.dataForm);
      const expected = [...data.quotes.values()].filter(
        (q) => q.turns.some((t) => t.speaker === informant) && (form === 'none' ? q.forms.length === 0 : q.forms.includes(form)),
      ).length;
      expect(Number(toString(td)), `${informant} × ${form}`).toBe(expected);
    }
    expect(selectAll('.quote-list > li', explorer.tree)).toHaveLength(data.quotes.size);
  });
});
