/** schema.org data for search engines: the FAQ as an FAQPage in the page's language. */
import type { Locale } from './content/schemas.ts';
import { answerPlainText } from './answers.ts';
import type { EditionView } from './site.ts';

export function faqStructuredData(view: EditionView, locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    name: view.edition.title[locale],
    mainEntity: view.sections.flatMap((section) =>
      section.questions.map((q) => ({
        '@type': 'Question',
        name: q.title,
        acceptedAnswer: { '@type': 'Answer', text: answerPlainText(q.entry.body ?? '', view, locale) },
      })),
    ),
  };
}
