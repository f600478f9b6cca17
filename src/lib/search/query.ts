/**
 * What is sent to Pagefind for what the reader typed. Latvian: stop words dropped and every word cut to
 * its stem (latvian.ts), since Pagefind matches prefixes. English: stop words dropped; Pagefind's own
 * English stemmer does the rest.
 */
import type { Locale } from '../locales.ts';
import { LATVIAN_STOP_WORDS, stemLatvian } from './latvian.ts';

const ENGLISH_STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'do', 'does', 'what', 'how', 'who', 'can', 'i', 'my', 'at', 'by', 'with', 'about']);

export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}+@]+/u)
    .filter(Boolean);
}

export function prepareQuery(query: string, locale: Locale): string {
  const words = queryWords(query);
  const stop = locale === 'lv' ? LATVIAN_STOP_WORDS : ENGLISH_STOP_WORDS;
  const meaningful = words.filter((w) => !stop.has(w));
  // A query of stop words only ("kas ir") is searched as typed rather than emptied.
  const kept = meaningful.length ? meaningful : words;
  return (locale === 'lv' ? kept.map(stemLatvian) : kept).join(' ');
}
