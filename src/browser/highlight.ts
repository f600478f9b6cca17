/**
 * Marks the searched words in the answer a search result opened (?h=… with a #question): <mark> elements
 * built with DOM APIs around the words' own text, never innerHTML of what the reader typed. A <mark> only
 * colours the background (global.css), so nothing moves. Run by site.ts only when the parameter is there, from
 * the search script's file (search-ui.ts), which the search that opened the page has already loaded.
 */
import { highlightRanges, partialWordFound } from '../lib/search/highlight.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/params.ts';
import { DEFAULT_LOCALE, isLocale } from '../lib/locales.ts';

/** The part of the page the result stands for: the question's article, the activity, the glossary entry. */
function regionOf(target: Element): Element {
  return target.closest('article, .activity, .glossary__entry, [data-pagefind-body]') ?? target.parentElement ?? target;
}

export function highlightSearchedWords(): void {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!query || !target) return;
  const lang = document.documentElement.lang;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const walker = document.createTreeWalker(regionOf(target), NodeFilter.SHOW_TEXT, {
    // Not inside links: the answer's own text is what the words are searched in, and a mark's background
    // under link colours would fall short of contrast in the dark theme.
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, svg, a') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const asPrefix = !partialWordFound(
    texts.map((t) => t.data),
    query,
    locale,
  );
  for (const text of texts) {
    // From the last range back, so the earlier offsets stay valid while the text node is split.
    for (const [start, end] of highlightRanges(text.data, query, locale, asPrefix).reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      word.replaceWith(mark);
      mark.append(word);
    }
  }
}
