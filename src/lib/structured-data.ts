/** schema.org data for search engines: the FAQ as an FAQPage in the page's language. */
import type { Locale } from './locales.ts';
import type { PlanEdition } from './content/model.ts';
import { answerPlainText } from './answers.ts';

export function faqStructuredData(edition: PlanEdition, locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    name: edition.meta.title[locale],
    mainEntity: edition.questions[locale].map((q) => ({
      '@type': 'Question',
      name: q.title,
      acceptedAnswer: { '@type': 'Answer', text: answerPlainText(q, edition, locale) },
    })),
  };
}
