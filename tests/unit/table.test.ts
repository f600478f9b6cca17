import { describe, expect, it } from 'vitest';
import { chartModel, csvNumber, missingFigures, tableCsv, tableIsPromoted, tableTotals, wrapWords } from '../../src/lib/table.ts';
import type { Table } from '../../src/lib/content/schemas.ts';

// Made-up figures for the test only: the real ones are unknown.
const table: Table = {
  caption: { lv: 'Tabula', en: 'Table' },
  semesters: [
    { id: 's1', label: { lv: '1. semestris', en: 'Semester 1' } },
    { id: 's2', label: { lv: '2. semestris', en: 'Semester 2' } },
  ],
  rows: [
    { activity: 'a', counts: { s1: 4, s2: null } },
    { activity: 'b', counts: { s1: 10, s2: 6 } },
    { activity: 'c', counts: { s1: null, s2: null } },
  ],
};
const titles = (id: string) => ({ a: 'Audzēkņi', b: 'Personāls, "pedagogi"', c: 'Jaunatne' })[id] ?? id;
const labels = { activity: 'Aktivitāte', total: 'Kopā', missing: 'tiks precizēts', activityTitle: titles };

describe('Table 1.1 figures', () => {
  it('lists each missing figure with its row, activity and semester', () => {
    expect(missingFigures(table)).toEqual([
      { row: 0, activity: 'a', semester: 's2' },
      { row: 2, activity: 'c', semester: 's1' },
      { row: 2, activity: 'c', semester: 's2' },
    ]);
  });

  it('totals only known figures and counts what they leave out', () => {
    const totals = tableTotals(table);
    expect(totals.byRow).toEqual([
      { sum: 4, known: 1, missing: 1 },
      { sum: 16, known: 2, missing: 0 },
      { sum: 0, known: 0, missing: 2 },
    ]);
    expect(totals.bySemester).toEqual([
      { sum: 14, known: 2, missing: 1 },
      { sum: 6, known: 1, missing: 2 },
    ]);
    expect(totals.overall).toEqual({ sum: 20, known: 3, missing: 3 });
  });

  it('writes CSV with the "to be confirmed" text for unknown figures and quotes what needs quoting', () => {
    const csv = tableCsv(table, 'lv', labels);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Aktivitāte;1. semestris;2. semestris;Kopā',
      'Audzēkņi;4;tiks precizēts;4',
      '"Personāls, ""pedagogi""";10;6;16',
      'Jaunatne;tiks precizēts;tiks precizēts;tiks precizēts',
      'Kopā;14;6;20',
      '',
    ]);
  });

  it('separates Latvian columns with ";" (Latvian Excel reads "," as the decimal mark) and English ones with ","', () => {
    const columns = (csv: string, delimiter: string) =>
      csv
        .slice(1)
        .split('\r\n')
        .filter(Boolean)
        .map((line) => line.split(delimiter).length);
    expect(columns(tableCsv(table, 'lv', labels), ';')).toEqual([4, 4, 4, 4, 4]);
    expect(tableCsv(table, 'en', labels).slice(1).split('\r\n')[1]).toBe('Audzēkņi,4,tiks precizēts,4');
    expect(csvNumber(2.5, 'lv')).toBe('2,5');
    expect(csvNumber(2.5, 'en')).toBe('2.5');
    expect(csvNumber(1200, 'lv')).toBe('1200');
  });

  it('puts the table forward only once a figure is known', () => {
    const none: Table = { ...table, rows: table.rows.map((r) => ({ ...r, counts: { s1: null, s2: null } })) };
    expect(tableIsPromoted(none)).toBe(false);
    expect(tableIsPromoted(table)).toBe(true);
  });

  it('uses the table language for semester labels', () => {
    expect(tableCsv(table, 'en', { ...labels, activity: 'Activity', total: 'Total', missing: 'to be confirmed' })).toContain(
      'Activity,Semester 1,Semester 2,Total',
    );
  });

  it('draws known figures as bars in proportion and missing ones without length', () => {
    const chart = chartModel(table, 'lv', titles);
    const bars = chart.groups.flatMap((g) => g.bars);
    expect(bars.map((b) => b.value)).toEqual([4, null, 10, 6, null, null]);
    expect(chart.maxValue).toBe(10);
    const [a1, , b1, b2] = bars;
    expect(b1!.width).toBeGreaterThan(a1!.width);
    expect(a1!.width / b1!.width).toBeCloseTo(0.4, 2);
    expect(b2!.width / b1!.width).toBeCloseTo(0.6, 2);
    expect(bars.filter((b) => b.value === null).every((b) => b.width === 0)).toBe(true);
    // Bars never overlap vertically.
    const ys = bars.map((b) => b.y);
    expect([...ys].sort((x, y) => x - y)).toEqual(ys);
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('wraps long titles at word boundaries', () => {
    expect(wrapWords('Profesionālās izglītības iestāžu audzēkņu un mācekļu mācību mobilitātes', 30)).toEqual([
      'Profesionālās izglītības',
      'iestāžu audzēkņu un mācekļu',
      'mācību mobilitātes',
    ]);
  });
});
