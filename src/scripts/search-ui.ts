/**
 * Search, loaded on first use: runs the reader's query against the Pagefind index of the page's language
 * and lists the answers, each linked to its question. Arrow keys move through results; Escape closes the
 * dialog (native <dialog>). Every string comes from the page (SearchPanel.astro), in the page's language.
 */
import { rankHits, type PagefindResultData } from '../lib/search/results.ts';
import { prepareQuery } from '../lib/search/query.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface Strings {
  loading: string;
  noResults: string;
  noResultsHint: string;
  error: string;
  resultsOne: string;
  resultsZero: string;
  resultsOther: string;
}

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // baseUrl: results link under the site's base path (e.g. /erasmus/buj/#id).
    await pagefind.options({ baseUrl: base.replace(/\/?$/, '/'), excerptLength: 22 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

const MAX_HITS = 10;
const ready = new WeakSet<HTMLElement>();

export function initSearchPanel(panel: HTMLElement): void {
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const strings = JSON.parse(panel.dataset.strings ?? '{}') as Strings;
  const locale = panel.dataset.locale === 'en' ? 'en' : 'lv';
  const base = panel.dataset.base ?? '/';
  if (ready.has(panel)) {
    if (input.value) void run();
    return;
  }
  ready.add(panel);

  const plural = (n: number) => {
    const rule = new Intl.PluralRules(locale).select(n);
    const template = rule === 'one' ? strings.resultsOne : rule === 'zero' ? strings.resultsZero : strings.resultsOther;
    return template.replace(/\d+/, String(n));
  };

  let latest = 0;
  async function run(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const pagefind = await loadPagefind(base);
      const prepared = prepareQuery(query, locale);
      const search = await pagefind.debouncedSearch(prepared, {}, 120);
      if (!search || ticket !== latest) return; // a newer query took over
      const pages = await Promise.all(search.results.slice(0, MAX_HITS).map((r) => r.data()));
      if (ticket !== latest) return;
      const hits = rankHits(pages, prepared.split(' '), MAX_HITS);
      list.replaceChildren(...hits.map((hit) => {
        const li = document.createElement('li');
        li.className = 'search-result';
        const a = document.createElement('a');
        a.href = hit.url;
        const title = document.createElement('span');
        title.className = 'search-result__title';
        title.textContent = hit.title;
        const page = document.createElement('span');
        page.className = 'search-result__page';
        page.textContent = hit.page;
        const excerpt = document.createElement('span');
        excerpt.className = 'search-result__excerpt';
        excerpt.innerHTML = hit.excerpt; // Pagefind escapes the text and adds only <mark>
        a.append(title, page, excerpt);
        li.append(a);
        return li;
      }));
      status.textContent = hits.length ? plural(hits.length) : `${strings.noResults.replace('{query}', query)} ${strings.noResultsHint}`;
    } catch {
      status.textContent = strings.error;
    }
  }

  input.addEventListener('input', () => void run());
  panel.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
    const first = list.querySelector('a');
    first?.focus();
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
  // A click on a result in the dialog that stays on this page must still close the dialog.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) panel.closest('dialog')?.close();
  });
  if (input.value) void run();
}
