/**
 * Checks the content before Astro builds anything (for `astro build` and `astro dev` run directly; `npm run
 * build` has checked it already and recorded the report in the content store, where this finds it). Errors
 * stop a build; under `astro dev` they are printed, and printed again on every change under content/.
 */
import type { AstroIntegration } from 'astro';
import { formatIssue } from '../../lib/content/issues.ts';
import { contentStore } from '../../lib/content/store.ts';
import { warningSummary } from '../../lib/content/summary.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Tests (Vitest loads this config through getViteConfig) run their own content checks.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        // Under npm run build the build script has the report and prints the warnings in its summary.
        const recorded = contentStore().site;
        const report = recorded ?? (await import('../../lib/content/load.ts')).loadContent();
        if (!recorded) for (const line of warningSummary(report.warnings)) logger.warn(line);
        if (report.errors.length === 0) return;
        const list = report.errors.map((e) => `  ${formatIssue(e)}`).join('\n');
        if (command === 'dev') logger.error(`Content has ${report.errors.length} error(s):\n${list}`);
        else throw new Error(`Content has ${report.errors.length} error(s); nothing was built:\n${list}`);
      },
    },
  };
}
