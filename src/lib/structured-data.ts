/** schema.org data for search engines: the FAQ as an FAQPage in the page's language. */
import type { Locale } from './locales.ts';
import type { PlanEdition } from './content/model.ts';
import type { Participation } from './content/schemas.ts';
import { answerPlainText } from './answers.ts';
import { useTranslations } from './i18n.ts';
import { presentTopics, TOPIC_INFO, topicPlainText } from './participation.ts';

/**
 * Every question the FAQ page shows, in its order: the "how to take part" topics (given for the current
 * plan only, as the page shows them), then the plan's questions.
 */
export function faqStructuredData(edition: PlanEdition, locale: Locale, participation?: Participation) {
  const t = useTranslations(locale);
  const question = (name: string, text: string) => ({ '@type': 'Question', name, acceptedAnswer: { '@type': 'Answer', text } });
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    name: edition.meta.title[locale],
    mainEntity: [
      ...(participation
        ? presentTopics(participation).map((topic) => question(t(TOPIC_INFO[topic].title), topicPlainText(participation, topic, locale, t)))
        : []),
      ...edition.questions[locale].map((q) => question(q.title, answerPlainText(q, edition, locale))),
    ],
  };
}
