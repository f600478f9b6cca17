/**
 * Search, loaded on first use: runs the reader's query (src/lib/search/run.ts) against the Pagefind index of
 * the page's language and lists the answers, each linked to its question. Pagefind starts loading as soon
 * as the panel is set up (the dialog opened, the search field focused), so the first result does not wait
 * for it. Each keystroke searches at once; while a search runs, only the latest query waits for it.
 * Arrow keys move through results; Escape closes the dialog (native <dialog>). Every string comes from the
 * page (SearchPanel.astro), in the page's language.
 */
import { MAX_SEARCHES, pagefindOptions, runSearch, type PagefindSearch, type SearchOutcome, type ShownHit } from '../lib/search/run.ts';
import { BACK_KEY, EXACT_PARAM, HIGHLIGHT_PARAM, QUERY_PARAM } from '../lib/search/params.ts';
import { decodeVocabulary, vocabularyFile, type VocabularyFile } from '../lib/search/vocabulary.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, otherLocale, type Locale } from '../lib/locales.ts';
import type { WordCheck } from '../lib/search/spelling.ts';
import { queryTerms } from '../lib/search/query.ts';
import type { SearchStrings } from '../lib/search/strings.ts';
import { once } from '../lib/search/once.ts';

// In this file, not one of its own: the page a result opens has it from the search already, and the code the
// two share is not a third file to fetch before the first result.
export { highlightSearchedWords } from './highlight.ts';

/** What search uses of Pagefind's JS API (pagefind.js), and of an instance of it (createInstance). */
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): ReturnType<PagefindSearch['search']>;
}

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const loadPagefind = once(async (base) => {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  await pagefind.options(pagefindOptions(base));
  await pagefind.init();
  return pagefind;
});

/**
 * The other language's index, for a query that finds nothing in the page's own (an English word typed on the
 * Latvian site): a second Pagefind instance with that language's index merged in (Pagefind reads the
 * primary language from <html lang>; the same folder under another spelling of its path is merged as the
 * other language), searched only among records of that language (their "lang" filter).
 */
const loadOther = once(async (key): Promise<PagefindSearch> => {
  const [base, other] = key.split(' ') as [string, Locale];
  const instance = (await loadPagefind(base)).createInstance({ basePath: `${base}pagefind/` });
  await instance.options(pagefindOptions(base));
  await instance.mergeIndex(`${base}pagefind/./`, { language: other });
  return { search: (term: string) => instance.search(term, { filters: { lang: [other] } }) };
});

/** A file of the site, or undefined where it has none. */
async function fetchText(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

const loadVocabulary = once(async (url) => decodeVocabulary(JSON.parse((await fetchText(url)) ?? '{}') as VocabularyFile));

/**
 * The page's language's dictionary first, then the others' (a word of any of them is never corrected). The
 * check's code, like its data, loads only when a correction is being considered.
 */
const loadWordCheck = once(async (key) => {
  const [base, locale] = key.split(' ') as [string, Locale];
  const { dictionaryCheck } = await import('../lib/search/spelling.ts');
  return dictionaryCheck((file) => fetchText(`${base}${file}`), [locale, ...LOCALES.filter((l) => l !== locale)]);
});
const isWord =
  (base: string, locale: Locale): WordCheck =>
  async (word, only) =>
    (await loadWordCheck(`${base} ${locale}`))(word, only);

const MAX_HITS = 10;
const ready = new WeakSet<HTMLElement>();

/** A result's link: its question (#id) on its page, with the searched words for the page to mark (highlight.ts). */
function resultHref(url: string, searched: string): string {
  const link = new URL(url, location.href);
  link.searchParams.set(HIGHLIGHT_PARAM, searched);
  return `${link.pathname}${link.search}${link.hash}`;
}

export function initSearchPanel(panel: HTMLElement): void {
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const noAnswer = panel.querySelector<HTMLElement>('[data-search-no-answer]')!;
  const partialLabel = panel.querySelector<HTMLElement>('[data-search-partial]')!;
  const moreButton = panel.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const strings = JSON.parse(panel.dataset.strings ?? '{}') as SearchStrings;
  const locale: Locale = isLocale(panel.dataset.locale ?? '') ? (panel.dataset.locale as Locale) : DEFAULT_LOCALE;
  // The base path with its slashes (SearchPanel.astro writes siteBase()).
  const base = panel.dataset.base ?? '/';
  const searchPage = panel.querySelector<HTMLFormElement>('form')?.getAttribute('action') ?? '';
  // Start loading Pagefind now: the reader is about to type.
  void loadPagefind(base).catch(() => undefined);
  if (ready.has(panel)) {
    if (input.value) schedule();
    return;
  }
  ready.add(panel);

  const plural = (n: number) => {
    const rule = new Intl.PluralRules(locale).select(n);
    const template = rule === 'one' ? strings.resultsOne : rule === 'zero' ? strings.resultsZero : strings.resultsOther;
    return template.replace(/\d+/, String(n));
  };

  /** The query the reader asked to search exactly as typed (the "search for … instead" link), until they type again. */
  let exactly: string | undefined = panel.dataset.exact;
  /** The query the reader asked more results of (each result's data is a request: the first search loads a few). */
  let expanded: string | undefined;

  function showStatus(outcome: SearchOutcome, query: string, more: boolean): void {
    const parts: (string | Node)[] = [];
    if (outcome.hits.length === 0) {
      parts.push(`${strings.noResults.replace('{query}', query)}${outcome.answered ? ` ${strings.noResultsHint}` : ''}`);
    } else {
      // "10 results. Not found: programme. Showing results for “mobility” instead of “mobilty”. [Search for “mobilty” instead]"
      parts.push(`${more ? strings.firstResults.replace('{shown}', String(outcome.hits.length)) : plural(outcome.hits.length)}.`);
      if (outcome.notFound.length) parts.push(` ${strings.notFound.replace('{words}', outcome.notFound.join(', '))}`);
    }
    if (outcome.correctedQuery) {
      const exact = document.createElement('a');
      exact.href = `${searchPage}?${new URLSearchParams({ [QUERY_PARAM]: query, [EXACT_PARAM]: '1' })}`;
      exact.textContent = strings.searchExactly.replace('{query}', query);
      exact.dataset.searchExactly = '';
      parts.push(` ${strings.corrected.replace('{query}', outcome.correctedQuery).replace('{typed}', query)} `, exact);
    }
    status.replaceChildren(...parts);
    // The plan does not cover it: say so and whom to ask; what was found is listed below as partial.
    noAnswer.hidden = outcome.answered;
    partialLabel.hidden = outcome.answered || outcome.hits.length === 0;
  }

  /** One result: its question linked (in another language: marked as such, lang and hreflang), the page, the excerpt, what it lacks. */
  function resultItem(hit: ShownHit, searched: string, lang?: Locale): HTMLLIElement {
    const span = (part: string, text: string) =>
      Object.assign(document.createElement('span'), { className: `search-result__${part}`, textContent: text });
    const a = Object.assign(document.createElement('a'), { href: resultHref(hit.url, [searched, ...(hit.marks ?? [])].join(' ')) });
    if (lang) Object.assign(a, { lang, hreflang: lang });
    const excerpt = span('excerpt', '');
    excerpt.innerHTML = hit.excerpt; // Pagefind (or sectionExcerpt) escapes the text and adds only <mark>
    a.append(span('title', hit.title), span('page', hit.page), excerpt);
    // As large search engines do: which of the reader's words this result does not have.
    if (hit.missing.length) a.append(span('missing', strings.missing.replace('{words}', hit.missing.join(', '))));
    const li = Object.assign(document.createElement('li'), { className: 'search-result' });
    li.append(a);
    return li;
  }

  const wordCheck = isWord(base, locale);
  async function noneOfOwnWords(query: string): Promise<boolean> {
    const own = await Promise.all(queryTerms(query, locale).map((t) => wordCheck(t.word, locale).catch(() => false)));
    return !own.includes(true);
  }

  /** On the search page, the address holds the query, so that Back from a result finds it (?q=). */
  function keepQuery(query: string): void {
    if (panel.closest('dialog')) return;
    const url = new URL(location.href);
    if (url.searchParams.get(QUERY_PARAM) === query) return;
    url.searchParams.set(QUERY_PARAM, query);
    url.searchParams.delete(EXACT_PARAM);
    history.replaceState(history.state, '', url);
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      noAnswer.hidden = moreButton.hidden = true;
      return;
    }
    if (!status.textContent) status.textContent = strings.loading;
    let pagefind: PagefindSearch;
    try {
      pagefind = await loadPagefind(base);
    } catch {
      // Under `astro dev` there is no index to load: say how to get one.
      status.textContent = import.meta.env.DEV && strings.devNeedsBuild ? strings.devNeedsBuild : strings.error;
      return;
    }
    try {
      // One budget of Pagefind searches for the query, in both languages.
      const budget = { left: MAX_SEARCHES };
      const outcome = await runSearch(pagefind, query, locale, {
        budget,
        limit: MAX_HITS,
        loadVocabulary: () => loadVocabulary(`${base}${vocabularyFile(locale)}`),
        isWord: wordCheck,
        correct: exactly !== query,
        ...(expanded === query ? { load: MAX_HITS } : {}),
      });
      if (input.value.trim() !== query) return; // the reader typed on; the next run shows that
      // Nothing in this language, and the words are none of its words: the other language's answers, if it
      // has any, labelled with their language ("job shadowing" on the Latvian site; English "visa" is never
      // looked for among the Latvian pages' "visu").
      if (outcome.hits.length === 0 && !outcome.correctedQuery && (await noneOfOwnWords(query))) {
        const other = otherLocale(locale);
        const fallback = await loadOther(`${base} ${other}`)
          .then((search) => runSearch(search, query, other, { limit: MAX_HITS, budget }))
          .catch(() => undefined);
        if (input.value.trim() !== query) return;
        if (fallback && fallback.hits.length > 0) {
          list.replaceChildren(...fallback.hits.map((hit) => resultItem(hit, fallback.searched, other)));
          list.dataset.query = query;
          status.textContent = strings.otherLanguage;
          noAnswer.hidden = moreButton.hidden = true;
          return;
        }
      }
      // After "more results": focus goes on to the first of the new ones.
      const shown = document.activeElement === moreButton && list.dataset.query === query ? list.children.length : 0;
      list.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, outcome.searched)));
      list.dataset.query = query;
      moreButton.hidden = !outcome.more || expanded === query;
      showStatus(outcome, query, !moreButton.hidden);
      if (shown) (list.querySelectorAll('a')[shown] ?? input).focus();
      keepQuery(query);
    } catch {
      status.textContent = strings.error;
    }
  }

  // One search at a time; keystrokes during it leave only the latest query to run next.
  let running: Promise<void> | undefined;
  let again = false;
  function schedule(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
      running = undefined;
    })();
    return running;
  }

  input.addEventListener('input', () => {
    exactly = undefined;
    schedule();
  });
  moreButton.addEventListener('click', () => {
    expanded = input.value.trim();
    schedule();
  });
  // Enter in the field opens the first result once the search for what is in the field has run (a
  // focused result opens itself: it is a link). With nothing to open, focus stays in the field.
  panel.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    void (async () => {
      if (running || list.dataset.query !== query) await schedule();
      list.querySelector('a')?.click();
    })();
  });
  // One Escape closes the dialog, also with text in the field (Chromium's search field would first clear it).
  input.addEventListener('keydown', (event) => {
    const dialog = panel.closest('dialog');
    if (event.key !== 'Escape' || !dialog) return;
    event.preventDefault();
    dialog.close();
  });
  status.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-search-exactly]')) return;
    event.preventDefault();
    exactly = input.value.trim();
    input.focus();
    schedule();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (index < 0 ? links[0] : links[Math.min(index + 1, links.length - 1)])!.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]!.focus();
  });
  // A click on a result in the dialog that stays on this page must still close the dialog; Back brings the
  // dialog and its query again (site.ts).
  list.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('a')) return;
    const dialog = panel.closest('dialog');
    if (!dialog) return;
    sessionStorage.setItem(BACK_KEY, JSON.stringify({ page: location.href, query: input.value }));
    dialog.close();
  });
  if (input.value) schedule();
}
