/**
 * Sitemap entries: every page in both languages with its twin as an hreflang alternate (our Latvian and
 * English slugs differ, so the sitemap integration cannot pair them by itself). Embeds and the 404 stay out.
 */
import { LOCALES } from './content/schemas.ts';
import { normalizeBase, pageOfPath, switchLocaleUrl } from './urls.ts';

export function inSitemap(url: string, base: string): boolean {
  const page = pageOfPath(new URL(url).pathname, normalizeBase(base))?.page;
  return page !== undefined && !page.startsWith('embed');
}

export function sitemapAlternates(url: string, base: string): { lang: string; url: string }[] {
  const { origin, pathname } = new URL(url);
  const b = normalizeBase(base);
  if (!pageOfPath(pathname, b)) return [];
  return LOCALES.map((lang) => ({ lang, url: `${origin}${switchLocaleUrl(pathname, lang, undefined, b)}` }));
}
