import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export interface ReadItem extends Record<string, unknown> {
  title: string;
  author?: { family: string; given?: string }[];
}

/** A citation download read back by citation-js, an independent parser, as CSL-JSON items. */
export function readCitation(text: string, extension: string): ReadItem[] {
  return new Cite(extension === 'json' ? JSON.parse(text) : text).data as ReadItem[];
}
