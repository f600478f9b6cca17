/**
 * The only script every page loads (about 1 kB): it wires the search control and the language switch.
 * Search itself (our UI and Pagefind's code and index) is imported only when the reader starts to search:
 * the dialog opens or the search page's field gets focus. A page opened from a search result imports the
 * few lines that mark the searched words.
 */
import { BACK_KEY, EXACT_PARAM, HIGHLIGHT_PARAM, QUERY_PARAM } from '../lib/search/params.ts';

const loadSearch = () => import('./search-ui.ts');
const params = new URLSearchParams(location.search);
if (params.has(HIGHLIGHT_PARAM)) void loadSearch().then((ui) => ui.highlightSearchedWords());
if (document.querySelector('[data-not-found]')) void import('./not-found.ts');

function openDialog(opener: HTMLElement | null, query?: string): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  if (input && query !== undefined) input.value = query;
  input?.focus();
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  void loadSearch().then((ui) => ui.initSearchPanel(dialog.querySelector('[data-search-panel]')!));
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const trigger = target?.closest<HTMLElement>('[data-search-open]');
  if (trigger && !(event.ctrlKey || event.metaKey || event.shiftKey)) {
    event.preventDefault();
    openDialog(trigger);
    return;
  }
  if (target?.closest('[data-search-close]')) {
    target.closest('dialog')?.close();
    return;
  }
  // A click outside the open dialog (on its backdrop) closes it, as the reader expects of a dialog.
  if (target instanceof HTMLDialogElement && target.open) {
    const box = target.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) target.close();
    return;
  }
  // Keep the reader on the same question when switching language.
  const switcher = target?.closest<HTMLAnchorElement>('[data-lang-switch]');
  if (switcher && location.hash) switcher.hash = location.hash;
});

document.addEventListener('keydown', (event) => {
  // Ctrl+K / Cmd+K, never a single key (WCAG 2.1.4).
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openDialog(document.activeElement as HTMLElement | null);
  }
});

/**
 * Back from a result opened in the dialog: the dialog opens again with the reader's query (search-ui.ts keeps
 * it for this page when the result is followed), whether the page comes back from the cache or is loaded again.
 */
function reopenSearch(event?: PageTransitionEvent): void {
  const back =
    event?.persisted || (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'back_forward';
  const kept = sessionStorage.getItem(BACK_KEY);
  if (!back || !kept) return;
  const { page, query } = JSON.parse(kept) as { page: string; query: string };
  if (page !== location.href) return;
  sessionStorage.removeItem(BACK_KEY);
  openDialog(null, query);
}
if (!document.querySelector('main [data-search-panel]')) {
  addEventListener('pageshow', reopenSearch);
  // A result on this same page: Back only moves to the place the reader was.
  addEventListener('popstate', () => reopenSearch({ persisted: true } as PageTransitionEvent));
}

// The search page: start at once when it was given ?q=, otherwise as soon as the reader is in the field.
const pagePanel = document.querySelector<HTMLElement>('main [data-search-panel]');
if (pagePanel) {
  const query = params.get(QUERY_PARAM);
  const input = pagePanel.querySelector<HTMLInputElement>('input[type="search"]');
  const start = () => void loadSearch().then((ui) => ui.initSearchPanel(pagePanel));
  if (query && input) {
    input.value = query;
    if (params.has(EXACT_PARAM)) pagePanel.dataset.exact = query;
    start();
  } else if (input) {
    if (document.activeElement === input) start();
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', start, { once: true });
  }
}
