/**
 * What search indexes for the plan's answers: one record per question and one per planned activity,
 * each linked to its #id on the FAQ page, and one per glossary term, linked to its #id on the glossary page.
 * Indexing the FAQ as one page made Pagefind compute excerpts for every heading of the page on each search
 * (30 s at 1,100 questions, see npm run bench); records keep the cost per result small whatever the size of
 * the plan. A record per term also lets Pagefind rank the term itself (its title) and keeps the first query
 * from fetching the whole glossary for one definition. Keywords (a term's other names) go into searchable
 * metadata, so they match without ever showing in an excerpt.
 */
import type { Locale } from '../locales.ts';
import type { ContentModel, PlanEdition } from '../content/model.ts';
import type { GlossaryTerm } from '../content/schemas.ts';
import { answerPlainText } from '../answers.ts';
import { useTranslations } from '../i18n.ts';
import { localizedUrl } from '../urls.ts';

export interface SearchRecord {
  /** Site path with fragment, without the base path (Pagefind's baseUrl adds it in the browser). */
  url: string;
  language: Locale;
  content: string;
  /** Searchable, like the text: the title and the keywords. */
  meta: { title: string; keywords: string };
  /**
   * Not searchable (every metadata field is, and would only add words nobody searches for to the index):
   * the kind of unit and who an activity is for (ranking, results.ts), the page it is on (shown).
   */
  filters: { kind: ['answers' | 'glossary']; page: [string]; audience: string[] };
}

export function searchRecords(edition: PlanEdition, locale: Locale): SearchRecord[] {
  const t = useTranslations(locale);
  const page = t('faq.title');
  const record = (id: string, title: string, content: string, keywords: string[], audience: string[] = []): SearchRecord => ({
    url: localizedUrl('faq', locale, { base: '/', hash: id }),
    language: locale,
    content,
    meta: { title, keywords: keywords.join(', ') },
    filters: { kind: ['answers'], page: [page], audience },
  });
  return [
    ...edition.questions[locale].map((q) => record(q.id, q.title, answerPlainText(q, edition, locale, ['activities']), q.keywords)),
    ...edition.activities.map((a) => record(a.id, a.title[locale], a.description[locale], a.keywords[locale], a.audience)),
  ];
}

export function glossaryRecords(glossary: GlossaryTerm[], locale: Locale): SearchRecord[] {
  const page = useTranslations(locale)('glossary.title');
  return glossary.map((term) => ({
    url: localizedUrl('glossary', locale, { base: '/', hash: term.id }),
    language: locale,
    content: term.definition[locale],
    meta: { title: term.term[locale], keywords: [...term.also[locale], ...term.searchAliases[locale]].join(', ') },
    filters: { kind: ['glossary'], page: [page], audience: [] },
  }));
}

/**
 * Every text search indexes in a language: the records (titles, text, keywords) and what the indexed
 * Table 1.1 page shows (caption, semesters; its activities are records). The vocabulary for correcting
 * typing mistakes is built from these (vocabulary.ts).
 */
export function searchTexts(model: ContentModel, edition: PlanEdition, locale: Locale): string[] {
  return [
    ...[...searchRecords(edition, locale), ...glossaryRecords(model.glossary, locale)].flatMap((r) => [r.meta.title, r.content, r.meta.keywords]),
    edition.table.caption[locale],
    ...edition.table.semesters.map((s) => s.label[locale]),
  ];
}
