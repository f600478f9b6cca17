/**
 * Writes the host configuration (.htaccess, _headers, nginx-snippet.conf; src/integrations/host-config/host-config.ts)
 * into the built site once Astro has written the pages and Pagefind its index, so it covers every file:
 * keep this integration after pagefindIndex() in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeHostConfig } from './host-config.ts';
import type { PlanContent } from '../content/index.ts';
import { siteRoutes } from '../../lib/routes.ts';
import { normalizeBase, pageKind } from '../../lib/urls.ts';

export function hostConfig(content: PlanContent): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'host-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const model = content.model();
        const embeds = siteRoutes(model, 'html')
          .filter((r) => pageKind(r.page).embed)
          .map((r) => r.path);
        const { warnings } = writeHostConfig(fileURLToPath(dir), { base, site, website: model.school.website, embeds });
        for (const warning of warnings) logger.warn(warning);
      },
    },
  };
}
