/** Table 1.1's components rendered with Astro's container API, on fixture tables (the real figures are unknown). */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ParticipantsTable from '../../src/components/ParticipantsTable.astro';
import ParticipantsChart from '../../src/components/ParticipantsChart.astro';
import type { Table } from '../../src/lib/content/schemas.ts';
import { fixtureLocals } from '../support/page-context.ts';

const partial: Table = {
  caption: { lv: 'Plānoto projektu sadalījums', en: 'Planned projects' },
  semesters: [
    { id: 's1', label: { lv: '1. semestris', en: 'Semester 1' } },
    { id: 's2', label: { lv: '2. semestris', en: 'Semester 2' } },
  ],
  rows: [
    { activity: 'a', counts: { s1: 7, s2: null } },
    { activity: 'b', counts: { s1: 3, s2: 5 } },
  ],
};
const complete: Table = {
  ...partial,
  rows: [
    { activity: 'a', counts: { s1: 7, s2: 1 } },
    { activity: 'b', counts: { s1: 3, s2: 5 } },
  ],
};
const activityTitle = (id: string) => ({ a: 'Audzēkņu mobilitāte', b: 'Personāla mobilitāte' })[id] ?? id;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('ParticipantsTable', () => {
  it('is a real table with a caption and header scopes', async () => {
    const html = await container.renderToString(ParticipantsTable, {
      props: { table: partial, activityTitle },
      locals: fixtureLocals('lv'),
    });
    expect(html).toMatch(/<caption[^>]*>[\s\S]*Plānoto projektu sadalījums[\s\S]*<\/caption>/);
    expect(count(html, /<th scope="col"/g)).toBe(4); // activity, two semesters, total
    expect(count(html, /<th scope="row"/g)).toBe(3); // two activities and the totals row
  });

  it('shows a missing figure as "to be confirmed", never as a number', async () => {
    const html = await container.renderToString(ParticipantsTable, {
      props: { table: partial, activityTitle },
      locals: fixtureLocals('lv'),
    });
    expect(count(html, /<td class="missing" data-missing/g)).toBe(1);
    expect(html).toContain('tiks precizēts');
    const en = await container.renderToString(ParticipantsTable, { props: { table: partial, activityTitle }, locals: fixtureLocals('en') });
    expect(en).toContain('to be confirmed');
  });

  it('totals known figures only and says what they leave out', async () => {
    const html = await container.renderToString(ParticipantsTable, {
      props: { table: partial, activityTitle },
      locals: fixtureLocals('lv'),
    });
    const totals = [...html.matchAll(/data-total="(\d+)"/g)].map((m) => Number(m[1]));
    // rows: 7 (1 of 2 known), 8; semesters: 10, 5 (1 of 2 known); overall: 15 (3 of 4 known)
    expect(totals).toEqual([7, 8, 10, 5, 15]);
    expect(html).toContain('zināms 1 no 2');
    expect(html).toContain('zināmi 3 no 4');
    expect(html).toContain('tās neietver 1 vēl nezināmu skaitli');
    const en = await container.renderToString(ParticipantsTable, { props: { table: partial, activityTitle }, locals: fixtureLocals('en') });
    expect(en).toContain('1 of 2 known');
    expect(en).toContain('1 figure not yet known is left out');
  });

  it('says the totals are complete when every figure is known', async () => {
    const html = await container.renderToString(ParticipantsTable, {
      props: { table: complete, activityTitle },
      locals: fixtureLocals('en'),
    });
    expect(html).not.toContain('data-missing');
    expect(html).toContain('All figures are known');
    expect([...html.matchAll(/data-total="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([8, 8, 10, 6, 16]);
  });

  it('shows a total over no known figures as unknown, not as 0', async () => {
    const none: Table = { ...partial, rows: [{ activity: 'a', counts: { s1: null, s2: null } }] };
    const html = await container.renderToString(ParticipantsTable, { props: { table: none, activityTitle }, locals: fixtureLocals('lv') });
    expect(html).not.toContain('data-total');
    expect(count(html, /data-missing/g)).toBe(2 + 1 + 2 + 1);
  });
});

describe('ParticipantsChart', () => {
  it('draws known figures as bars and missing ones as "?" placeholders, with a text alternative', async () => {
    const html = await container.renderToString(ParticipantsChart, {
      props: { table: partial, activityTitle },
      locals: fixtureLocals('lv'),
    });
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-1-1-title chart-1-1-desc"/);
    expect(html).toContain('Zināmi 3 no 4 skaitļiem');
    expect([...html.matchAll(/data-value="([^"]+)"/g)].map((m) => m[1])).toEqual(['7', 'missing', '3', '5']);
    expect(count(html, /class="chart__fill"/g)).toBe(3);
    expect(count(html, /class="chart__placeholder"/g)).toBe(1);
  });
});

describe('Table 1.1 with no figure known', () => {
  const unknown: Table = {
    ...partial,
    rows: [
      { activity: 'a', counts: { s1: null, s2: null } },
      { activity: 'b', counts: { s1: null, s2: null } },
    ],
  };

  it("keeps the table's structure, says once that the figures are not known, and still names each cell for screen readers", async () => {
    const html = await container.renderToString(ParticipantsTable, {
      props: { table: unknown, activityTitle },
      locals: fixtureLocals('lv'),
    });
    expect(count(html, /<th scope="row"/g)).toBe(3);
    expect(count(html, /data-missing/g)).toBe(9); // 4 figures, 2 row totals, 2 semester totals, 1 overall
    expect(count(html, /<span aria-hidden="true">\?<\/span>/g)).toBe(0);
    expect(count(html, /<span class="visually-hidden">tiks precizēts<\/span>/g)).toBe(9);
    expect(count(html, /Dalībnieku skaits vēl nav zināms/g)).toBe(1);
  });

  it('draws no chart until a figure is known', async () => {
    const { default: TableFigures } = await import('../../src/components/TableFigures.astro');
    const fixture = fixtureLocals('lv').page!.model;
    const withTable = (table: Table) => ({ ...fixture, editions: fixture.editions.map((e) => ({ ...e, table })) });
    const none = await container.renderToString(TableFigures, { locals: fixtureLocals('lv', {}, withTable(unknown)) });
    expect(none).not.toContain('<figure class="chart"');
    const some = await container.renderToString(TableFigures, { locals: fixtureLocals('lv', {}, withTable(partial)) });
    expect(some).toContain('<figure class="chart"');
  });
});
