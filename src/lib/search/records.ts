/**
 * What search indexes for the plan's answers: one record per question and one per planned activity,
 * each linked to its #id on the FAQ page. Indexing the FAQ as one page made Pagefind compute excerpts for
 * every heading of the page on each search (30 s at 1,100 questions, see npm run bench); records keep the
 * cost per result small whatever the size of the plan. Keywords go into searchable metadata, so they match
 * without ever showing in an excerpt.
 */
import type { Locale } from '../locales.ts';
import type { PlanEdition } from '../content/model.ts';
import { answerPlainText } from '../answers.ts';
import { useTranslations } from '../i18n.ts';
import { localizedUrl } from '../urls.ts';

export interface SearchRecord {
  /** Site path with fragment, without the base path (Pagefind's baseUrl adds it in the browser). */
  url: string;
  language: Locale;
  content: string;
  meta: { title: string; keywords: string; kind: 'answers'; page: string };
}

export function searchRecords(edition: PlanEdition, locale: Locale): SearchRecord[] {
  const t = useTranslations(locale);
  const page = t('faq.title');
  const record = (id: string, title: string, content: string, keywords: string[]): SearchRecord => ({
    url: localizedUrl('faq', locale, { base: '/', hash: id }),
    language: locale,
    content,
    meta: { title, keywords: keywords.join(', '), kind: 'answers', page },
  });
  return [
    ...edition.questions[locale].map((q) => record(q.id, q.title, answerPlainText(q.body, edition, locale, ['activities']), q.keywords)),
    ...edition.activities.map((a) => record(a.id, a.title[locale], a.description[locale], a.keywords[locale])),
  ];
}
