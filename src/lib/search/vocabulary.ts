/**
 * The words of a language's search index, with how often each occurs, for correcting typing mistakes
 * (Pagefind has no typo tolerance). Built at build time from the same texts that are indexed
 * (src/integrations/pagefind/vocabulary.ts), shipped as one small JSON file per language and fetched only when a query
 * word finds nothing. Words are kept as written (lower case, with diacritics, so a correction reads
 * right) and looked up without diacritics.
 */
import type { Locale } from '../locales.ts';
import { foldDiacritics } from './fold.ts';
import { ANALYZERS } from './analyzers/index.ts';

export interface VocabularyWord {
  /** The most frequent written form (lower case). */
  word: string;
  count: number;
}

/** Folded word → its written form and count. */
export type Vocabulary = Map<string, VocabularyWord>;

/** The file's shape: written forms separated by spaces, grouped by how often they occur ({ "3": "gara mērķi" }). */
export type VocabularyFile = Record<string, string>;

export function decodeVocabulary(file: VocabularyFile): Vocabulary {
  const vocabulary: Vocabulary = new Map();
  for (const [count, words] of Object.entries(file)) {
    for (const word of words.split(' ').filter(Boolean)) vocabulary.set(foldDiacritics(word), { word, count: Number(count) });
  }
  return vocabulary;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps of
 * two neighbouring letters each cost 1), giving up above `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Most edits a word of this length may need: 1, or 2 for words of 8 letters or more; none below 4 letters. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length >= 8 ? 2 : 1;
}

/**
 * The words a query word not in the vocabulary was most likely meant to be, best first: fewest edits
 * (for Latvian also between stems, so a slip in a form the text does not use still finds the word), then
 * the most frequent.
 */
export function corrections(typed: string, vocabulary: Vocabulary, locale: Locale, limit = 3): VocabularyWord[] {
  const folded = foldDiacritics(typed);
  const max = maxEdits(folded.length);
  if (max === 0 || vocabulary.has(folded)) return [];
  const analyzer = ANALYZERS[locale];
  const forms = [{ word: folded, edits: 0 }, ...analyzer.variants(folded).filter((v) => v.edits <= max)];
  const candidates: { entry: VocabularyWord; distance: number; whole: number }[] = [];
  for (const [key, entry] of vocabulary) {
    let distance = max + 1;
    let whole = max + 1;
    for (const form of forms) {
      const budget = max - form.edits;
      whole = Math.min(whole, form.edits + editDistance(form.word, key, budget));
      distance = Math.min(distance, whole);
      if (analyzer.correctsStems)
        distance = Math.min(distance, form.edits + editDistance(analyzer.stem(form.word), analyzer.stem(key), budget));
    }
    if (distance <= max) candidates.push({ entry, distance, whole });
  }
  // Fewest edits; then the word itself nearest (the form the reader meant: "mobilitāre" → "mobilitāte",
  // not "mobilitātes"); then the most frequent.
  return candidates
    .sort(
      (a, b) => a.distance - b.distance || a.whole - b.whole || b.entry.count - a.entry.count || a.entry.word.localeCompare(b.entry.word),
    )
    .slice(0, limit)
    .map((c) => c.entry);
}

/** Where a language's vocabulary is published, relative to the site's base path. */
export function vocabularyFile(locale: Locale): string {
  return `pagefind/vocabulary-${locale}.json`;
}
