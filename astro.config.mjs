// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/lib/markdown/citations.ts';

/**
 * Where the site is published: the one place to set it (or SITE_URL / BASE_PATH in the environment),
 * e.g. SITE_URL=https://www.example.lv BASE_PATH=/erasmus/ npm run build.
 */
const site = process.env.SITE_URL ?? 'https://erasmus.example.lv';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Citations [n] become links; Astro 7's default processor runs no remark plugins, so use unified.
  markdown: { processor: unified({ remarkPlugins: [remarkCitations] }) },
  i18n: {
    locales: ['lv', 'en'],
    defaultLocale: 'lv',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
