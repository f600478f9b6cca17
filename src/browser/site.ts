/**
 * The only script every page loads (about 1 kB): it wires the search control and the language switch.
 * Search itself (our UI and Pagefind's code and index) is imported only when the reader starts to search:
 * the dialog opens or the search page's field gets focus. A page opened from a search result imports the
 * few lines that mark the searched words.
 */
import { EXACT_PARAM, HIGHLIGHT_PARAM, QUERY_PARAM } from '../lib/search/params.ts';

const loadSearch = () => import('./search-ui.ts');
const params = new URLSearchParams(location.search);
if (params.has(HIGHLIGHT_PARAM)) void import('./highlight.ts');
if (document.querySelector('[data-not-found]')) void import('./not-found.ts');

function openDialog(opener: HTMLElement | null): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
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
