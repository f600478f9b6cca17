/**
 * The words of a language's search index, with how often each occurs, for correcting typing mistakes
 * (Pagefind has no typo tolerance). Built at build time from the same texts that are indexed
 * (src/integrations/pagefind/index.ts), shipped as one small JSON file per language and fetched only when a query
 * word finds nothing. Words are kept as written (lower case, with diacritics, so a correction reads
 * right) and looked up without diacritics.
 */
import type { Locale } from '../locales.ts';
import { foldDiacritics, stemLatvian } from './latvian.ts';

export interface VocabularyWord {
  /** The most frequent written form (lower case). */
  word: string;
  count: number;
}

/** Folded word → its written form and count. */
export type Vocabulary = Map<string, VocabularyWord>;

/** The file's shape: written forms separated by spaces, grouped by how often they occur ({ "3": "gara mērķi" }). */
export type VocabularyFile = Record<string, string>;

const splitWords = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}+@]+/u).filter((w) => w.length > 1 && !/^\d+$/.test(w));

/**
 * @param names Real words the text may lack and no dictionary has (content/search.json `words`): kept with
 *   count 0, so they are never taken for typing mistakes.
 */
export function buildVocabulary(texts: string[], names: string[] = []): Vocabulary {
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of splitWords(text)) {
      const key = foldDiacritics(word);
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      forms.set(key, counts);
    }
  }
  const vocabulary: Vocabulary = new Map();
  for (const [key, counts] of forms) {
    const [word] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    vocabulary.set(key, { word, count: [...counts.values()].reduce((a, b) => a + b, 0) });
  }
  for (const name of names.flatMap(splitWords)) if (!vocabulary.has(foldDiacritics(name))) vocabulary.set(foldDiacritics(name), { word: name, count: 0 });
  return vocabulary;
}

export function encodeVocabulary(vocabulary: Vocabulary): VocabularyFile {
  const groups: Record<string, string[]> = {};
  for (const { word, count } of vocabulary.values()) (groups[count] ??= []).push(word);
  return Object.fromEntries(Object.entries(groups).map(([count, words]) => [count, words.sort().join(' ')]));
}

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

/**
 * Latvian typed without its letters: "sh", "ch", "zh" for š, č, ž and a doubled vowel for a long one
 * ("skolotaaji"). Each such pair becomes one letter, costing one edit like any other slip.
 */
function untangleLatvian(folded: string): { word: string; edits: number } {
  let edits = 0;
  const word = folded.replace(/([scz])h|([aeiu])\2/g, (_, consonant: string | undefined, vowel: string | undefined) => {
    edits++;
    return consonant ?? vowel!;
  });
  return { word, edits };
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
  const forms = [{ word: folded, edits: 0 }];
  if (locale === 'lv') {
    const untangled = untangleLatvian(folded);
    if (untangled.edits > 0 && untangled.edits <= max) forms.push(untangled);
  }
  const candidates: { entry: VocabularyWord; distance: number; whole: number }[] = [];
  for (const [key, entry] of vocabulary) {
    let distance = max + 1;
    let whole = max + 1;
    for (const form of forms) {
      const budget = max - form.edits;
      whole = Math.min(whole, form.edits + editDistance(form.word, key, budget));
      distance = Math.min(distance, whole);
      if (locale === 'lv') distance = Math.min(distance, form.edits + editDistance(stemLatvian(form.word), stemLatvian(key), budget));
    }
    if (distance <= max) candidates.push({ entry, distance, whole });
  }
  // Fewest edits; then the word itself nearest (the form the reader meant: "mobilitāre" → "mobilitāte",
  // not "mobilitātes"); then the most frequent.
  return candidates
    .sort((a, b) => a.distance - b.distance || a.whole - b.whole || b.entry.count - a.entry.count || a.entry.word.localeCompare(b.entry.word))
    .slice(0, limit)
    .map((c) => c.entry);
}

/** Where a language's vocabulary is published, relative to the site's base path. */
export function vocabularyFile(locale: Locale): string {
  return `pagefind/vocabulary-${locale}.json`;
}
