/**
 * The search script's strings, from the same UI strings as the pages (src/i18n/<locale>.json): the page
 * writes them into a data attribute (SearchPanel.astro), so the script carries no strings and no i18next.
 * Placeholders stay in braces for the script to fill in; the three result counts are the page language's
 * plural forms, picked in the browser with Intl.PluralRules.
 */
import type { Translate } from '../i18n.ts';

export function searchStrings(t: Translate, dev: boolean) {
  return {
    loading: t('search.loading'),
    noResults: t('search.noResults', { query: '{query}' }),
    noResultsHint: t('search.noResultsHint'),
    error: t('search.error'),
    // Only the dev server, which has no search index, needs this one.
    ...(dev ? { devNeedsBuild: t('search.devNeedsBuild') } : {}),
    notFound: t('search.notFound', { words: '{words}' }),
    corrected: t('search.corrected', { query: '{query}', typed: '{typed}' }),
    missing: t('search.missing', { words: '{words}' }),
    otherLanguage: t('search.otherLanguage'),
    searchExactly: t('search.searchExactly', { query: '{query}' }),
    // More than these are there ("Show more results"): the count says so rather than passing for all.
    firstResults: t('search.firstResults', { shown: '{shown}' }),
    resultsOne: t('search.results', { count: 1 }),
    resultsZero: t('search.results', { count: 0 }),
    resultsOther: t('search.results', { count: 2 }),
  };
}

export type SearchStrings = ReturnType<typeof searchStrings>;
