/**
 * The build, in order, as one integration: each part is called here in its turn and returns what it reports, so
 * the order is this file's and no part writes into another's results.
 *
 * 1. setup: the build's own folder (../publish), then content/ read and checked once (../content), which says
 *    where the site is published (./address.ts);
 * 2. while Astro renders: the search index (../pagefind) and the preview images (../preview-images) begin;
 * 3. once Astro has written the pages: the sitemap (where the address is known), the search index, the images,
 *    the host configuration over all of them (../host-config), the site check (../site-check), and only then the
 *    site is swapped in and the summary said (../publish).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { planContent } from '../content/index.ts';
import { DEV_SERVER_NOTE, startSearchIndex, type SearchIndexRun } from '../pagefind/index.ts';
import { startPreviewImages, type PreviewImagesRun } from '../preview-images/index.ts';
import { writeSiteHostConfig } from '../host-config/index.ts';
import { checkBuiltSite } from '../site-check/index.ts';
import { publishStaged, stageBuild, summary, type Stage } from '../publish/index.ts';
import { noAddressNote, siteAddress, type SiteAddress } from './address.ts';
import { inSitemap, sitemapAlternates } from '../../lib/sitemap.ts';

export { buildLogger } from '../publish/index.ts';

/** The folders a build writes (and `npm run shots` fills): the dev server does not watch them. */
export const NOT_WATCHED = ['**/.build/**', '**/dist/**', '**/shots/**', '**/bench-results/**'];

const DEV_RELOAD = new URL('../../browser/dev-reload.ts', import.meta.url);

/** A module's id from the project's root ("/src/…"), the same on Windows: Vite resolves it against the root. */
function fromRoot(root: URL, file: URL): string {
  return `/${path.relative(fileURLToPath(root), fileURLToPath(file)).split(path.sep).join('/')}`;
}

/** The folder the site is built for, once the content has said where it is published (for the Markdown plugins). */
let publishedBase = '/';
let publishedSite: string | undefined;
export const siteBase = (): string => publishedBase;
/** The site's origin, once the content has said it (undefined while the address is not known). */
export const siteOrigin = (): string | undefined => publishedSite;

export function planSite(): AstroIntegration {
  const content = planContent();
  let address: SiteAddress = { site: undefined, base: '/' };
  let stage: Stage | undefined;
  let cacheDir = '';
  /** The sitemap of the pages, by @astrojs/sitemap, whose hooks are called here in their turn. */
  let siteMap: AstroIntegration | undefined;
  let started: { search: SearchIndexRun; images: PreviewImagesRun } | undefined;

  return {
    name: 'plan-site',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectScript, logger }) => {
        // First the build's own folder, so that a failed content check leaves the previous site too.
        if (command === 'build') stage = stageBuild(config);
        const model = content.setup({ command, updateConfig, logger: logger.fork('plan-content') });
        address = siteAddress(model.site);
        publishedBase = address.base;
        publishedSite = address.site;
        siteMap = address.site
          ? sitemap({
              filter: (page) => inSitemap(page, address.base),
              serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, address.base) }),
            })
          : undefined;
        updateConfig({ site: address.site, base: address.base, ...(stage ? { outDir: pathToFileURL(`${stage.staging}/`) } : {}) });
        // astro dev: a saved change reloads the page with the questions that were open still open.
        if (command === 'dev') injectScript('page', `import ${JSON.stringify(fromRoot(config.root, DEV_RELOAD))};`);
      },
      'astro:routes:resolved': async (params) => {
        await siteMap?.hooks['astro:routes:resolved']?.(params);
      },
      'astro:config:done': async (params) => {
        cacheDir = fileURLToPath(params.config.cacheDir);
        await siteMap?.hooks['astro:config:done']?.(params);
      },
      'astro:server:start': ({ logger }) => {
        const problems = content.errors();
        if (problems) logger.fork('plan-content').error(problems);
        else for (const line of content.warnings()) logger.fork('plan-content').warn(line);
        logger.fork('pagefind-index').warn(DEV_SERVER_NOTE);
      },
      // When a build starts (not when a tool such as Vitest or knip only loads the configuration "for a build").
      'astro:build:start': ({ logger }) => {
        for (const line of content.warnings()) logger.fork('plan-content').warn(line);
        const model = content.model();
        started = { search: startSearchIndex(model, cacheDir), images: startPreviewImages(model) };
      },
      'astro:build:done': async (params) => {
        const { logger } = params;
        if (!stage || !started) throw new Error('the build was not set up (astro:config:setup and astro:build:start did not run)');
        const dir = fileURLToPath(params.dir);
        const model = content.model();
        await siteMap?.hooks['astro:build:done']?.(params);
        const indexEntries = await started.search.finish(dir, logger.fork('pagefind-index'));
        const previewMs = await started.images.write(dir);
        for (const warning of writeSiteHostConfig(dir, model, address)) logger.fork('host-config').warn(warning);
        checkBuiltSite(dir, model);
        publishStaged(stage);
        // Astro's logger writes only warnings during a build; the summary is said unless the build was asked to be silent.
        if (logger.options.level !== 'silent')
          console.log(
            summary(stage.outDir, {
              content: content.summary(),
              indexEntries,
              previewMs,
              address: address.site && `${address.site}${address.base}`,
              notes: address.site ? [] : [noAddressNote()],
            }),
          );
      },
    },
  };
}
