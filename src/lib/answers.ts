/**
 * An answer as plain text: its paragraphs and, in their places, the items of the lists it shows (from the
 * answer's parsed MDX, src/lib/content/mdx.ts). Used for the FAQ's structured data, the search records and
 * the fidelity test, so all of them see the answer the reader sees.
 */
import type { Locale } from './locales.ts';
import type { Question } from './content/model.ts';
import type { EditionParts } from './content/schemas.ts';
import { answerList, listTexts } from './lists.ts';

type ListParts = Pick<EditionParts, 'lists' | 'needs' | 'goals' | 'activities'>;

/** @param skip lists left out (e.g. "activities", which search indexes as records of their own). */
export function answerPlainText(question: Pick<Question, 'blocks'>, parts: ListParts, locale: Locale, skip: string[] = []): string {
  return question.blocks
    .map((block) => {
      if ('text' in block) return block.text;
      const list = skip.includes(block.list) ? undefined : answerList(parts, block.list);
      return list ? listTexts(list, locale).join(' ') : '';
    })
    .filter(Boolean)
    .join('\n\n');
}
