import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/ui.ts';
import { thesisData } from './thesis-data.ts';

export type InformantEntry = CollectionEntry<'informants'>;
export type QuoteEntry = CollectionEntry<'quotes'>;
export type FormEntry = CollectionEntry<'forms'>;

export async function quote(id: string): Promise<QuoteEntry> {
  const entry = await getEntry('quotes', id);
  if (!entry) throw new Error(`quote '${id}' is not in content/quotes`);
  return entry;
}

export async function informant(id: string): Promise<InformantEntry> {
  const entry = await getEntry('informants', id);
  if (!entry) throw new Error(`informant '${id}' is not in content/informants.yaml`);
  return entry;
}

export const formSlug = (entry: FormEntry) => entry.id.split('/').pop()!;

/** The participation forms of one edition in the order the theory chapter presents them. */
export async function formsIn(lang: Lang): Promise<FormEntry[]> {
  const all = await getCollection('forms', (f) => f.id.startsWith(`forms/${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Every quote's data by id. */
export async function quotesById() {
  return new Map((await getCollection('quotes')).map((q) => [q.id, q.data]));
}

/** Informants in the order content/informants.yaml gives them: the interviewees, then the observation. */
export async function informantsInOrder(): Promise<InformantEntry[]> {
  const order = [...thesisData().informants.keys()];
  return (await getCollection('informants')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
