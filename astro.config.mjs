// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { planSite, buildLogger, NOT_WATCHED, siteBase, siteOrigin } from './src/integrations/site/index.ts';
import { remarkCitations } from './src/lib/markdown/citations.ts';
import { remarkBaseLinks } from './src/lib/markdown/links.ts';
import { remarkContentImages } from './src/content/images.ts';
import { remarkTypography } from './src/lib/markdown/typography.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';

/**
 * Where the site is published (Astro's `site` and `base`) comes from content/site.json, through planSite(): the
 * build's parts in their order (content check, search index, preview images, sitemap, host configuration, site
 * check, and the atomic swap of the output folder with its summary).
 */
export default defineConfig({
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content's typographic rule, then citations [n] become links (answers are MDX; @astrojs/mdx extends this Markdown configuration).
  // Astro 7's default processor runs no remark plugins, so use unified.
  // No syntax highlighting: the content has no code, and Shiki's inline styles would break the CSP.
  // Typography by the one rule content is read with; links written from the site's root ("/buj/#id") follow the
  // base path; photos are drawn no wider than the page needs.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkTypography, remarkCitations, [remarkBaseLinks, { base: siteBase, site: siteOrigin }], remarkContentImages],
    }),
    syntaxHighlight: false,
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  logger: buildLogger,
  integrations: [planSite(), mdx()],
  devToolbar: { enabled: false },
  vite: {
    // The folders builds and screenshots write into: watching them only made the dev server reload and log.
    server: { watch: { ignored: NOT_WATCHED } },
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
