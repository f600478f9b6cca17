/**
 * Query parameters of search links, in a module of their own so the script every page loads (site.ts) can
 * read them without pulling in any search code.
 */

/** On a search result's link: the searched query, whose words the opened page marks (highlight.ts). */
export const HIGHLIGHT_PARAM = 'h';

/** On the search page: the query (the search form's field name). */
export const QUERY_PARAM = 'q';

/** On the search page: search the query exactly as typed, without correcting typing mistakes. */
export const EXACT_PARAM = 'exact';

/** In sessionStorage: the page a result was opened from in the search dialog and the query, for Back (site.ts). */
export const BACK_KEY = 'search-back';
