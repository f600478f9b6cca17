/**
 * Where the site is published, from content/site.json: Astro's `site` (the origin) and `base` (the folder).
 * While the address is not known the site is built for the root of its host, and nothing that needs the
 * full address is written (canonical links, og:url and og:image, the sitemap, the printed plan's address).
 */
import type { SiteSettings } from '../../lib/content/schemas.ts';
import { normalizeBase } from '../../lib/urls.ts';

export interface SiteAddress {
  /** The origin ("https://www.example.lv"), or undefined while the address is not known. */
  site: string | undefined;
  /** The folder the site is built for: "/" or "/erasmus/". */
  base: string;
}

export function siteAddress(settings: SiteSettings): SiteAddress {
  if (!settings.url) return { site: undefined, base: '/' };
  const url = new URL(settings.url);
  return { site: url.origin, base: normalizeBase(url.pathname) };
}

/** Said once in the build's summary while the address is not known: what is left out, what to set and where. */
export const NO_ADDRESS =
  'Address: not set in content/site.json, so the pages have no canonical links or link previews (og:url, og:image), there is no sitemap, and the printed plan gives no web address. Write the address of the site\'s home page there ("url": "https://…/") and build again.';
