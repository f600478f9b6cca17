/**
 * npm run check [-- --strict]: validates all content without building pages.
 * Errors name the file and field and make the command fail; warnings (such as each Table 1.1 figure
 * that is still unknown) are listed one by one, and with --strict unknown figures fail too.
 */
import path from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { formatIssue } from '../src/lib/content/issues.ts';
import { displayPath } from '../src/lib/content/files.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { buildDate } from '../src/lib/period.ts';
import { readinessList } from '../src/lib/readiness.ts';

const strict = process.argv.includes('--strict');
const report = checkContent({ strict });

for (const warning of report.warnings) console.warn(`warning: ${formatIssue(warning)}`);
for (const error of report.errors) console.error(`error: ${formatIssue(error)}`);

const questions = report.model.editions.map(
  (e) => `${e.id}: ${LOCALES.map((l) => `${e.questions[l].length} questions in ${l === 'lv' ? 'Latvian' : 'English'}`).join(', ')}`,
);
console.log(
  `\n${report.errors.length} error(s), ${report.warnings.length} warning(s)${strict ? ' (strict: unknown Table 1.1 figures count as errors)' : ''}.` +
    (questions.length ? `\n${questions.join('\n')}` : ''),
);

// What readers will look for that the content does not say yet: a to-do list for the school, never a failure.
if (report.errors.length === 0 && report.model.editions.length > 0) {
  const readiness = readinessList(
    report.model,
    { participation: report.source.participationFile, school: displayPath(path.join(report.source.root, 'school.json')) },
    buildDate(),
  );
  if (readiness.length) {
    console.log('\nKo lasītāji meklēs, bet saturs vēl nesaka (readiness: what readers will look for that the content does not say yet):');
    for (const line of readiness) console.log(`  - ${line}`);
  } else console.log('\nSaturs atbild uz visu, ko lasītāji meklē (readiness: nothing missing).');
}
process.exit(report.errors.length > 0 ? 1 : 0);
