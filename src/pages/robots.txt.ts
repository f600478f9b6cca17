import type { APIContext } from 'astro';
import { siteBase } from '../lib/urls.ts';

/** Everything may be crawled; the sitemap lists the pages (embeds carry noindex). */
export const GET = ({ site }: APIContext) => {
  const sitemap = new URL(`${siteBase()}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
