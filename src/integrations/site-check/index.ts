/**
 * The build's own gate: once every other integration has written its files, the built site must have every
 * address of the route table, the 404, a search index per language and the host configuration (verify.ts).
 * A missing file fails the build, so `npm run build` never swaps in an incomplete site. Keep it last.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PlanContent } from '../content/index.ts';
import { verifyBuiltSite } from './verify.ts';

export function siteCheck(content: PlanContent): AstroIntegration {
  return {
    name: 'site-check',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const problems = verifyBuiltSite(fileURLToPath(dir), content.model());
        if (problems.length) throw new Error(`the built site is incomplete:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      },
    },
  };
}
