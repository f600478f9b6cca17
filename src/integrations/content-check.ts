/**
 * Runs the content check before Astro builds anything: errors stop the build with messages naming file and
 * field; each missing Table 1.1 figure is printed as a warning.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatIssue } from '../lib/content/validate.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Tests (Vitest loads this config through getViteConfig) run their own content checks.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        const report = checkContent();
        if (report.warnings.length) {
          logger.warn(`${report.warnings.length} warning(s):\n${report.warnings.map((w) => `  ${formatIssue(w)}`).join('\n')}`);
        }
        if (report.errors.length === 0) return;
        const list = report.errors.map((e) => `  ${formatIssue(e)}`).join('\n');
        if (command === 'dev') logger.error(`Content has ${report.errors.length} error(s):\n${list}`);
        else throw new Error(`Content has ${report.errors.length} error(s); nothing was built:\n${list}`);
      },
    },
  };
}
