/**
 * One search, as the reader gets it: the search UI (src/browser/search-ui.ts) and the search-quality test
 * and benchmark (support/search.ts) all call runSearch, so what is measured is what readers see.
 *
 *  1. The meaningful words' terms (query.ts) are searched together; a unit answers a word when it has the
 *     word or one of its own forms (termMatchesWord), never a word that merely begins the same.
 *  2. When fewer than 3 units answer every word, words are searched alone and the units that have the most
 *     of them are added after the complete matches (results.ts ranks them), so one word the plan does not use
 *     never empties the list. The words no shown result has are reported as not found.
 *  3. The last word of a query that does not end in a space may be half-typed (search runs on every
 *     keystroke): where it finds no form of its own and is no word of the page's language (a finished word,
 *     "vīza", is never taken for the beginning of "vīzija"), it is matched as the beginning of words.
 *  4. A word that still finds nothing, is not in the index's vocabulary (vocabulary.ts, fetched only then)
 *     and is no word of Latvian or English (spelling.ts: their Hunspell dictionaries, fetched only when the
 *     vocabulary has a replacement) is taken for a typing mistake and replaced by the nearest frequent word
 *     that finds something, and the reader is told what was searched instead. A real word is never replaced:
 *     "cost" stays "cost", "vecākiem" stays "vecākiem".
 *  5. The plan answers the query when a shown result has every one of its words (planAnswers); otherwise the
 *     reader is told that the plan does not cover it, and whom to ask.
 *
 * All of it takes at most MAX_SEARCHES Pagefind searches (searcher): nothing is searched twice, one search is
 * kept for a correction until it is known that none is made, and a word not searched alone is still matched in
 * the text of what the other searches found.
 */
import type { Locale } from '../locales.ts';
import { normalizeBase } from '../urls.ts';
import { queryAudience } from './audience.ts';
import { askedKinds, type AnswerKind } from './questions.ts';
import { queryTerms, termMatchesWord, termOf, type QueryTerm } from './query.ts';
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
  /** Pagefind has more complete matches than were loaded: "more results" loads them (RunOptions.load). */
  more?: boolean;
}

/** Pagefind searches per query, at most: each runs its WebAssembly over the index, and may fetch index chunks. */
export const MAX_SEARCHES = 3;

/** The Pagefind searches a query has left: one budget may serve several runSearch calls (search-ui.ts). */
interface SearchBudget {
  left: number;
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
  /** Searches left for the query (default: MAX_SEARCHES for this call); spent as they are made. */
  budget?: SearchBudget;
  /** How many complete matches' data to load (one request each): FETCH unless the reader asked for more. */
  load?: number;
}

/**
 * Pagefind's options, the same for the UI and the tests. Its search runs on the page rather than in a web
 * worker: the index is small, and the worker would be one more script to fetch before the first result. Its
 * ranking weighs a word in a record's title and keywords (records.ts) well above one in its text, so that the
 * few results whose data is loaded (FETCH) are the likeliest answers.
 */
export function pagefindOptions(base: string): Record<string, unknown> {
  // baseUrl: results link under the site's base path (e.g. /erasmus/buj/#id).
  return { baseUrl: normalizeBase(base), excerptLength: 22, noWorker: true, ranking: { metaWeights: { title: 10, keywords: 5 } } };
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

/** Complete matches that are answers: fewer than this and the units with most of the words are added. */
const ENOUGH_ANSWERS = 3;
/**
 * Results whose data (one fragment request each) is loaded: of the complete matches (Pagefind's order, with the
 * title and keywords weighted: pagefindOptions), and of the partial ones when those are too few.
 */
const FETCH = 5;
const FETCH_PARTIAL = 10;

/**
 * One query's searches, within the budget: a term's results, or undefined when no searches are left; known():
 * its results when they are had without a search; know(): results had otherwise. Pagefind matches every query word as the beginning of words, so
 * the results of a word's beginning hold all the word's own: words that each begin with those of a search made
 * are not searched again ("arz" serves "arzemes", "praks arz" "praks arzemes"). A result's data is loaded once.
 */
function searcher(pagefind: PagefindSearch, budget: SearchBudget) {
  const searched = new Map<string, Promise<PagefindResult[]>>();
  const loaded = new Map<string, Promise<PagefindResultData>>();
  // Pagefind ignores diacritics in what it finds (it only ranks by them).
  const known = (term: string): Promise<PagefindResult[]> | undefined => {
    const words = foldDiacritics(term).split(' ');
    const begins = (t: string) =>
      foldDiacritics(t)
        .split(' ')
        .every((w, i, all) => all.length === words.length && words[i]!.startsWith(w));
    return searched.get(term) ?? [...searched].find(([t]) => begins(t))?.[1];
  };
  const search = (term: string) => {
    if (known(term) || budget.left <= 0) return known(term);
    budget.left--;
    const results = pagefind.search(term).then((found) =>
      (found?.results ?? []).map((r) => ({
        ...r,
        data: () => loaded.get(r.id) ?? (loaded.set(r.id, r.data()), loaded.get(r.id)!),
      })),
    );
    searched.set(term, results);
    return results;
  };
  return Object.assign(search, {
    known,
    know: (term: string, results: PagefindResult[]) => void searched.set(term, Promise.resolve(results)),
  });
}

type Search = ReturnType<typeof searcher>;

interface Gathered {
  hits: SearchHit[];
  /** Terms some unit answers. */
  found: Set<string>;
  /** Were words left unsearched alone to keep a search for a correction? */
  short?: boolean;
  /** More complete matches than were loaded. */
  more: boolean;
}

/** keep: searches to leave for a correction (the words the complete matches have are then not searched alone). */
async function gather(
  search: Search,
  query: QueryTerm[],
  locale: Locale,
  {
    prefixes = [],
    asked,
    keep = 0,
    budget,
    load,
  }: { prefixes?: string[]; asked: AnswerKind[]; keep?: number; budget: SearchBudget; load: number },
): Promise<Gathered> {
  const terms = query.map((t) => t.term);
  const audience = queryAudience(
    query.map((t) => t.word),
    locale,
  );
  const perTerm = new Map<string, PagefindResult[]>();
  const searchAlone = async (alone: string[], keep = 0) => {
    const pending = alone
      .filter((t) => !perTerm.has(t))
      .map((t) => [t, search.known(t) ?? (budget.left > keep ? search(t) : undefined)] as const);
    for (const [t, results] of pending) if (results) perTerm.set(t, await results);
  };
  // All words together: Pagefind's order of the units with every word it has (it ignores a word it has
  // nowhere). Past the budget (a corrected query), the units in every result of the words searched alone. Words
  // alone, the most telling first: content words before question words, finished words, longer words.
  const flag = (t: QueryTerm) => Number(!!t.stopWord) * 2 + Number(!!t.partial);
  const order = [...query].sort((a, b) => flag(a) - flag(b) || b.term.length - a.term.length).map((t) => t.term);
  let whole = await search(terms.join(' '));
  if (!whole) {
    await searchAlone(order);
    const lists = [...perTerm.values()].filter((r) => r.length > 0);
    const score = (id: string) => lists.reduce((sum, r) => sum + (r.find((o) => o.id === id)?.score ?? 0), 0);
    whole = (lists[0] ?? []).filter((r) => lists.every((o) => o.some((x) => x.id === r.id))).sort((a, b) => score(b.id) - score(a.id));
  }
  const rank = (pages: PagefindResultData[]) => rankHits(pages, terms, { locale, audience, prefixes, asked });
  const loaded = whole.slice(0, load);
  const pages = await Promise.all(loaded.map((r) => r.data()));
  let hits = rank(pages);
  const complete = hits.filter((h) => h.kind === 'answers' && h.matched.length === terms.length).length;
  if (complete < ENOUGH_ANSWERS && terms.length > 1) {
    // Each word alone, the ones the complete matches lack first (the others may wait for a correction). Two
    // words of which one has no results at all: the search of both was the other's.
    const found = new Set(hits.flatMap((h) => h.matched));
    const lacking = order.filter((t) => !found.has(t));
    await searchAlone(lacking, keep);
    const other = terms.find((t) => t !== lacking[0])!;
    if (terms.length === 2 && perTerm.get(lacking[0] ?? '')?.length === 0 && !perTerm.has(other)) {
      perTerm.set(other, whole);
      search.know(other, whole);
    }
    await searchAlone(order, keep);
    // Which units have which words: ids and scores only, no data loaded yet.
    const candidates = new Map<string, { terms: number; score: number; result: PagefindResult }>();
    for (const results of perTerm.values())
      for (const r of results) {
        const c = candidates.get(r.id) ?? { terms: 0, score: 0, result: r };
        candidates.set(r.id, { ...c, terms: c.terms + 1, score: Math.max(c.score, r.score) });
      }
    const seen = new Set(loaded.map((r) => r.id));
    const rest = [...candidates.values()].filter((c) => !seen.has(c.result.id)).sort((a, b) => b.terms - a.terms || b.score - a.score);
    // The units with most of the words, and the best of each word, so every word found anywhere is seen.
    const firsts = [...perTerm.values()].flatMap((results) => results.slice(0, 1).map((r) => r.id));
    const chosen = new Set([...rest.slice(0, FETCH_PARTIAL).map((c) => c.result.id), ...firsts]);
    // Each unit's words are found in its text by our rule (results.ts), whichever word's search returned it.
    const partial = await Promise.all(rest.filter((c) => chosen.has(c.result.id)).map((c) => c.result.data()));
    hits = rank([...pages, ...partial]);
  }
  return {
    hits,
    found: new Set(hits.flatMap((h) => h.matched)),
    short: terms.some((t) => !perTerm.has(t)) && terms.length > 1 && complete < ENOUGH_ANSWERS,
    more: whole.length > load,
  };
}

export async function runSearch(pagefind: PagefindSearch, query: string, locale: Locale, options: RunOptions = {}): Promise<SearchOutcome> {
  const { limit = 10, loadVocabulary, isWord, correct = true, budget = { left: MAX_SEARCHES }, load = FETCH } = options;
  const typed = queryTerms(query, locale);
  if (typed.length === 0) return { hits: [], notFound: [], answered: false, searched: query };
  const search = searcher(pagefind, budget);
  const asked = askedKinds(query, locale);
  const run = async (terms: QueryTerm[], searched: string, correctedQuery?: string, keep = 0): Promise<Ran> => {
    let { hits, found, short, more } = await gather(search, terms, locale, { asked, keep, budget, load });
    // A last word that finds no form of its own may be half-typed: match it as a beginning (the word as typed,
    // not its stem: "vīza" is no beginning of "vīzija"). A finished word of the page's language ("mobili",
    // "form") is matched so only when nothing else is found, and then it answers nothing.
    const partial = terms.find((t) => t.partial && !found.has(t.term));
    let loose: string | undefined;
    if (partial) {
      const beginning = foldDiacritics(partial.word);
      const asTyped = terms.map((t) => (t === partial ? { ...t, term: beginning } : t));
      const prefixed = await gather(search, asTyped, locale, { prefixes: [beginning], asked, keep, budget, load });
      const finished =
        prefixed.found.has(beginning) &&
        isWord !== undefined &&
        beginning.length >= FINISHED_WORD &&
        (await isWord(partial.word, locale).catch(() => false));
      if (prefixed.found.has(beginning) && (!finished || hits.length === 0)) {
        ({ hits, found, short, more } = prefixed);
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
      short,
      ...(more && shown.length < limit ? { more } : {}),
    };
  };
  const corrects = correct && loadVocabulary !== undefined && isWord !== undefined;
  const first = await run(typed, query, undefined, corrects ? 1 : 0);
  // No correction after all: the search kept for it goes to the words searched alone.
  const uncorrected = async () => strip(first.short && budget.left > 0 ? await run(typed, query) : first);
  // Only words long enough to correct (maxEdits): a half-typed "pra" never fetches the vocabulary.
  const missing = typed.filter((t) => !first.found.has(t.term) && maxEdits(foldDiacritics(t.word).length) > 0);
  if (!corrects || missing.length === 0 || budget.left <= 0) return uncorrected();

  let vocabulary: Vocabulary;
  try {
    vocabulary = await loadVocabulary!();
  } catch {
    return uncorrected(); // without the vocabulary, the results as they are
  }
  const replaced = new Map<string, string>();
  for (const t of missing) {
    // A word of the index that still finds nothing is not a typing mistake: leave it.
    if (vocabulary.has(foldDiacritics(t.word))) continue;
    const candidates = corrections(t.word, vocabulary, locale);
    // Only a word that is no word at all is a typing mistake (asked before a search is spent on a replacement);
    // if the dictionary cannot be had, leave it.
    if (candidates.length === 0 || (await isWord!(t.word).catch(() => true))) continue;
    // A form of the same word would find what the word finds.
    for (const candidate of candidates.filter((c) => termOf(c.word, locale) !== t.term)) {
      // It must find something among its first results, by our rule of which words answer a term.
      const term = termOf(candidate.word, locale);
      const results = await search(term);
      const pages = await Promise.all((results ?? []).slice(0, 3).map((r) => r.data()));
      if (rankHits(pages, [term], { locale, limit: 1 }).length > 0) replaced.set(t.word, candidate.word);
      if (!results || replaced.has(t.word)) break;
    }
  }
  if (replaced.size === 0) {
    // A word that no word of the index begins with or is a form of finds nothing: no search for it.
    const begun = (t: string) => [...vocabulary.keys()].some((w) => termMatchesWord(t, w, locale, true));
    for (const t of typed) if (!search.known(t.term) && !begun(t.term)) search.know(t.term, []);
    return uncorrected();
  }
  const correctedQuery = query
    .split(/([^\p{L}\p{N}+]+)/u)
    .map((part) => replaced.get(part.toLowerCase()) ?? part)
    .join('');
  return strip(await run(queryTerms(correctedQuery, locale), correctedQuery, correctedQuery));
}

type Ran = SearchOutcome & { found: Set<string>; short?: boolean };

function strip({ found: _, short: __, correctedQuery, ...outcome }: Ran): SearchOutcome {
  return correctedQuery === undefined ? outcome : { ...outcome, correctedQuery };
}
