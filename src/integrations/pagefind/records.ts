/**
 * What search indexes for the plan's answers: one record per question and one per planned activity,
 * each linked to its #id on the FAQ page, and one per glossary term, linked to its #id on the glossary page.
 * Indexing the FAQ as one page made Pagefind compute excerpts for every heading of the page on each search
 * (30 s at 1,100 questions, see npm run bench); records keep the cost per result small whatever the size of
 * the plan. A record per term also lets Pagefind rank the term itself (its title) and keeps the first query
 * from fetching the whole glossary for one definition. Keywords (a term's other names) go into searchable
 * metadata, so they match without ever showing in an excerpt.
 */
import type { Locale } from '../../lib/locales.ts';
import type { ContentModel, PlanEdition } from '../../lib/content/model.ts';
import type { GlossaryTerm, Participation, School, SearchLanguage } from '../../lib/content/schemas.ts';
import { schoolContact } from '../../lib/contact.ts';
import { presentTopics, TOPIC_INFO, topicPlainText } from '../../lib/participation.ts';
import { foldedTermMatches, foldWord, queryTerms, splitWords } from '../../lib/search/query.ts';
import { foldDiacritics } from '../../lib/search/fold.ts';
import { answerPlainText } from '../../lib/answers.ts';
import { useTranslations } from '../../lib/i18n.ts';
import { localizedUrl } from '../../lib/urls.ts';

export interface SearchRecord {
  /** Site path with fragment, without the base path (Pagefind's baseUrl adds it in the browser). */
  url: string;
  language: Locale;
  content: string;
  /**
   * Searchable, like the text: the title, the keywords, and `asked`: how readers ask for it (the question's
   * askedAs, and the everyday words of content/search.json for the plan's words it has), which ranking
   * weighs below the unit's own words (results.ts).
   */
  meta: { title: string; keywords: string; asked: string };
  /**
   * Not searchable (every metadata field is, and would only add words nobody searches for to the index):
   * the kind of unit and who an activity is for (ranking, results.ts), the page it is on (shown), its language
   * (the other language's search, when a query finds nothing in its own, keeps to it: search-ui.ts), and what
   * to mark on the page for an everyday word it was found by ("partneri=partnerības": results.ts).
   */
  filters: { kind: ['answers' | 'glossary']; page: [string]; audience: string[]; lang: [Locale]; marks?: string[] };
}

/**
 * The everyday words (content/search.json) for the plan's words a text has: "skolēni" for an answer that
 * says "izglītojamie". A plan entry of several words needs them all.
 */
function everydayWords(text: string, synonyms: SearchLanguage['synonyms'], locale: Locale): { everyday: string[]; marks: string[] } {
  // Folded once per text and per phrase: this runs for every record against every synonym.
  const words = [...new Set(splitWords(text).flatMap(foldWord))];
  const has = (phrase: string) =>
    queryTerms(phrase, locale).every((t) => {
      const term = foldDiacritics(t.term);
      return words.some((w) => foldedTermMatches(term, w, locale));
    });
  const found = synonyms.map((s) => ({ everyday: s.everyday, plan: s.plan.filter(has) })).filter((s) => s.plan.length);
  // What the page a result opens marks for an everyday word: the plan's own words it stands for
  // ("sadarbojas|partneri=partnerība partnerības").
  return { everyday: found.flatMap((s) => s.everyday), marks: found.map((s) => `${s.everyday.join('|')}=${s.plan.join(' ')}`) };
}

/** The marks filter, only where there are marks: every result's data carries its filters. */
const marksOf = ({ marks }: { marks: string[] }) => (marks.length ? { marks } : {});

const NO_TEACHING: SearchLanguage = { synonyms: [], words: [] };

export function searchRecords(edition: PlanEdition, locale: Locale, teaching: SearchLanguage = NO_TEACHING): SearchRecord[] {
  const t = useTranslations(locale);
  const page = t('faq.title');
  const record = (
    id: string,
    title: string,
    content: string,
    keywords: string[],
    askedAs: string[],
    audience: string[] = [],
  ): SearchRecord => {
    const everyday = everydayWords(`${title} ${content} ${keywords.join(' ')}`, teaching.synonyms, locale);
    return {
      url: localizedUrl('faq', locale, { base: '/', hash: id }),
      language: locale,
      content,
      meta: {
        title,
        // Everyday words for the plan's own (content/search.json) name what the answer says: like its keywords.
        keywords: [...keywords, ...everyday.everyday].join(', '),
        asked: askedAs.join(', '),
      },
      filters: { kind: ['answers'], page: [page], audience, lang: [locale], ...marksOf(everyday) },
    };
  };
  return [
    ...edition.questions[locale].map((q) =>
      record(q.id, q.title, answerPlainText(q, edition, locale, ['activities']), q.keywords, q.askedAs ?? []),
    ),
    ...edition.activities.map((a) =>
      record(a.id, a.title[locale], a.description[locale], a.keywords[locale], a.askedAs?.[locale] ?? [], a.audience),
    ),
  ];
}

export function glossaryRecords(glossary: GlossaryTerm[], locale: Locale, teaching: SearchLanguage = NO_TEACHING): SearchRecord[] {
  const page = useTranslations(locale)('glossary.title');
  return glossary.map((term) => {
    const everyday = everydayWords(`${term.term[locale]} ${term.definition[locale]}`, teaching.synonyms, locale);
    return {
      url: localizedUrl('glossary', locale, { base: '/', hash: term.id }),
      language: locale,
      content: term.definition[locale],
      // Tolerant of how the glossary names a term's other names and readers' phrasings (either may be absent).
      meta: {
        title: term.term[locale],
        keywords: [...term.also[locale], ...term.searchAliases[locale]].join(', '),
        asked: [...(term.askedAs?.[locale] ?? []), ...everyday.everyday].join(', '),
      },
      filters: { kind: ['glossary'], page: [page], audience: [], lang: [locale], ...marksOf(everyday) },
    };
  });
}

/**
 * The school's contact block (on the FAQ page, #contact) as a record, with what it shows: contact words
 * ("kontakti", "contact") find whom to ask before any answer that mentions contacts, and "e-pasts" or
 * "phone" find it only where the school has set one.
 */
export function contactRecord(school: School, locale: Locale): SearchRecord {
  const t = useTranslations(locale);
  const contact = schoolContact(school, locale);
  const lines = contact.lines.map((line) => (line.kind === 'name' ? line.text : `${t(`contact.${line.kind}`)}: ${line.text}`));
  return {
    url: localizedUrl('faq', locale, { base: '/', hash: 'contact' }),
    language: locale,
    content: [t('contact.intro'), contact.school, ...lines].join(' '),
    meta: { title: t('contact.title'), keywords: t('contact.searchWords'), asked: '' },
    filters: { kind: ['answers'], page: [t('faq.title')], audience: [], lang: [locale] },
  };
}

/**
 * What content/participation.json tells readers (who can take part, how to apply, costs, …): one record per
 * topic, linked to its answer on the FAQ page, for learners and their parents.
 */
export function participationRecords(participation: Participation, locale: Locale, teaching: SearchLanguage = NO_TEACHING): SearchRecord[] {
  const t = useTranslations(locale);
  const page = t('faq.title');
  return presentTopics(participation).map((topic) => {
    const title = t(TOPIC_INFO[topic].title);
    const content = topicPlainText(participation, topic, locale, t);
    const everyday = everydayWords(`${title} ${content}`, teaching.synonyms, locale);
    return {
      url: localizedUrl('faq', locale, { base: '/', hash: TOPIC_INFO[topic].id }),
      language: locale,
      content,
      meta: { title, keywords: '', asked: everyday.everyday.join(', ') },
      filters: { kind: ['answers'], page: [page], audience: ['learners'], lang: [locale], ...marksOf(everyday) },
    };
  });
}

/**
 * Every text search indexes in a language: the records (titles, text, keywords) and what the indexed
 * Table 1.1 page shows (caption, semesters; its activities are records). The vocabulary for correcting
 * typing mistakes is built from these (vocabulary.ts).
 */
export function searchTexts(model: ContentModel, edition: PlanEdition, locale: Locale): string[] {
  return [
    ...[
      ...searchRecords(edition, locale, model.search[locale]),
      ...participationRecords(model.participation, locale, model.search[locale]),
      ...glossaryRecords(model.glossary, locale, model.search[locale]),
      contactRecord(model.school, locale),
    ].flatMap((r) => [r.meta.title, r.content, r.meta.keywords, r.meta.asked]),
    edition.table.caption[locale],
    ...edition.table.semesters.map((s) => s.label[locale]),
  ];
}
