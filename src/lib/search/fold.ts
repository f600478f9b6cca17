/**
 * Words compared as Pagefind compares them: lower case, without diacritics (any language's: "ārzemēs" →
 * "arzemes"), so "mobilitate" finds "mobilitāte".
 */
export function foldDiacritics(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
