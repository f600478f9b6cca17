/**
 * Table 1.1 (planned participants per activity and study semester) as numbers: which figures are missing,
 * totals over the known ones, the CSV download and the chart's geometry. The figures the school has not
 * confirmed are null and stay null: nothing here ever turns "unknown" into 0.
 */
import { stringify } from 'csv-stringify/sync';
import { LANGUAGES, type Locale } from './locales.ts';
import type { Table } from './content/schemas.ts';

export interface MissingFigure {
  row: number;
  activity: string;
  semester: string;
}

export function missingFigures(table: Table): MissingFigure[] {
  return table.rows.flatMap((row, i) =>
    table.semesters.filter((s) => (row.counts[s.id] ?? null) === null).map((s) => ({ row: i, activity: row.activity, semester: s.id })),
  );
}

/** How many of the table's figures are known, of how many. */
export function figureCount(table: Table): { known: number; all: number } {
  const all = table.rows.length * table.semesters.length;
  return { known: all - missingFigures(table).length, all };
}

/**
 * Whether Table 1.1 is put forward (main menu, home page card, its own preview image, the table in the plan):
 * only once at least one figure is known. A table of nothing but "to be confirmed" promises what it cannot
 * show; until then the plan says in one sentence that the figures will be published and links to the table
 * page (which, with its CSV, stays reachable).
 */
export function tableIsPromoted(table: Table): boolean {
  return figureCount(table).known > 0;
}

/** A sum over the known figures, and how many figures it leaves out. */
export interface PartialTotal {
  sum: number;
  known: number;
  missing: number;
}

function total(values: (number | null | undefined)[]): PartialTotal {
  const known = values.filter((v): v is number => typeof v === 'number');
  return { sum: known.reduce((a, b) => a + b, 0), known: known.length, missing: values.length - known.length };
}

export interface TableTotals {
  byRow: PartialTotal[];
  bySemester: PartialTotal[];
  overall: PartialTotal;
}

export function tableTotals(table: Table): TableTotals {
  const cell = (row: Table['rows'][number], semester: string) => row.counts[semester] ?? null;
  return {
    byRow: table.rows.map((row) => total(table.semesters.map((s) => cell(row, s.id)))),
    bySemester: table.semesters.map((s) => total(table.rows.map((row) => cell(row, s.id)))),
    overall: total(table.rows.flatMap((row) => table.semesters.map((s) => cell(row, s.id)))),
  };
}

export interface TableLabels {
  activity: string;
  total: string;
  /** Written in place of a figure that is not known yet. */
  missing: string;
  activityTitle: (activityId: string) => string;
}

/** A figure as the CSV writes it: no grouping, the language's decimal mark (figures are whole numbers today). */
export function csvNumber(value: number, locale: Locale): string {
  return String(value).replace('.', LANGUAGES[locale].csv.decimal);
}

/** The table as CSV, one row per activity plus a totals row; unknown figures are written as the "to be confirmed" text. */
export function tableCsv(table: Table, locale: Locale, labels: TableLabels): string {
  const totals = tableTotals(table);
  const show = (v: number | null | undefined) => (typeof v === 'number' ? csvNumber(v, locale) : labels.missing);
  const showTotal = (t: PartialTotal) => (t.known === 0 ? labels.missing : csvNumber(t.sum, locale));
  const header = [labels.activity, ...table.semesters.map((s) => s.label[locale]), labels.total];
  const rows = table.rows.map((row, i) => [
    labels.activityTitle(row.activity),
    ...table.semesters.map((s) => show(row.counts[s.id])),
    showTotal(totals.byRow[i]!),
  ]);
  const footer = [labels.total, ...totals.bySemester.map(showTotal), showTotal(totals.overall)];
  // A byte-order mark lets spreadsheet programs read the Latvian letters as UTF-8.
  return '\uFEFF' + stringify([header, ...rows, footer], { delimiter: LANGUAGES[locale].csv.delimiter, record_delimiter: '\r\n' });
}

interface ChartBar {
  label: string;
  value: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ChartGroup {
  /** The activity's title, wrapped to lines that fit the chart's width. */
  titleLines: string[];
  y: number;
  bars: ChartBar[];
}

export interface ChartModel {
  width: number;
  height: number;
  labelWidth: number;
  maxValue: number;
  groups: ChartGroup[];
}

// Sized so the chart stays legible on a 360 px phone (viewBox 420 wide, text 13 units).
const CHART = { width: 420, labelWidth: 200, lineHeight: 18, barHeight: 20, gap: 5, groupGap: 16, valueSpace: 40, titleChars: 46 };

export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Horizontal bars: one group per activity, one bar per semester. A missing figure gets no bar length
 * (the component draws an outlined "?" placeholder), so the picture never suggests a number.
 */
export function chartModel(table: Table, locale: Locale, activityTitle: (id: string) => string): ChartModel {
  const known = table.rows.flatMap((r) => Object.values(r.counts)).filter((v): v is number => typeof v === 'number');
  const maxValue = Math.max(1, ...known);
  const barArea = CHART.width - CHART.labelWidth - CHART.valueSpace;
  let y = 0;
  const groups = table.rows.map((row) => {
    const titleLines = wrapWords(activityTitle(row.activity), CHART.titleChars);
    const group: ChartGroup = { titleLines, y, bars: [] };
    y += titleLines.length * CHART.lineHeight + 6;
    for (const s of table.semesters) {
      const value = row.counts[s.id] ?? null;
      group.bars.push({
        label: s.label[locale],
        value,
        x: CHART.labelWidth,
        y,
        width: value === null ? 0 : Math.round((value / maxValue) * barArea * 10) / 10,
        height: CHART.barHeight,
      });
      y += CHART.barHeight + CHART.gap;
    }
    y += CHART.groupGap;
    return group;
  });
  return { width: CHART.width, height: y, labelWidth: CHART.labelWidth, maxValue, groups };
}
