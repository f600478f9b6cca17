/**
 * Warnings for people: issues expected in numbers (each unknown Table 1.1 figure, each unconfirmed
 * translation) become one line per group that says how many and what to do; any other warning is
 * printed as it is. `npm run check` lists every one.
 */
import { type ContentIssue, formatIssue, type IssueGroup } from './issues.ts';

const GROUPS: Record<IssueGroup, (count: number) => string> = {
  'unknown-figure': (n) =>
    `${n} Table 1.1 figure${n === 1 ? ' is' : 's are'} not known yet and shown as "tiks precizēts / to be confirmed" (npm run check -- --strict lists them; fill them in content/editions/<years>/table-1-1.json)`,
  translation: (n) => `${n} English translation${n === 1 ? ' is' : 's are'} out of date or not confirmed (npm run i18n:status lists them)`,
};

export function warningSummary(warnings: ContentIssue[]): string[] {
  const lines: string[] = [];
  for (const [group, describe] of Object.entries(GROUPS) as [IssueGroup, (n: number) => string][]) {
    const count = warnings.filter((w) => w.group === group).length;
    if (count) lines.push(describe(count));
  }
  for (const warning of warnings.filter((w) => !w.group)) lines.push(formatIssue(warning));
  return lines;
}
