/**
 * npm run check [-- --strict] [-- --all] [-- --lang en]: validates all content without building pages.
 * Messages are in the site's main language (--lang en for English). Errors name the file, line and field
 * and make the command fail; warnings are one line per file and kind (--all lists each one), and with
 * --strict unknown Table 1.1 figures fail too.
 */
import path from 'node:path';
import { useCheckMessages } from '../src/lib/i18n.ts';
import { checkContent } from '../src/content/check.ts';
import { formatIssue, messageLanguage } from '../src/lib/content/issues.ts';
import { warningSummary } from '../src/lib/content/summary.ts';
import { displayPath } from '../src/content/files.ts';
import { buildDate } from '../src/lib/period.ts';
import { readinessList } from '../src/lib/readiness.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const langAt = args.indexOf('--lang');
const language = messageLanguage(langAt >= 0 ? args[langAt + 1] : undefined);
const t = useCheckMessages(language);
const report = checkContent({ strict, record: true });

const warnings = args.includes('--all') ? report.warnings.map((w) => formatIssue(w, language)) : warningSummary(report.warnings, language);
for (const warning of warnings) console.warn(`${t('cli.warning')}: ${warning}`);
for (const error of report.errors) console.error(`${t('cli.error')}: ${formatIssue(error, language)}`);

const questions = report.model.editions.map((e) =>
  t('cli.questions', { edition: e.id, lv: e.questions.lv.length, en: e.questions.en.length }),
);
console.log(
  `\n${t('cli.errors', { count: report.errors.length })}, ${t('cli.warnings', { count: report.warnings.length })}${strict ? ` ${t('cli.strict')}` : ''}.` +
    (questions.length ? `\n${questions.join('\n')}` : ''),
);

// What readers will look for that the content does not say yet: a to-do list for the school, never a failure.
if (report.errors.length === 0 && report.model.editions.length > 0) {
  const readiness = readinessList(
    report.model,
    { participation: report.source.participationFile, school: displayPath(path.join(report.source.root, 'school.json')) },
    buildDate(),
    language,
  );
  console.log(`\n${readiness.length ? t('readiness.title') : t('readiness.none')}`);
  for (const line of readiness) console.log(`  - ${line}`);
}
process.exit(report.errors.length > 0 ? 1 : 0);
