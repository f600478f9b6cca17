/**
 * Writes the host configuration (.htaccess, _headers, nginx-snippet.conf; ./host-config.ts) into the built
 * site from the pages themselves: run it once every other file is written (the search index, the images), so
 * that it covers them too. Returns its warnings.
 */
import type { ContentModel } from '../../lib/content/model.ts';
import { siteRoutes } from '../../lib/routes.ts';
import { pageKind } from '../../lib/urls.ts';
import { writeHostConfig } from './host-config.ts';

export function writeSiteHostConfig(siteDir: string, model: ContentModel, address: { base: string; site: string | undefined }): string[] {
  const embeds = siteRoutes(model, 'html')
    .filter((r) => pageKind(r.page).embed)
    .map((r) => r.path);
  return writeHostConfig(siteDir, { ...address, website: model.school.website, embeds }).warnings;
}
