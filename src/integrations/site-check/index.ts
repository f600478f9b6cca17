/**
 * The build's own gate: once every other part has written its files, the built site must have every address
 * of the route table, the 404, a search index per language and the host configuration (verify.ts). A missing
 * file fails the build, so `npm run build` never swaps in an incomplete site.
 */
import type { ContentModel } from '../../lib/content/model.ts';
import { verifyBuiltSite } from './verify.ts';

export function checkBuiltSite(siteDir: string, model: ContentModel): void {
  const problems = verifyBuiltSite(siteDir, model);
  if (problems.length) throw new Error(`the built site is incomplete:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}
