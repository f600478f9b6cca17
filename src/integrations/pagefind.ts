/**
 * Builds the Pagefind search index once Astro has written the site: one index per language
 * (Pagefind splits by <html lang>), written to <outDir>/pagefind/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/locales.ts';
import { currentEdition } from '../lib/content/model.ts';
import { siteContent } from '../lib/content/store.ts';
import { searchRecords } from '../lib/search/records.ts';

const UNUSED_UI = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // HTML pages that carry data-pagefind-body (Table 1.1, glossary), then the answers as records.
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const edition = currentEdition(siteContent());
        let records = 0;
        for (const locale of LOCALES) {
          for (const record of searchRecords(edition, locale)) {
            const result = await index.addCustomRecord(record);
            if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
            records++;
          }
        }
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        // Our own search UI uses Pagefind's JS API only: drop its bundled UI kits (about 430 kB) from the site.
        const outDir = path.join(site, 'pagefind');
        for (const name of readdirSync(outDir)) if (UNUSED_UI.test(name)) rmSync(path.join(outDir, name));
        logger.info(`indexed ${added.page_count} pages and ${records} answer records`);
        await pagefind.close();
      },
    },
  };
}
