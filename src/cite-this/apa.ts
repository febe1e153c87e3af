import { citationEngine } from '../citations/engine.ts';
import { thesisData } from '../data/thesis-data.ts';
import type { CslItem } from './thesis-item.ts';

/** The reference-list entry for the thesis itself, in APA 7 and the edition's locale, as HTML. */
export const formatApa = (item: CslItem): string => citationEngine(item.language, thesisData().references).entry(item);
