/**
 * Fidelity: for every edition that keeps the school's own text (content/editions/<years>/source.lv.txt, the
 * plan as the school wrote it), every sentence of it appears word for word in the Latvian content, apart from
 * the editorial repairs listed in that edition's repairs.json and the one typographic rule the reader applies
 * (src/lib/content/typography.ts, a repair of form that changes no word); and the edition has the parts that
 * content/checks/text.json says the plan is made of. Driven by content/, so another school's content brings its own;
 * an edition without its source text, or without its parts in text.json, is reported as skipped with the reason.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import type { PlanEdition } from '../../src/lib/content/model.ts';
import { answerPlainText } from '../../src/lib/answers.ts';
import path from 'node:path';
import { contentDir, displayPath } from '../../src/content/files.ts';
import { typeset, typographicRepairs } from '../../src/lib/content/typography.ts';
import { contentChecks, noContentCheck } from '../support/content-checks.ts';

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

const report = checkContent();

it('reads the content without errors', () => {
  expect(report.errors).toEqual([]);
});

for (const edition of report.model.editions.filter((e) => !e.sourceText))
  it(`fidelity of edition ${edition.id} to the school plan`, ({ skip }) =>
    skip(
      `${displayPath(path.join(contentDir(), 'editions', edition.id, 'source.lv.txt'))} is missing: there is no school's own text to compare with`,
    ));

describe.each(report.model.editions.filter((e) => e.sourceText))('fidelity of edition $id to the school plan', (edition) => {
  const seed = fold(edition.sourceText ?? '');

  it("keeps the school's own text beside the edition", () => {
    expect(seed.length).toBeGreaterThan(10_000);
  });

  it('lists only repairs whose original text is really in the seed', () => {
    expect(edition.repairs.length).toBeGreaterThan(0);
    for (const repair of edition.repairs) expect(seed, repair.id).toContain(repair.source);
  });

  it('contains every sentence of the seed, apart from the listed repairs', () => {
    let repaired = seed;
    for (const repair of edition.repairs) repaired = repaired.split(repair.source).join(repair.result);
    // The content is read through the typographic rule; the seed is compared in the same form.
    repaired = typeset(repaired, 'lv');
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

  it('changes no word by the typographic rule: only dashes, quotation marks and spaces', () => {
    const letters = (s: string) => s.replace(/[\s\-–—"“”„]+/g, '');
    const typeset_ = typeset(seed, 'lv');
    expect(typeset_).not.toBe(seed); // the school's text has dashes and quotation marks of its own to set
    expect(letters(typeset_) === letters(seed), 'the rule changed something other than dashes, quotation marks or spaces').toBe(true);
    // The Sources page lists the places the rule changed (typographicRepairs): made one by one, they give the typeset text.
    let listed = seed;
    for (const repair of typographicRepairs(edition.sourceText)) listed = listed.replace(repair.found, repair.expected);
    expect(listed === typeset_, 'typographicRepairs does not list every change').toBe(true);
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
      ...edition.questions.lv.flatMap((q) => q.citations),
      ...edition.needs.flatMap((n) => n.references),
      ...edition.goals.flatMap((g) => g.references),
      ...edition.activities.flatMap((a) => a.references),
      ...edition.lists.flatMap((l) => l.items.flatMap((i) => i.references)),
    ];
    expect(contentCitations.sort()).toEqual(seedCitations.sort());
  });
});

describe.each(report.model.editions)('edition $id', (edition) => {
  it('has the parts the plan is made of (content/checks/text.json)', ({ skip }) => {
    const parts = contentChecks().editions?.[edition.id];
    if (!parts) return skip(noContentCheck(`editions["${edition.id}"]`));
    const list = (id: string) => edition.lists.find((l) => l.id === id)?.items.length;
    expect(edition.questions.lv.length).toBeGreaterThanOrEqual(parts.questions); // staff may add more
    expect(edition.needs).toHaveLength(parts.needs);
    expect(edition.goals).toHaveLength(parts.goals);
    expect(edition.activities).toHaveLength(parts.activities);
    for (const [id, items] of Object.entries(parts.lists)) expect(list(id), id).toBe(items);
    expect(edition.references.map((r) => r.number)).toEqual(parts.references);
  });
});
