import { join, sep } from 'node:path';
import { langs } from '../i18n/languages.ts';

/**
 * Whether a file under content/ is the thesis's data (quotes, informants, references, forms,
 * glossary, the edition statement) rather than a chapter of an edition (content/<lang>/): what a
 * chapter's compiled MDX shows besides its own text.
 */
export function isThesisData(contentDir: string, path: string): boolean {
  const inside = (dir: string) => path.startsWith(join(dir) + sep);
  return inside(contentDir) && !langs.some((lang) => inside(join(contentDir, lang)));
}
