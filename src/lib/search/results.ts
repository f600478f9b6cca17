/**
 * Turning Pagefind's results into what the reader gets: answers, each linked to its #id, best first.
 * Units are answer records (src/integrations/pagefind/records.ts) and the heading sections of indexed HTML pages
 * (Table 1.1, glossary). Which query terms a unit answers is decided here, by termMatchesWord (query.ts),
 * not by Pagefind: Pagefind also matches a word it only has a prefix of ("m." for "mobilitāre").
 *
 * Order, each rule breaking the ties of the one before:
 *  1. how many of the query's terms the unit has (text, title, keywords, or how readers ask for it), then
 *     whether it is the kind of answer the question words ask for (questions.ts: "kas var" whom it is open to, "cik" a number);
 *  2. audience (audience.ts): a query that names learners or staff gets their answers first and the other
 *     audience's last; one that names neither gets staff answers after the rest (most who search are
 *     learners and parents);
 *  3. a unit the query names exactly: its title, a part of it in brackets, or one of its keywords has nothing
 *     but the query's words ("ECVET", "Key Action 1", "prakse ārzemēs");
 *  4. the plan's answers (and a glossary entry for the term itself), then Table 1.1, then the glossary;
 *  5. how close together the terms stand (a phrase beats words scattered over a long answer), then
 *     Pagefind's page order (Pagefind weighs titles and keywords itself).
 * (Putting every glossary entry after the answers, and words only in how readers ask after a unit's own
 * words, lost more of the readers' questions than they won.)
 * Shared by the search UI and the search-quality test, so the test measures what readers see.
 */
import type { Locale } from '../locales.ts';
import type { QueryAudience } from './audience.ts';
import { fitsAsked, type AnswerKind } from './questions.ts';
import { isStopWord, splitWords, termMatchesWord } from './query.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the section's heading starts in the page's words. */
  anchor?: { location: number };
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content?: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  meta: { title?: string; [key: string]: string | undefined };
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  /** Question (or heading) title. */
  title: string;
  /** Title of the page it is on. */
  page: string;
  url: string;
  excerpt: string;
  /** The query terms it answers. */
  matched: string[];
  /** answers, table or glossary (the indexed page's kind). */
  kind: string;
  /** The plan's own words for the everyday words it was found by ("partnerības" for "partneri"): marked on the page too. */
  marks?: string[];
  /**
   * Has the query's words but does not answer it: a glossary entry found only by words of our definition, its
   * term (or another name of it) not asked for ("where do we stay": "a short stay" defines job shadowing), or
   * an answer to a "when" question that gives no time (the plan's times are Table 1.1's semesters), or to a "how
   * long" question that gives no length of time.
   */
  notAnAnswer?: true;
}

export interface RankOptions {
  locale: Locale;
  /** Whom the query is about (queryAudience in audience.ts). */
  audience?: QueryAudience;
  /** How many to return (all by default). */
  limit?: number;
  /** Terms of a half-typed last word, matched as prefixes (QueryTerm.prefix). */
  prefixes?: string[];
  /** The kinds of answer the query's question words ask for (questions.ts). */
  asked?: AnswerKind[];
}

/** Kinds of unit, from the "kind" filter (records.ts, data-pagefind-filter on indexed pages); lower comes first. */
const KIND_PRIORITY: Record<string, number> = { answers: 0, table: 1, glossary: 2 };

interface Unit {
  hit: SearchHit;
  kind: number;
  audience: string[];
  /** The title (or a part of it in brackets, or a keyword) is the query's words and nothing else. */
  exact: boolean;
  /** Fewest words spanned by one occurrence of each matched term. */
  span: number;
  /** The kind of answer the question words ask for (questions.ts). */
  fits: boolean;
  pageRank: number;
  order: number;
}

const wordsOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/**
 * Every unit of Pagefind's result data that answers at least one of the terms, best first.
 * @param pages Pagefind's result data, in its page order: HTML pages (their heading sections are the
 *   units) and answer records (each one unit, with its keywords in meta.keywords).
 * @param terms The query's terms (queryTerms in query.ts).
 */
export function rankHits(pages: PagefindResultData[], terms: string[], options: RankOptions): SearchHit[] {
  const { locale, audience, limit = Infinity, prefixes = [], asked = [] } = options;
  const answers: Answers = (t, w) => termMatchesWord(t, w, locale, prefixes.includes(t));
  const matching = (text: string) => terms.filter((t) => wordsOf(text).some((w) => answers(t, w)));
  const units: Unit[] = [];
  const seen = new Set<string>();
  pages.forEach((data, pageRank) => {
    // Answer records carry their page and kind as filters; indexed HTML pages their kind (data-pagefind-filter) and title.
    const page = data.filters?.page?.[0] ?? data.meta.title ?? data.url;
    const kindName = data.filters?.kind?.[0] ?? '';
    const kind = KIND_PRIORITY[kindName] ?? 1;
    const words = data.content?.split(/\s+/) ?? [];
    const positionsOf = (locations: { location: number }[]) =>
      terms.map((t) => locations.filter((l) => words[l.location] !== undefined && answers(t, words[l.location]!)).map((l) => l.location));
    const add = (unit: Omit<Unit, 'exact' | 'fits'> & { title: string; keywords?: string; text: string }) => {
      if (unit.hit.matched.length === 0 || seen.has(unit.hit.url)) return;
      seen.add(unit.hit.url);
      const bracketed = [...unit.title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
      // "Erasmus+" is also "Erasmus plus".
      const titles = [unit.title, unit.title.replace(/(\p{L})\+/gu, '$1 plus'), unit.title.replace(/\([^)]*\)/g, ' '), ...bracketed];
      const glossary = unit.kind === KIND_PRIORITY.glossary;
      // A glossary entry whose term (its title: "Key Action 1 (KA1)") is exactly the query answers "what is …";
      // its other names (keywords) only find it.
      const exact = [...titles, ...(glossary ? [] : (unit.keywords ?? '').split(','))].some((name) =>
        isExactly(name, terms, locale, answers),
      );
      const traits = { kind: unit.hit.kind, audience: unit.audience, text: `${unit.title} ${unit.text}` };
      const fits = asked.length > 0 && fitsAsked(asked, traits);
      const definitionOnly = glossary && matching(`${unit.title}, ${unit.keywords ?? ''}`).length === 0;
      // A "when" or "how long" question is answered only by a time or a length of time.
      const untimed = (['time', 'duration'] as const).some((kind) => asked.includes(kind) && !fitsAsked([kind], traits));
      if (definitionOnly || untimed) unit.hit.notAnAnswer = true;
      units.push({ ...unit, exact, fits, kind: glossary && exact ? 0 : unit.kind });
    };
    const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.anchor);
    if (subs.length === 0) {
      // One unit: an answer record (or a page matched before any heading).
      // Where each term is in the record's text, by our rule (whatever words Pagefind was searching for).
      const inContent = terms.map((t) => words.flatMap((w, at) => (answers(t, w) ? [at] : [])));
      const title = data.meta.title ?? '';
      const keywords = data.meta.keywords ?? '';
      const named = new Set(matching(`${title}, ${keywords}, ${data.meta.asked ?? ''}`));
      const matched = terms.filter((t, i) => inContent[i]!.length > 0 || named.has(t));
      // Found by an everyday word (content/search.json): the plan's words it stands for are what to mark.
      const marks = (data.filters?.marks ?? [])
        .map((pair) => pair.split('='))
        .filter(
          ([everyday, plan]) =>
            plan && matched.some((t) => !inContent[terms.indexOf(t)]!.length && matching(everyday!.replace(/\|/g, ' ')).includes(t)),
        )
        .map(([, plan]) => plan!);
      // A phrase in the title or in one keyword counts as the tightest span.
      const phrase = [title, ...keywords.split(',')].some((p) => matched.length > 0 && matching(p).length === matched.length);
      add({
        hit: {
          title: data.meta.title ?? page,
          page,
          url: data.url,
          excerpt: words.length ? sectionExcerpt(words, '', 0, inContent.flat()) : data.excerpt,
          matched,
          kind: kindName,
          ...(marks.length ? { marks: [...new Set(marks)] } : {}),
        },
        title,
        keywords,
        text: data.content ?? '',
        kind,
        audience: data.filters?.audience ?? [],
        span: phrase ? matched.length : smallestSpan(inContent.filter((p) => p.length > 0)),
        pageRank,
        order: 0,
      });
      return;
    }
    subs.forEach((sub, order) => {
      const locations = sub.weighted_locations ?? (sub.locations ?? []).map((location) => ({ location, weight: 1, balanced_score: 1 }));
      const byTerm = positionsOf(locations);
      const matched = terms.filter((_, i) => byTerm[i]!.length > 0);
      add({
        hit: {
          title: sub.title,
          page,
          url: sub.url,
          excerpt:
            words.length && sub.anchor
              ? sectionExcerpt(
                  words,
                  sub.title,
                  sub.anchor.location,
                  locations.map((l) => l.location),
                  (w) => terms.some((t) => answers(t, w)),
                )
              : sub.excerpt,
          matched,
          kind: kindName,
        },
        title: sub.title,
        text: sub.excerpt,
        kind,
        audience: [],
        span: smallestSpan(byTerm.filter((p) => p.length > 0)),
        pageRank,
        order,
      });
    });
  });
  const steps = rankingSteps(audience);
  return units
    .sort((a, b) => {
      for (const [, compare] of steps) {
        const order = compare(a, b);
        if (order !== 0) return order;
      }
      return 0;
    })
    .slice(0, limit)
    .map((u) => u.hit);
}

/** How one step orders two units: negative puts a first. */
type Step = [name: string, compare: (a: Unit, b: Unit) => number];

/**
 * The order of results as the comment at the top of this file gives it, one named step per rule, each
 * breaking the ties of the one before.
 */
function rankingSteps(audience: QueryAudience | undefined): Step[] {
  const forAudience = (u: Unit) => {
    const wanted = audience?.audience;
    if (!wanted) return 0;
    if (u.audience.includes(wanted)) return 0;
    // Answers for everyone: after the named audience's, never below the other audience's.
    if (u.audience.length === 0) return audience.named ? 1 : 0;
    return 2;
  };
  return [
    ["1. more of the query's terms", (a, b) => b.hit.matched.length - a.hit.matched.length],
    ['1. the kind of answer the question words ask for', (a, b) => Number(b.fits) - Number(a.fits)],
    ['2. the audience the query is about', (a, b) => forAudience(a) - forAudience(b)],
    ['3. a unit the query names exactly', (a, b) => Number(b.exact) - Number(a.exact)],
    ['4. answers, then Table 1.1, then the glossary', (a, b) => a.kind - b.kind],
    ['5. terms closer together', (a, b) => a.span - b.span],
    ["5. Pagefind's page order", (a, b) => a.pageRank - b.pageRank],
    ['5. order within the page', (a, b) => a.order - b.order],
  ];
}

/** Does the indexed word answer the query term? (termMatchesWord with the query's language and prefixes.) */
type Answers = (term: string, word: string) => boolean;

/** Is the text the query's words and nothing else (stop words aside)? */
function isExactly(text: string, terms: string[], locale: Locale, answers: Answers): boolean {
  const words = splitWords(text).filter((w) => !isStopWord(w, locale));
  return words.length > 0 && words.every((w) => terms.some((t) => answers(t, w))) && terms.every((t) => words.some((w) => answers(t, w)));
}

/** The smallest window (in words) holding one position from each list; Infinity for no lists. */
function smallestSpan(positionLists: number[][]): number {
  if (positionLists.length === 0) return Infinity;
  let best = Infinity;
  for (const start of positionLists.flat()) {
    // Window starting at `start`: each list's first position at or after it.
    let end = start;
    for (const list of positionLists) {
      const next = list.filter((p) => p >= start).sort((a, b) => a - b)[0];
      if (next === undefined) {
        end = Infinity;
        break;
      }
      end = Math.max(end, next);
    }
    best = Math.min(best, end - start + 1);
  }
  return best;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An excerpt of a record's or a section's own text, with the words that answer the query marked (not
 * Pagefind's looser matches) and "…" where it cuts the text. A section's excerpt is cut from the words after
 * its heading: Pagefind's would start with the section's search keywords, which are not text of the plan.
 */
export function sectionExcerpt(
  words: string[],
  title: string,
  anchor: number,
  matches: number[],
  answers?: (word: string) => boolean,
  length = 24,
): string {
  const titleWords = title.split(/\s+/).filter(Boolean);
  const fold = (w: string | undefined) => (w ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  // The heading's words follow its keywords; find where they start (within a short reach).
  let start = anchor;
  for (let i = anchor; i < anchor + 60 && i < words.length; i++) {
    if (titleWords.every((w, j) => fold(words[i + j]) === fold(w))) {
      start = i + titleWords.length;
      break;
    }
  }
  const inBody = matches.filter((m) => m >= start && (!answers || answers(words[m] ?? ''))).sort((a, b) => a - b);
  const from = Math.max(start, (inBody[0] ?? start) - 6);
  const marked = new Set(inBody);
  const slice = words.slice(from, from + length).map((w, i) => (marked.has(from + i) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)));
  return `${from > start ? '… ' : ''}${slice.join(' ')}${from + length < words.length ? ' …' : ''}`;
}
