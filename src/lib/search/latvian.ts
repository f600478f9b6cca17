/**
 * A light Latvian stemmer for search queries. Pagefind has no Latvian stemmer, but it matches query words
 * as prefixes of indexed words and ignores diacritics. So cutting a query word back to its stem (without
 * diacritics) lets every inflected form in the text match: "pieaugušajiem" → "pieaugus" finds "pieaugušo",
 * "tirgus" → "tirg" finds "tirgū". Only the query is stemmed; the index and the excerpts keep the real text.
 */

const FOLD: Record<string, string> = { ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', ō: 'o', ŗ: 'r', š: 's', ū: 'u', ž: 'z' };

export function foldDiacritics(word: string): string {
  return word.toLowerCase().replace(/[āčēģīķļņōŗšūž]/g, (c) => FOLD[c] ?? c);
}

/**
 * Noun, adjective and participle endings (diacritics folded), longest first. Definite adjective endings
 * (-ajiem, -ajam, …) come before the plain ones so "pieaugušajiem" loses all of "-ajiem".
 */
const ENDINGS = [
  'ajiem', 'ajam', 'ajai', 'ajas', 'ajos', 'ajie', 'ajai',
  'iem', 'ies', 'ais', 'aja', 'ajo', 'oss', 'ams', 'ama', 'amas',
  'as', 'es', 'is', 'us', 'os', 'am', 'em', 'im', 'um', 'ai', 'ei', 'ie', 'ij', 'ot', 'at', 'et', 'it',
  'a', 'e', 'i', 'o', 'u', 's',
];

/** Shortest stem kept: shorter ones would match too many unrelated words. */
const MIN_STEM = 4;

export function stemLatvian(word: string): string {
  const folded = foldDiacritics(word);
  if (folded.length <= MIN_STEM || /\d/.test(folded)) return folded;
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_STEM) return folded.slice(0, -ending.length);
  }
  return folded;
}

/** Words that carry no meaning of their own in a query (Pagefind requires every query word to match). */
export const LATVIAN_STOP_WORDS = new Set([
  'un', 'ar', 'par', 'pa', 'uz', 'no', 'pie', 'kas', 'ko', 'ka', 'ir', 'vai', 'bet', 'jo', 'lai', 'tas', 'ta', 'tie', 'tā', 'kā', 'kur',
  'kad', 'kapec', 'kāpēc', 'kadel', 'kādēļ', 'kads', 'kāds', 'kada', 'kāda', 'kadi', 'kādi', 'kadas', 'kādas', 'man', 'mani', 'es', 'mes', 'mēs', 'sis', 'šis', 'si', 'šī', 'to', 'tos', 'tam', 'var',
]);
