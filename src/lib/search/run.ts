/**
 * One search, as the reader gets it: the search UI (src/browser/search-ui.ts) and the search-quality test
 * and benchmark (support/search.ts) all call runSearch, so what is measured is what readers see.
 *
 *  1. The query's meaningful words, stemmed (query.ts), are searched together; a unit answers a word when
 *     it has the word or one of its own forms (termMatchesWord), never a word that merely begins the same.
 *  2. When that finds fewer than 3 answers, each word is searched alone and the units that have the most
 *     of the words are added after the complete matches (results.ts ranks them), so one word the plan
 *     does not use never empties the list. The words no shown result has are reported as not found.
 *  3. The last word of a query that does not end in a space may be half-typed (search runs on every
 *     keystroke): where it finds no form of its own and is no word of the page's language (a finished word,
 *     "vīza", is never taken for the beginning of "vīzija"), it is matched as the beginning of words.
 *  4. A word that still finds nothing, is not in the index's vocabulary (vocabulary.ts, fetched only then)
 *     and is no word of Latvian or English (spelling.ts: their Hunspell dictionaries, fetched only when a
 *     replacement that finds something exists) is taken for a typing mistake and replaced by the nearest
 *     frequent word that finds something; the search then runs again with it, and the reader is told what
 *     was searched instead. A real word is never replaced: "cost" stays "cost", "vecākiem" stays "vecākiem".
 *  5. The plan answers the query when a shown result has every one of its words (planAnswers); otherwise the
 *     reader is told that the plan does not cover it, and whom to ask.
 */
import type { Locale } from '../locales.ts';
import { normalizeBase } from '../urls.ts';
import { queryAudience } from './audience.ts';
import { askedKinds, type AnswerKind } from './questions.ts';
import { queryTerms, termOf, type QueryTerm } from './query.ts';
import { rankHits, type PagefindResultData, type SearchHit } from './results.ts';
import { foldDiacritics } from './fold.ts';
import { corrections, maxEdits, type Vocabulary } from './vocabulary.ts';
import type { WordCheck } from './spelling.ts';

/** What runSearch needs of Pagefind's JS API (pagefind.js; the test drives it through a browser page). */
export interface PagefindSearch {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** A result as shown: with the query's words it lacks. */
export interface ShownHit extends SearchHit {
  /** Query words (as searched) this result does not have ("Missing: …"); empty when it has them all. */
  missing: string[];
}

export interface SearchOutcome {
  /** Best first. */
  hits: ShownHit[];
  /** Query words (as typed, or as corrected) that none of the shown results has; all of them when nothing was found. */
  notFound: string[];
  /** Does the plan answer the query (planAnswers)? When not, the reader is told so and whom to ask. */
  answered: boolean;
  /** The query as searched, when a typing mistake was corrected. */
  correctedQuery?: string;
  /** The query the results are for (corrected or as typed): the words to mark on the page a result opens. */
  searched: string;
}

export interface RunOptions {
  /** Hits to return. */
  limit?: number;
  /** The language's vocabulary, loaded on first need; without it no word is corrected. */
  loadVocabulary?: () => Promise<Vocabulary>;
  /**
   * Is a word a real word (of any language the site has, or of the one given)? Without it no word is
   * corrected, and a last word that finds no form of its own is always matched as a beginning.
   */
  isWord?: WordCheck;
  /** false: search exactly what was typed (the reader followed "search for … instead"). */
  correct?: boolean;
}

/**
 * Pagefind's options, the same for the UI and the tests. Its search runs on the page rather than in a web
 * worker: the index is small, and the worker would be one more script to fetch before the first result.
 */
export function pagefindOptions(base: string): Record<string, unknown> {
  // baseUrl: results link under the site's base path (e.g. /erasmus/buj/#id).
  return { baseUrl: normalizeBase(base), excerptLength: 22, noWorker: true };
}

/**
 * Does the plan answer a query, judged by what is shown? Yes exactly when a shown result has every one of
 * the query's content words (or their forms, or the correction the reader is shown); question words never
 * count ("kas ir" alone answers nothing), nor does a result that is no answer (results.ts: a glossary entry
 * found only by words of its definition, or no time for a "when" question). Otherwise, and when nothing is
 * shown, the plan does not cover it ("how much does it cost": "cost" is nowhere): the reader is told so and
 * shown whom to ask, with any partial matches below.
 */
export function planAnswers(hits: Pick<SearchHit, 'matched' | 'notAnAnswer'>[], terms: QueryTerm[]): boolean {
  const content = terms.filter((t) => !t.stopWord).map((t) => t.term);
  if (content.length === 0) return false;
  return hits.some((h) => !h.notAnAnswer && content.every((t) => h.matched.includes(t)));
}

/** A last word shorter than this is always taken for the beginning of a word (no dictionary is fetched for it). */
const FINISHED_WORD = 4;

/** Complete matches that are answers: fewer than this and the words are also searched one by one. */
const ENOUGH_ANSWERS = 3;
/** Results whose data (one fragment request each) is loaded per search. */
const FETCH = 10;

interface Gathered {
  hits: SearchHit[];
  /** Terms some unit answers. */
  found: Set<string>;
}

async function gather(
  pagefind: PagefindSearch,
  query: QueryTerm[],
  locale: Locale,
  prefixes: string[],
  asked: AnswerKind[],
): Promise<Gathered> {
  const terms = query.map((t) => t.term);
  const audience = queryAudience(
    query.map((t) => t.word),
    locale,
  );
  const rank = (pages: PagefindResultData[]) => rankHits(pages, terms, { locale, audience, prefixes, asked });
  const searchEach = () => Promise.all(terms.map(async (t) => (await pagefind.search(t))?.results ?? []));
  // Up to two words are searched together first (one search); more, one by one from the start, and the
  // units with every word are those in every word's results: at most three searches for three words.
  let perTerm = terms.length > 2 ? await searchEach() : undefined;
  const whole = perTerm
    ? perTerm[0]!.filter((r) => perTerm!.every((results) => results.some((o) => o.id === r.id)))
    : ((await pagefind.search(terms.join(' ')))?.results ?? []);
  const pages = await Promise.all(whole.slice(0, FETCH).map((r) => r.data()));
  let hits = rank(pages);
  const complete = hits.filter((h) => h.kind === 'answers' && h.matched.length === terms.length).length;
  if (complete < ENOUGH_ANSWERS && terms.length > 1) {
    perTerm ??= await searchEach();
    // Which results have which words: ids only, no data loaded yet.
    const candidates = new Map<string, { terms: string[]; score: number; result: PagefindResult }>();
    perTerm.forEach((results, i) =>
      results.forEach((r) => {
        const c = candidates.get(r.id) ?? { terms: [], score: 0, result: r };
        c.terms.push(terms[i]!);
        c.score = Math.max(c.score, r.score);
        candidates.set(r.id, c);
      }),
    );
    const wholeIds = new Set(whole.slice(0, FETCH).map((r) => r.id));
    const ranked = [...candidates]
      .filter(([id]) => !wholeIds.has(id))
      .sort((a, b) => b[1].terms.length - a[1].terms.length || b[1].score - a[1].score);
    // The best of each word too, so every word that is found anywhere is seen.
    const chosen = new Set(ranked.slice(0, FETCH).map(([id]) => id));
    perTerm.forEach((results) => results.slice(0, 1).forEach((r) => !wholeIds.has(r.id) && chosen.add(r.id)));
    // Each unit's words are found in its text by our rule (results.ts), whichever word's search returned it.
    const partial = await Promise.all(ranked.filter(([id]) => chosen.has(id)).map(([, c]) => c.result.data()));
    hits = rank([...pages, ...partial]);
  }
  return { hits, found: new Set(hits.flatMap((h) => h.matched)) };
}

/** Does a term find anything Pagefind returns for it (by our rule of which words answer a term)? */
async function finds(pagefind: PagefindSearch, term: string, locale: Locale): Promise<boolean> {
  const search = await pagefind.search(term);
  const pages = await Promise.all((search?.results ?? []).slice(0, 3).map((r) => r.data()));
  return rankHits(pages, [term], { locale, limit: 1 }).length > 0;
}

export async function runSearch(pagefind: PagefindSearch, query: string, locale: Locale, options: RunOptions = {}): Promise<SearchOutcome> {
  const { limit = 10, loadVocabulary, isWord, correct = true } = options;
  const typed = queryTerms(query, locale);
  if (typed.length === 0) return { hits: [], notFound: [], answered: false, searched: query };
  const run = async (terms: QueryTerm[], searched: string, correctedQuery?: string): Promise<SearchOutcome & { found: Set<string> }> => {
    const asked = askedKinds(query, locale);
    let { hits, found } = await gather(pagefind, terms, locale, [], asked);
    // A last word that finds no form of its own may be half-typed: match it as a beginning (the word as typed,
    // not its stem: "vīza" is no beginning of "vīzija"). A finished word of the page's language ("mobili",
    // "form") is matched so only when nothing else is found, and then it answers nothing.
    const partial = terms.find((t) => t.partial && !found.has(t.term));
    let loose: string | undefined;
    if (partial) {
      const beginning = foldDiacritics(partial.word);
      const asTyped = terms.map((t) => (t === partial ? { ...t, term: beginning } : t));
      const prefixed = await gather(pagefind, asTyped, locale, [beginning], asked);
      const finished =
        prefixed.found.has(beginning) &&
        isWord !== undefined &&
        beginning.length >= FINISHED_WORD &&
        (await isWord(partial.word, locale).catch(() => false));
      if (prefixed.found.has(beginning) && (!finished || hits.length === 0)) {
        ({ hits, found } = prefixed);
        if (!finished) found.add(partial.term); // found: not a typing mistake to correct
        terms = asTyped;
        if (finished) loose = beginning;
      }
    }
    if (loose) hits = hits.map((h) => ({ ...h, matched: h.matched.filter((t) => t !== loose) }));
    const shown = hits.slice(0, limit);
    const inShown = new Set(shown.flatMap((h) => h.matched));
    const wordsOf = (missing: (t: QueryTerm) => boolean) => terms.filter(missing).map((t) => t.word);
    return {
      hits: shown.map((h) => ({ ...h, missing: wordsOf((t) => !h.matched.includes(t.term)) })),
      notFound: wordsOf((t) => !inShown.has(t.term)),
      answered: planAnswers(shown, terms),
      correctedQuery,
      searched,
      found,
    };
  };
  const first = await run(typed, query);
  // Only words long enough to correct (maxEdits): a half-typed "pra" never fetches the vocabulary.
  const missing = typed.filter((t) => !first.found.has(t.term) && maxEdits(foldDiacritics(t.word).length) > 0);
  if (!correct || !loadVocabulary || !isWord || missing.length === 0) return strip(first);

  let vocabulary: Vocabulary;
  try {
    vocabulary = await loadVocabulary();
  } catch {
    return strip(first); // without the vocabulary, the results as they are
  }
  const replaced = new Map<string, string>();
  for (const t of missing) {
    // A word of the index that still finds nothing is not a typing mistake: leave it.
    if (vocabulary.has(foldDiacritics(t.word))) continue;
    for (const candidate of corrections(t.word, vocabulary, locale)) {
      if (!(await finds(pagefind, termOf(candidate.word, locale), locale))) continue;
      // Only a word that is no word at all is a typing mistake; if the dictionary cannot be had, leave it.
      const real = await isWord(t.word).catch(() => true);
      if (!real) replaced.set(t.word, candidate.word);
      break;
    }
  }
  if (replaced.size === 0) return strip(first);
  const correctedQuery = query
    .split(/([^\p{L}\p{N}+]+)/u)
    .map((part) => replaced.get(part.toLowerCase()) ?? part)
    .join('');
  const terms = queryTerms(correctedQuery, locale);
  return strip(await run(terms, correctedQuery, correctedQuery));
}

function strip({ found: _, ...outcome }: SearchOutcome & { found: Set<string> }): SearchOutcome {
  return outcome.correctedQuery === undefined
    ? { hits: outcome.hits, notFound: outcome.notFound, answered: outcome.answered, searched: outcome.searched }
    : outcome;
}
