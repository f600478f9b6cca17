// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { planContent } from './src/integrations/content/index.ts';
import { pagefindIndex } from './src/integrations/pagefind/index.ts';
import { previewImages } from './src/integrations/preview-images/index.ts';
import { hostConfig } from './src/integrations/host-config/index.ts';
import { siteCheck } from './src/integrations/site-check/index.ts';
import { publishSite } from './src/integrations/publish/index.ts';
import { remarkCitations } from './src/lib/markdown/citations.ts';
import { remarkTypography } from './src/lib/markdown/typography.ts';
import { sitemapAlternates, inSitemap } from './src/lib/sitemap.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';

/**
 * Where the site is published: the one place to set it (or SITE_URL / BASE_PATH in the environment),
 * e.g. SITE_URL=https://www.example.lv BASE_PATH=/erasmus/ npm run build.
 */
const site = process.env.SITE_URL ?? 'https://erasmus.example.lv';
const base = process.env.BASE_PATH ?? '/';

/** content/, read and checked once; every integration below that needs it gets it from here. */
const content = planContent();
/**
 * The site goes into place whole or not at all (first and last of the integrations), and `astro build`
 * (npm run build) prints only warnings, errors and a short summary of what was built.
 */
const publish = publishSite();

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content's typographic rule, then citations [n] become links (answers are MDX; @astrojs/mdx extends this Markdown configuration).
  // Astro 7's default processor runs no remark plugins, so use unified.
  // No syntax highlighting: the content has no code, and Shiki's inline styles would break the CSP.
  markdown: { processor: unified({ remarkPlugins: [remarkTypography, remarkCitations] }), syntaxHighlight: false },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  logger: publish.logger,
  integrations: [
    publish.begin,
    content.integration,
    mdx(),
    sitemap({ filter: (page) => inSitemap(page, base), serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, base) }) }),
    pagefindIndex(content),
    previewImages(content),
    // After the search index and the images, so the host configuration covers their files too.
    hostConfig(content),
    // The build's own gate on what was written, before it is published.
    siteCheck(content),
    publish.end,
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        /**
         * The one warning hidden: Vite's bundler says the directive "use astro:head-inject" that Astro puts in
         * every rendered content module "may not be preserved when bundling" (withastro/astro#18087). It is
         * harmless (the built pages are the same with and without it) and comes once per answer.
         */
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  /**
   * Content-Security-Policy as a <meta> in every page. Astro hashes the scripts and styles it bundles;
   * nothing inline runs unless hashed. Everything comes from the site itself: Pagefind loads its code,
   * index and web worker from /pagefind/ and compiles WebAssembly ('wasm-unsafe-eval' allows only that,
   * not eval). A <meta> policy cannot set frame-ancestors: the host configuration the build writes
   * (.htaccess, _headers, nginx-snippet.conf; src/integrations/host-config/host-config.ts) sends each page's policy as a
   * header with frame-ancestors added.
   */
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
