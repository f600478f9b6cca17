/**
 * Turning Pagefind's results into what the reader gets: answers, each linked to its #id, best first.
 * Units are answer records (src/lib/search/records.ts) and the heading sections of indexed HTML pages
 * (Table 1.1, glossary). Ranked first by how many of the query's words they contain (text, title or
 * keywords), then the plan's own answers before the table and the glossary (our definitions, not the
 * school's text), then by how many of the words the title has, then by how close together the words stand
 * (a phrase beats words scattered over a long answer), then by page rank, then by Pagefind's own scores.
 * Shared by the search UI and the search-quality test, so the test measures what readers see.
 */
import { foldDiacritics } from './latvian.ts';

export interface PagefindSubResult {
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
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  /** Question (or heading) title. */
  title: string;
  /** Title of the page it is on. */
  page: string;
  url: string;
  excerpt: string;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Does an indexed word answer a query term? (Query terms are stems or words; English plurals, inflections.) */
export function wordMatchesTerm(word: string, term: string): boolean {
  const w = foldDiacritics(word).replace(/[^\p{L}\p{N}+@]/gu, '');
  const t = foldDiacritics(term);
  return w.startsWith(t) || commonPrefix(w, t) >= Math.min(t.length, Math.max(4, t.length - 2));
}

/** Page kinds, from each indexed page's data-pagefind-meta="kind:…"; lower comes first. */
const KIND_PRIORITY: Record<string, number> = { answers: 0, table: 1, glossary: 2 };

interface Ranked {
  hit: SearchHit;
  kind: number;
  coverage: number;
  /** Query terms found in the section's heading. */
  titleCoverage: number;
  /** Fewest words spanned by one occurrence of each matched term. */
  span: number;
  pageRank: number;
  score: number;
  order: number;
}

/**
 * @param pages Pagefind's result data, in its page order: HTML pages (their heading sections are the
 *   units) and answer records (each one unit, with its keywords in meta.keywords).
 * @param terms The words sent to Pagefind (see prepareQuery).
 */
export function rankHits(pages: PagefindResultData[], terms: string[], limit = 10): SearchHit[] {
  const ranked: Ranked[] = [];
  const matching = (text: string) => terms.filter((t) => text.split(/[\s,]+/).some((w) => w && wordMatchesTerm(w, t)));
  pages.forEach((data, pageRank) => {
    const page = data.meta.page ?? data.meta.title ?? data.url;
    const kind = KIND_PRIORITY[data.meta.kind ?? ''] ?? 1;
    const words = data.content?.split(/\s+/) ?? [];
    const positionsOf = (locations: { location: number }[]) =>
      terms.map((t) => locations.filter((l) => words[l.location] !== undefined && wordMatchesTerm(words[l.location]!, t)).map((l) => l.location));
    const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.anchor);
    if (subs.length === 0) {
      // One unit: an answer record (or a page matched before any heading).
      const locations = data.weighted_locations ?? (data.locations ?? []).map((location) => ({ location, weight: 1, balanced_score: 1 }));
      const inContent = positionsOf(locations);
      const title = data.meta.title ?? '';
      const keywords = data.meta.keywords ?? '';
      const matched = new Set([...terms.filter((_, i) => inContent[i]!.length > 0), ...matching(title), ...matching(keywords)]);
      // A phrase in the title or in one keyword counts as the tightest span.
      const phrase = [title, ...keywords.split(',')].some((p) => matched.size > 0 && matching(p).length === matched.size);
      ranked.push({
        hit: { title: data.meta.title ?? page, page, url: data.url, excerpt: data.excerpt },
        kind,
        coverage: matched.size,
        titleCoverage: matching(title).length,
        span: phrase ? matched.size : smallestSpan(inContent.filter((p) => p.length > 0)),
        pageRank,
        score: locations.reduce((sum, l) => sum + l.balanced_score, 0),
        order: 0,
      });
      return;
    }
    subs.forEach((sub, order) => {
      const locations = sub.weighted_locations ?? (sub.locations ?? []).map((location) => ({ location, weight: 1, balanced_score: 1 }));
      const positions = positionsOf(locations).filter((p) => p.length > 0);
      ranked.push({
        hit: { title: sub.title, page, url: sub.url, excerpt: words.length && sub.anchor ? sectionExcerpt(words, sub.title, sub.anchor.location, locations.map((l) => l.location)) : sub.excerpt },
        kind,
        coverage: positions.length,
        titleCoverage: matching(sub.title).length,
        span: smallestSpan(positions),
        pageRank,
        score: locations.reduce((sum, l) => sum + l.balanced_score, 0),
        order,
      });
    });
  });
  return ranked
    .sort((a, b) => b.coverage - a.coverage || a.kind - b.kind || b.titleCoverage - a.titleCoverage || a.span - b.span || a.pageRank - b.pageRank || b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.hit);
}

/** The smallest window (in words) holding one position from each list; Infinity for no lists. */
export function smallestSpan(positionLists: number[][]): number {
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
 * An excerpt of a section's own text, with the matched words marked. Pagefind's excerpt would start with
 * the section's search keywords (indexed from an attribute just before the heading), which are not text
 * of the plan; so the excerpt is cut from the words after the heading.
 */
export function sectionExcerpt(words: string[], title: string, anchor: number, matches: number[], length = 24): string {
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
  const inBody = matches.filter((m) => m >= start).sort((a, b) => a - b);
  const from = Math.max(start, (inBody[0] ?? start) - 6);
  const marked = new Set(inBody);
  const slice = words.slice(from, from + length).map((w, i) => (marked.has(from + i) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)));
  return `${from > start ? '… ' : ''}${slice.join(' ')}${from + length < words.length ? ' …' : ''}`;
}
