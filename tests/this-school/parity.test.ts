/** Translation parity on the real content: everything exists in Latvian and English, and is translated. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatIssue } from '../../src/lib/content/issues.ts';
import type { LocalizedText } from '../../src/lib/content/schemas.ts';

const report = checkContent();

describe('content of the site', () => {
  it('passes the content check', () => {
    expect(report.errors.map((e) => formatIssue(e))).toEqual([]);
  });

  it('only warns about Table 1.1 figures that are not known yet', () => {
    expect(report.warnings.every((w) => w.file.endsWith('table-1-1.json') && w.message.key === 'rules.unknownFigure')).toBe(true);
  });

  for (const edition of report.model.editions) {
    it(`${edition.id}: has every question in both languages, in the same sections and order`, () => {
      const key = (q: { id: string; section: string; order: number }) => `${q.section}/${q.order}/${q.id}`;
      expect(edition.questions.en.map(key).sort()).toEqual(edition.questions.lv.map(key).sort());
      expect(edition.questions.lv.length).toBeGreaterThan(0);
    });

    it(`${edition.id}: has every question's citations in both languages`, () => {
      for (const lv of edition.questions.lv) {
        const en = edition.questions.en.find((q) => q.id === lv.id)!;
        const cites = (body: string) => [...body.matchAll(/\[(\d+)\]|<List id="([^"]+)"/g)].map((m) => m[0]);
        expect(cites(en.body), en.file).toEqual(cites(lv.body));
      }
    });

    it(`${edition.id}: translates every text (English differs from Latvian)`, () => {
      const texts: [string, LocalizedText][] = [
        ...edition.sections.map((s) => [`section ${s.id}`, s.title] as [string, LocalizedText]),
        ...edition.needs.map((n) => [n.id, n.text] as [string, LocalizedText]),
        ...edition.goals.map((g) => [g.id, g.text] as [string, LocalizedText]),
        ...edition.activities.flatMap(
          (a) =>
            [
              [a.id, a.title],
              [a.id, a.description],
            ] as [string, LocalizedText][],
        ),
        ...edition.lists.flatMap((l) => l.items.map((i, n) => [`${l.id}[${n}]`, i.text] as [string, LocalizedText])),
      ];
      // Proper names may read the same in both languages (e.g. "Erasmus Mundus"); list them here if ever needed.
      const untranslated = texts.filter(([, t]) => t.lv === t.en).map(([id]) => id);
      expect(untranslated).toEqual([]);
    });
  }

  it('translates every glossary term', () => {
    expect(report.model.glossary.length).toBeGreaterThan(0);
    expect(report.model.glossary.filter((g) => g.definition.lv === g.definition.en).map((g) => g.id)).toEqual([]);
  });
});
