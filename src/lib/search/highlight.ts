/**
 * Landing on the words: a search result's link carries the searched query (?h=…), and the page it opens
 * marks the words that answer it (src/browser/highlight.ts), by the same rule that ranked the result
 * (termMatchesWord), so "gars" marks "gara" and "mobilitāte" marks "mobilitātes".
 */
import type { Locale } from '../locales.ts';
import { queryTerms, termMatchesWord, TEXT_WORD } from './query.ts';

/**
 * [start, end) of every word in the text that answers one of the query's terms.
 * @param asPrefix whether a half-typed last word (QueryTerm.partial) is matched as a beginning: as search
 *   did, when no word of the answer has its stem (see highlightSearchedWords).
 */
export function highlightRanges(text: string, query: string, locale: Locale, asPrefix = false): [number, number][] {
  const terms = queryTerms(query, locale);
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(TEXT_WORD)) {
    // A half-typed word is a beginning as typed ("mobili" of "mobilitāte"), not its stem.
    if (
      terms.some((t) =>
        asPrefix && t.partial ? termMatchesWord(t.word, match[0], locale, true) : termMatchesWord(t.term, match[0], locale),
      )
    )
      ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Does any of the texts have a word of the half-typed last word's own stem? If not, it is marked as a beginning. */
export function partialWordFound(texts: string[], query: string, locale: Locale): boolean {
  const partial = queryTerms(query, locale).find((t) => t.partial);
  return !partial || texts.some((text) => [...text.matchAll(TEXT_WORD)].some((m) => termMatchesWord(partial.term, m[0], locale)));
}
