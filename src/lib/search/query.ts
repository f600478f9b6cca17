/**
 * What is sent to Pagefind for what the reader typed. Pagefind has no Latvian stemmer; see
 * latvian.ts for how queries are normalised so inflected and diacritic-free forms still match.
 */
import type { Locale } from '../content/schemas.ts';

export function prepareQuery(query: string, _locale: Locale): string {
  return query.trim();
}
