export type QuoteToken = { kind: 'text' | 'elision' | 'stage'; value: string };

/**
 * Splits a transcript line into what was said, elisions ("[...]", "[…]") and the authors'
 * bracketed stage directions ("[Alle griner]"), which the card sets apart. Everything is kept
 * as printed; only its role is marked.
 */
export function quoteTokens(text: string): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[[^\[\]]*\]/g)) {
    if (match.index > last) tokens.push({ kind: 'text', value: text.slice(last, match.index) });
    const inner = match[0].slice(1, -1).trim();
    tokens.push({ kind: /^(\.{3}|…)$/.test(inner) ? 'elision' : 'stage', value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'text', value: text.slice(last) });
  return tokens;
}
