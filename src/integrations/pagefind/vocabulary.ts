/**
 * Building a language's vocabulary at build time (the query side, decoding and correcting, is
 * src/lib/search/vocabulary.ts): every word search indexes, with how often it occurs.
 */
import { foldDiacritics } from '../../lib/search/fold.ts';
import type { Vocabulary, VocabularyFile } from '../../lib/search/vocabulary.ts';

const splitWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+@]+/u)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));

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
  for (const name of names.flatMap(splitWords))
    if (!vocabulary.has(foldDiacritics(name))) vocabulary.set(foldDiacritics(name), { word: name, count: 0 });
  return vocabulary;
}

export function encodeVocabulary(vocabulary: Vocabulary): VocabularyFile {
  const groups: Record<string, string[]> = {};
  for (const { word, count } of vocabulary.values()) (groups[count] ??= []).push(word);
  return Object.fromEntries(Object.entries(groups).map(([count, words]) => [count, words.sort().join(' ')]));
}
