/**
 * npm run check [-- --strict]: validates all content without building pages.
 * Errors name the file and field and make the command fail; warnings (such as each Table 1.1 figure
 * that is still unknown) are printed, and with --strict they fail too.
 */
import { checkContent, formatIssue } from '../src/lib/content/validate.ts';

const strict = process.argv.includes('--strict');
const report = checkContent({ strict });

for (const warning of report.warnings) console.warn(`warning: ${formatIssue(warning)}`);
for (const error of report.errors) console.error(`error: ${formatIssue(error)}`);

const questions = report.editions.map((e) => `${e.id}: ${e.questions.lv.length} questions in Latvian, ${e.questions.en.length} in English`);
console.log(
  `\n${report.errors.length} error(s), ${report.warnings.length} warning(s)${strict ? ' (strict: unknown Table 1.1 figures count as errors)' : ''}.` +
    (questions.length ? `\n${questions.join('\n')}` : ''),
);
process.exit(report.errors.length > 0 ? 1 : 0);
