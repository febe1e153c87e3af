import { diffArrays, diffWordsWithSpace } from 'diff';
import type { ChapterSource, TextBlock } from './blocks.ts';

/** A run of words in a changed paragraph: kept, deleted or inserted. */
export interface WordChange {
  kind: 'kept' | 'deleted' | 'inserted';
  text: string;
}

export interface ParagraphChange {
  /** Where the paragraph stands in the latest text (for a removed one: the paragraph now in its place). */
  id?: string;
  words: WordChange[];
}

export interface ChapterChange {
  slug: string;
  title: string;
  order: number;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  paragraphs: ParagraphChange[];
  quotes: { added: string[]; removed: string[] };
  citations: { added: string[]; removed: string[] };
}

const whole = (kind: WordChange['kind'], block: TextBlock): WordChange[] => [{ kind, text: block.text }];

/**
 * Word by word, as struck and inserted runs. Spaces and punctuation left standing between two
 * changes are folded into them, so that a rewritten phrase reads as one deletion and one
 * insertion ("<del>[@a, s. 19]. </del>"), not as fragments around a kept full stop.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const parts = diffWordsWithSpace(before, after);
  const result: WordChange[] = [];
  let deleted = '';
  let inserted = '';
  const push = (kind: WordChange['kind'], text: string) => {
    const last = result.at(-1);
    if (!text) return;
    if (last?.kind === kind && kind === 'kept') last.text += text;
    else result.push({ kind, text });
  };
  // Spaces and punctuation that both sides of a change begin or end with are kept, not struck
  // and inserted again (letters are not: "foo" → "far" stays a whole word replaced).
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && a === b && !/[\p{L}\p{N}]/u.test(a);
  const flush = () => {
    let start = 0;
    while (start < Math.min(deleted.length, inserted.length) && same(deleted[start], inserted[start])) start++;
    let end = 0;
    while (end < Math.min(deleted.length, inserted.length) - start && same(deleted.at(-1 - end), inserted.at(-1 - end))) end++;
    push('kept', deleted.slice(0, start));
    push('deleted', deleted.slice(start, deleted.length - end));
    push('inserted', inserted.slice(start, inserted.length - end));
    push('kept', deleted.slice(deleted.length - end));
    deleted = inserted = '';
  };
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (part.added) inserted += part.value;
    else if (part.removed) deleted += part.value;
    else if ((deleted || inserted) && next && (next.added || next.removed) && !/[\p{L}\p{N}]/u.test(part.value)) {
      deleted += part.value;
      inserted += part.value;
    } else {
      flush();
      push('kept', part.value);
    }
  });
  flush();
  return result;
}

/**
 * The paragraphs that differ between two versions of a chapter. Blocks are aligned in order;
 * a run of removed blocks that meets a run of added ones is read as those paragraphs rewritten.
 */
export function paragraphChanges(before: TextBlock[], after: TextBlock[]): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  let oldAt = 0;
  let newAt = 0;
  const parts = diffArrays(before.map((b) => b.text), after.map((b) => b.text));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      oldAt += part.count ?? part.value.length;
      newAt += part.count ?? part.value.length;
      continue;
    }
    const removed = part.removed ? part.value.length : 0;
    const next = parts[i + 1];
    const added = part.added ? part.value.length : part.removed && next?.added ? (i++, next.value.length) : 0;
    const hereId = () => (after[newAt] ?? after[newAt - 1])?.id;
    for (let k = 0; k < Math.max(removed, added); k++) {
      const old = k < removed ? before[oldAt + k] : undefined;
      const now = k < added ? after[newAt + k] : undefined;
      if (old && now) changes.push({ id: now.id, words: wordChanges(old.text, now.text) });
      else if (now) changes.push({ id: now.id, words: whole('inserted', now) });
      else if (old) changes.push({ id: hereId(), words: whole('deleted', old) });
    }
    oldAt += removed;
    newAt += added;
  }
  return changes;
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

/** What changed in one chapter between a tagged version (`before`) and the latest (`after`). */
export function chapterChange(slug: string, before: ChapterSource | undefined, after: ChapterSource | undefined): ChapterChange {
  const empty: ChapterSource = { title: '', order: 0, blocks: [], quotes: new Set(), citations: new Set() };
  const old = before ?? empty;
  const now = after ?? empty;
  const paragraphs = paragraphChanges(old.blocks, now.blocks);
  const quotes = { added: minus(now.quotes, old.quotes), removed: minus(old.quotes, now.quotes) };
  const citations = { added: minus(now.citations, old.citations), removed: minus(old.citations, now.citations) };
  const changed = paragraphs.length + quotes.added.length + quotes.removed.length > 0 || old.title !== now.title;
  return {
    slug,
    title: (after ?? before)!.title,
    order: (after ?? before)!.order,
    status: !before ? 'added' : !after ? 'removed' : changed ? 'changed' : 'unchanged',
    paragraphs,
    quotes,
    citations,
  };
}
