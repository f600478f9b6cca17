import type { APIContext } from 'astro';
import { siteBase } from '../lib/urls.ts';

/** Everything may be crawled; the sitemap lists the pages (embeds carry noindex). Without the site's address there is no sitemap. */
export const GET = ({ site }: APIContext) => {
  const sitemap = site ? `\nSitemap: ${new URL(`${siteBase()}sitemap-index.xml`, site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
