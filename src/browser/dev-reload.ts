/**
 * `astro dev` only (never in a built site): a saved change reloads the page, which would close the question
 * being read. Just before the reload, the open <details> and the scroll position are kept for this tab, and
 * given back when the same page loads again.
 */
const KEY = 'plan-dev-reload';

interface Kept {
  path: string;
  /** Indexes of the open <details> in document order. */
  open: number[];
  scrollY: number;
}

const details = () => [...document.querySelectorAll('details')];

import.meta.hot?.on('vite:beforeFullReload', () => {
  const kept: Kept = { path: location.pathname, open: details().flatMap((d, i) => (d.open ? [i] : [])), scrollY };
  sessionStorage.setItem(KEY, JSON.stringify(kept));
});

const saved = sessionStorage.getItem(KEY);
sessionStorage.removeItem(KEY);
if (saved) {
  const kept = JSON.parse(saved) as Kept;
  if (kept.path === location.pathname) {
    const all = details();
    for (const i of kept.open) if (all[i]) all[i].open = true;
    scrollTo(0, kept.scrollY);
  }
}
