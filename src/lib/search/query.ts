/**
 * From what the reader typed to what is sent to Pagefind, and back: which indexed words answer a query term.
 * Each language's analyzer (analyzers/) says which words are stop words, what a word's term is and which
 * words are forms of the same word. A word is answered by itself and its own forms, never by another word
 * that merely begins the same ("vīza" is not "vīzija", "pase" not "pasākums"); only the last word, while it
 * is being typed, is matched as a beginning (run.ts decides when).
 */
import type { Locale } from '../locales.ts';
import { foldDiacritics } from './fold.ts';
import { ANALYZERS } from './analyzers/index.ts';

/** One word of the query and the term sent to Pagefind for it. */
export interface QueryTerm {
  /** The word as typed (lower case). */
  word: string;
  /** Latvian: its stem without diacritics; English: the word (Pagefind stems it). */
  term: string;
  /**
   * The last word of a query that does not end in a space: it may still be being typed ("prakse ārz"). Where
   * it finds no form of its own and is no word of the language, it is matched as the beginning of words (run.ts).
   */
  partial?: boolean;
  /** A question word searched only because the query has nothing else ("kas ir"): it never makes an answer. */
  stopWord?: boolean;
}

export function termOf(word: string, locale: Locale): string {
  return ANALYZERS[locale].stem(joined(word));
}

/** A hyphenated word as one word, the way Pagefind indexes it too: "e-mail" → "email". */
const joined = (word: string) => word.replace(/-/g, '');

export function isStopWord(word: string, locale: Locale): boolean {
  const analyzer = ANALYZERS[locale];
  return analyzer.stopWords.has(analyzer.fold(word));
}

/**
 * The query's meaningful words with their terms, each term once. A word typed in capitals in a query that
 * is not all capitals is an abbreviation (ES, KA2), never a stop word ("es" is Latvian for "I").
 */
export function queryTerms(query: string, locale: Locale): QueryTerm[] {
  const typed = splitWords(query);
  const shouting = typed.every((w) => w === w.toUpperCase());
  const abbreviation = (w: string) => !shouting && w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w);
  const words = typed.filter((w) => abbreviation(w) || !isStopWord(w, locale));
  // A query of stop words only ("kas ir") is searched as typed rather than emptied.
  const kept = words.length ? words : typed;
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  // Search runs on every keystroke: a query not ending in a space or a mark may end in half a word.
  const typing = /[\p{L}\p{N}+]$/u.test(query);
  kept.forEach((w, i) => {
    // An abbreviation has no ending to cut.
    const term = abbreviation(w) ? foldDiacritics(joined(w)) : termOf(w, locale);
    if (seen.has(term)) return;
    seen.add(term);
    const partial = typing && i === kept.length - 1 && w === typed.at(-1) && !abbreviation(w);
    out.push({ word: w.toLowerCase(), term, ...(partial ? { partial } : {}), ...(words.length ? {} : { stopWord: true }) });
  });
  return out;
}

/**
 * The words of a text as a reader types them: "NextSteps@TechVET" is "NextSteps" and "TechVET", "K1/KA1" "K1"
 * and "KA1", "2020.–2022." and "2020-2022" "2020" and "2022"; "e-pasts" is one word (a hyphen between letters
 * joins); "Erasmus+" keeps its "+".
 */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}+-]+|(?<!\p{L})-|-(?!\p{L})/u).filter((w) => w && w !== '+');
}

/** A word of a text as search and marking see it (splitWords), hyphenated words whole: "e-pasts", "self-assessment". */
export const TEXT_WORD = /(?:[\p{L}\p{N}+@]|(?<=\p{L})-(?=\p{L}))+/gu;

/**
 * Does an indexed word (as it stands in the text, punctuation and all) answer a query term? The same rule ranks
 * results, decides which query words were found and marks words on the page a result opens. A term matches
 * the words that are its own forms by the language's analyzer (Latvian: the same stem, however the ending is
 * read; English: the same base, "teachers" → "teacher"); as a `prefix` (a word
 * still being typed) every word it begins: "ārz" finds "ārzemēs".
 */
export function termMatchesWord(term: string, word: string, locale: Locale, prefix = false): boolean {
  const t = foldDiacritics(term);
  return foldWord(word).some((w) => foldedTermMatches(t, w, locale, prefix));
}

/**
 * A word as termMatchesWord compares it: without diacritics, in its parts (splitWords); a hyphenated word
 * joined and as each part ("e-pasts": "epasts", "e", "pasts"), as Pagefind indexes it; "erasmus+" also as "erasmus".
 */
export function foldWord(word: string): string[] {
  return splitWords(foldDiacritics(word)).flatMap((w) => {
    if (w.endsWith('+')) return [w, w.replace(/\++$/, '')];
    return w.includes('-') ? [joined(w), ...w.split('-')] : [w];
  });
}

/** termMatchesWord for a term and a word part already folded (foldDiacritics, foldWord): for matching many words. */
export function foldedTermMatches(t: string, w: string, locale: Locale, prefix = false): boolean {
  if (!w || !t) return false;
  if (prefix && w.startsWith(t)) return true;
  return w === t || ANALYZERS[locale].sameWord(t, w);
}
