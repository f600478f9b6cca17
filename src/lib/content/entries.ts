/** Ids of the content collections' entries (src/content.config.ts): how a page finds an answer to render. */
import type { Page, Question } from './model.ts';

export function questionEntryId(question: Pick<Question, 'editionId' | 'locale' | 'id'>): string {
  return `${question.editionId}/${question.locale}/${question.id}`;
}

export function pageEntryId(page: Pick<Page, 'locale' | 'id'>): string {
  return `${page.locale}/${page.id}`;
}
