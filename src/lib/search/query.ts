/**
 * From what the reader typed to what is sent to Pagefind, and back: which indexed words answer a query term.
 * Each language's analyzer (analyzers/) says which words are stop words and what a word's term is: Latvian
 * cuts every word to its stem, since Pagefind matches prefixes; English leaves stemming to Pagefind.
 */
import type { Locale } from '../locales.ts';
import { foldDiacritics } from './fold.ts';
import { ANALYZERS } from './analyzers/index.ts';
import { SHORT_STEM } from './analyzers/lv.ts';

/** One word of the query and the term sent to Pagefind for it. */
export interface QueryTerm {
  /** The word as typed (lower case). */
  word: string;
  /** Latvian: its stem without diacritics; English: the word (Pagefind stems it). */
  term: string;
  /**
   * A short last word that may still be being typed ("prakse ārz"): where it finds no word of its own stem,
   * it is matched as the beginning of words (run.ts, highlight.ts).
   */
  partial?: boolean;
}

export function termOf(word: string, locale: Locale): string {
  return ANALYZERS[locale].stem(word);
}

export function isStopWord(word: string, locale: Locale): boolean {
  const analyzer = ANALYZERS[locale];
  return analyzer.stopWords.has(analyzer.fold(word));
}

/**
 * The query's meaningful words with their terms, each term once. A word typed in capitals in a query that
 * is not all capitals is an abbreviation (ES, KA2), never a stop word ("es" is Latvian for "I").
 */
export function queryTerms(query: string, locale: Locale): QueryTerm[] {
  const typed = query.split(/[^\p{L}\p{N}+@]+/u).filter(Boolean);
  const shouting = typed.every((w) => w === w.toUpperCase());
  const abbreviation = (w: string) => !shouting && w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w);
  const words = typed.filter((w) => abbreviation(w) || !isStopWord(w, locale));
  // A query of stop words only ("kas ir") is searched as typed rather than emptied.
  const kept = words.length ? words : typed;
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  // Search runs on every keystroke: a query not ending in a space or a mark may end in half a word.
  const typing = /[\p{L}\p{N}+@]$/u.test(query);
  kept.forEach((w, i) => {
    // An abbreviation has no ending to cut.
    const term = abbreviation(w) ? foldDiacritics(w) : termOf(w, locale);
    if (seen.has(term)) return;
    seen.add(term);
    const partial = typing && i === kept.length - 1 && w === typed.at(-1) && !abbreviation(w) && term.length <= SHORT_STEM;
    out.push({ word: w.toLowerCase(), term, ...(partial ? { partial } : {}) });
  });
  return out;
}

export function prepareQuery(query: string, locale: Locale): string {
  return queryTerms(query, locale)
    .map((t) => t.term)
    .join(' ');
}

/**
 * Does an indexed word answer a query term? The same rule ranks results, decides which query words were
 * found (a word answering none is taken for a typing mistake) and marks words on the page a result opens.
 * A term matches the words it begins (inflected forms, plurals, compounds); an English term also the words
 * that share its base ("teachers" → "teacher", "studies" → "study"). A short term (three letters or fewer)
 * matches only words whose own stem it is: "gar" (gars) finds "gara" but not "garumā", "go" finds "going"
 * but not "goals"; as a `prefix` (a half-typed last word, QueryTerm.partial) it matches every word it
 * begins: "ārz" finds "ārzemēs".
 */
export function termMatchesWord(term: string, word: string, locale: Locale, prefix = false): boolean {
  return foldedTermMatches(foldDiacritics(term), foldWord(word), locale, prefix);
}

/** A word as termMatchesWord compares it: without diacritics or punctuation. */
export function foldWord(word: string): string {
  return foldDiacritics(word).replace(/[^\p{L}\p{N}+@]/gu, '');
}

/** termMatchesWord for a term and a word already folded (foldDiacritics, foldWord): for matching many words. */
export function foldedTermMatches(t: string, w: string, locale: Locale, prefix = false): boolean {
  if (!w || !t) return false;
  const short = t.length <= SHORT_STEM && !prefix;
  if (short) return w === t || ANALYZERS[locale].sameBase(t, w, true);
  return w.startsWith(t) || ANALYZERS[locale].sameBase(t, w, false);
}
