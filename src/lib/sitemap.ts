/**
 * Sitemap entries: every page in every language with its twins as hreflang alternates (our Latvian and
 * English slugs differ, so the sitemap integration cannot pair them by itself). Embeds, files and the 404
 * stay out.
 */
import { LOCALES } from './locales.ts';
import { normalizeBase, pageKind, pageOfPath, switchLocaleUrl } from './urls.ts';

export function inSitemap(url: string, base: string): boolean {
  const page = pageOfPath(new URL(url).pathname, normalizeBase(base))?.page;
  return page !== undefined && !pageKind(page).embed && pageKind(page).output === 'html';
}

export function sitemapAlternates(url: string, base: string): { lang: string; url: string }[] {
  const { origin, pathname } = new URL(url);
  const b = normalizeBase(base);
  if (!pageOfPath(pathname, b)) return [];
  return LOCALES.map((lang) => ({ lang, url: `${origin}${switchLocaleUrl(pathname, lang, undefined, b)}` }));
}
