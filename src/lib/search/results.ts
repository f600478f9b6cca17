/**
 * Turning Pagefind's results into what the reader gets: one entry per answer, linked to the question's
 * #id itself. Shared by the search UI and the search-quality test, so the test measures what users see.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
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

function score(sub: PagefindSubResult): number {
  if (sub.weighted_locations?.length) return sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

/**
 * The hits of one page: its heading sections that matched, best first. A page whose match lies before
 * any heading gives the page itself.
 */
export function hitsOfPage(data: PagefindResultData, limit = 2): SearchHit[] {
  const page = data.meta.title ?? data.url;
  const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#'));
  if (subs.length === 0) return [{ title: page, page, url: data.url, excerpt: data.excerpt }];
  return [...subs]
    .map((sub, i) => ({ sub, i, s: score(sub) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map(({ sub }) => ({ title: sub.title, page, url: sub.url, excerpt: sub.excerpt }));
}

/** Results in rank order, flattened to deep-linked hits. */
export function flattenHits(pages: PagefindResultData[], perPage = 2): SearchHit[] {
  return pages.flatMap((p) => hitsOfPage(p, perPage));
}
