/**
 * The 404 answers every mistyped address, and a host serves one 404 page for all of them: under the English
 * part of the site (<base>en/…) it puts English first, its heading the page's heading and its title the tab's.
 * Without JavaScript both languages stay, Latvian first.
 */
const root = document.querySelector<HTMLElement>('[data-not-found]');
const english = root?.querySelector<HTMLElement>('section[lang="en"]');
const latvian = root?.querySelector<HTMLElement>('section[lang="lv"]');

/** The same heading at another level (attributes and content kept). */
function retag(heading: Element | null | undefined, tag: 'h1' | 'h2'): void {
  if (!heading) return;
  const next = document.createElement(tag);
  for (const { name, value } of heading.attributes) next.setAttribute(name, value);
  next.append(...heading.childNodes);
  heading.replaceWith(next);
}

if (root && english && latvian && location.pathname.startsWith(`${root.dataset.base ?? '/'}en/`)) {
  root.prepend(english);
  retag(latvian.querySelector('h1'), 'h2');
  retag(english.querySelector('h2'), 'h1');
  if (english.dataset.title) document.title = english.dataset.title;
}

// Imported for what it does on load (src/browser/site.ts, on the 404 only).
export {};
