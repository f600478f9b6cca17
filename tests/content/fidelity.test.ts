/**
 * Fidelity: every sentence of the school's plan (content/editions/2020-2022/source.lv.txt, the text as the
 * school wrote it) appears word for word in the Latvian content, apart from the editorial repairs listed in
 * content/editions/2020-2022/repairs.json. Prints the coverage.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { PlanEdition } from '../../src/lib/content/model.ts';
import { answerPlainText } from '../../src/lib/answers.ts';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const withoutCitations = (s: string) => s.replace(/\s*\[\d+\]/g, '');

/** All Latvian text a reader can see for one edition: titles, answers with their lists, data. */
function latvianCorpus(c: PlanEdition): string {
  const parts = [
    c.meta.title.lv,
    ...c.sections.map((s) => s.title.lv),
    ...c.questions.lv.flatMap((q) => [q.title, answerPlainText(q, c, 'lv')]),
    ...c.needs.map((n) => n.text.lv),
    ...c.goals.map((g) => g.text.lv),
    ...c.activities.flatMap((a) => [a.title.lv, a.description.lv]),
    ...c.lists.flatMap((l) => l.items.map((i) => i.text.lv)),
    c.table.caption.lv,
  ];
  return fold(withoutCitations(parts.join('\n')));
}

/** The seed cut into sentences and list items, list numbers removed. */
function seedSegments(seed: string): string[] {
  return withoutCitations(seed)
    .split(/(?<=[.?!;:])\s+|\s(?=\d{1,2}[.)]\s?\S)/)
    .map((s) => fold(s).replace(/^\d{1,2}[.)]\s*/, ''))
    .filter((s) => s.length > 0);
}

describe('fidelity to the school plan', () => {
  const report = checkContent();
  const edition = report.model.editions.find((e) => e.id === '2020-2022')!;
  const seed = fold(edition.sourceText ?? '');

  it('keeps the school\'s own text beside the edition', () => {
    expect(seed.length).toBeGreaterThan(10_000);
  });

  it('lists only repairs whose original text is really in the seed', () => {
    expect(edition.repairs.length).toBeGreaterThan(0);
    for (const repair of edition.repairs) expect(seed, repair.id).toContain(repair.source);
  });

  it('contains every sentence of the seed, apart from the listed repairs', () => {
    let repaired = seed;
    for (const repair of edition.repairs) repaired = repaired.split(repair.source).join(repair.result);
    const corpus = latvianCorpus(edition);
    const segments = seedSegments(repaired);
    const missing = segments.filter((s) => !corpus.includes(s));
    const chars = segments.reduce((n, s) => n + s.length, 0);
    const found = segments.filter((s) => corpus.includes(s)).reduce((n, s) => n + s.length, 0);
    console.log(
      `fidelity: ${segments.length - missing.length}/${segments.length} seed sentences and list items found word for word ` +
        `(${((found / chars) * 100).toFixed(1)}% of ${chars} characters); ${edition.repairs.length} listed repairs`,
    );
    expect(missing).toEqual([]);
  });

  it('keeps every repaired text in the content', () => {
    const corpus = latvianCorpus(edition);
    for (const repair of edition.repairs.filter((r) => r.result)) expect(corpus, repair.id).toContain(withoutCitations(repair.result));
  });

  it('keeps the addresses moved out of the text in the reference they belong to', () => {
    const urls = edition.references.flatMap((r) => r.urls);
    for (const address of seed.match(/https?:\/\/\S+/g) ?? []) expect(urls).toContain(address);
  });

  it('keeps every citation of the seed on the item it follows', () => {
    const seedCitations = [...seed.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const contentCitations = [
      ...edition.questions.lv.flatMap((q) => [...q.body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))),
      ...edition.needs.flatMap((n) => n.references),
      ...edition.goals.flatMap((g) => g.references),
      ...edition.activities.flatMap((a) => a.references),
      ...edition.lists.flatMap((l) => l.items.flatMap((i) => i.references)),
    ];
    expect(contentCitations.sort()).toEqual(seedCitations.sort());
  });

  it('has the parts the plan is made of', () => {
    const list = (id: string) => edition.lists.find((l) => l.id === id)?.items.length;
    expect(edition.questions.lv.length).toBeGreaterThanOrEqual(11); // the plan's 11; staff may add more
    expect(edition.needs).toHaveLength(8);
    expect(edition.goals).toHaveLength(8);
    expect(edition.activities).toHaveLength(5);
    expect(list('programme-objectives')).toBe(5);
    expect(list('supported-actions')).toBe(3);
    expect(list('learner-results')).toBe(9);
    expect(list('staff-results')).toBe(11);
    expect(list('organisation-results')).toBe(5);
    expect(list('mobility-project-objectives')).toBe(7);
    expect(list('project-phases')).toBe(3);
    expect(list('project-types')).toBe(4);
    expect(edition.references.map((r) => r.number)).toEqual([1, 2, 3]);
  });
});
