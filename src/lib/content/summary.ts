/**
 * Warnings for people: one line per file and kind (each unknown Table 1.1 figure of a file, each English
 * translation of a file to update or confirm), saying how many and what to do; any other warning is printed
 * as it is. `npm run check -- --all` lists every one.
 */
import { type CheckLanguage, useCheckMessages } from '../i18n.ts';
import { type ContentIssue, formatIssue, type IssueGroup, messageLanguage } from './issues.ts';

const GROUP_KEYS = {
  'unknown-figure': 'summary.unknownFigures',
  'translation-outdated': 'summary.translationsOutdated',
  'translation-unconfirmed': 'summary.translationsUnconfirmed',
} as const satisfies Record<IssueGroup, string>;

export function warningSummary(warnings: ContentIssue[], language: CheckLanguage = messageLanguage()): string[] {
  const t = useCheckMessages(language);
  const lines: string[] = [];
  const groups = new Map<string, { file: string; group: IssueGroup; count: number }>();
  for (const warning of warnings) {
    if (!warning.group) {
      lines.push(formatIssue(warning, language));
      continue;
    }
    const id = `${warning.file}\n${warning.group}`;
    const known = groups.get(id);
    if (known) known.count++;
    else groups.set(id, { file: warning.file, group: warning.group, count: 1 });
  }
  const grouped = [...groups.values()].map(({ file, group, count }) => `${file}: ${t(GROUP_KEYS[group], { count })}`);
  return [...grouped, ...lines];
}
