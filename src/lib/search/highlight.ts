/**
 * Landing on the words: a search result's link carries the searched query (?h=…), and the page it opens
 * marks the words that answer it (src/scripts/highlight.ts), by the same rule that ranked the result
 * (termMatchesWord), so "gars" marks "gara" and "mobilitāte" marks "mobilitātes".
 */
import type { Locale } from '../locales.ts';
import { queryTerms, termMatchesWord } from './query.ts';

/** [start, end) of every word in the text that answers one of the query's terms. */
export function highlightRanges(text: string, query: string, locale: Locale): [number, number][] {
  const terms = queryTerms(query, locale).map((t) => t.term);
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}+@]+/gu)) {
    if (terms.some((t) => termMatchesWord(t, match[0], locale))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
