/**
 * An answer as plain text: the Markdown body with each <List id> replaced by its items. Used for the FAQ's
 * structured data, the search records and the fidelity test, so all of them see the answer the reader sees.
 */
import type { Locale } from './locales.ts';
import type { EditionParts } from './content/schemas.ts';
import { replaceLists } from './content/markup.ts';
import { answerList, listTexts } from './lists.ts';

type ListParts = Pick<EditionParts, 'lists' | 'needs' | 'goals' | 'activities'>;

/** @param skip lists left out (e.g. "activities", which search indexes as records of their own). */
export function answerPlainText(body: string, parts: ListParts, locale: Locale, skip: string[] = []): string {
  return replaceLists(body, (id) => {
    const list = skip.includes(id) ? undefined : answerList(parts, id);
    return list ? listTexts(list, locale).join('\n') : '';
  })
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // Markdown links keep their text
    .replace(/[*_`]/g, '')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
