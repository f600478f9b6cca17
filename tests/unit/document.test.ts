/**
 * What the plan document and the FAQ's answer lines are made of, decided in src/lib: the pairing of needs
 * and goals by number, the plan's table of contents, the printed imprint, and lists said as a sentence.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import { needGoalNumbers, planContents, questionsBySection } from '../../src/lib/plan.ts';
import { planImprint } from '../../src/lib/imprint.ts';
import { listParts, longDate } from '../../src/lib/prose.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const { model } = checkContent({ root: FIXTURE_CONTENT });
const edition = currentEdition(model);

describe('the plan document', () => {
  it('pairs needs and goals by their numbers in the plan, whatever order the goals file has', () => {
    const reversed = { needs: edition.needs, goals: [...edition.goals].reverse() };
    const pairs = needGoalNumbers(reversed);
    expect(pairs.length).toBe(edition.needs.length);
    for (const pair of pairs) {
      expect(reversed.needs[pair.need - 1]!.id).toBe(pair.needId);
      expect(reversed.goals[pair.goal - 1]!.id).toBe(pair.goalId);
      expect(reversed.needs[pair.need - 1]!.goal).toBe(pair.goalId);
    }
  });

  it('lists every section with its questions in order, then the parts added after them', () => {
    const contents = planContents(edition, 'en', [{ id: 'references', title: 'References' }]);
    const sections = questionsBySection(edition, 'en');
    expect(contents.map((c) => c.id)).toEqual([...sections.map((s) => `section-${s.section.id}`), 'references']);
    expect(contents[0]!.children.map((c) => c.id)).toEqual(sections[0]!.questions.map((q) => q.id));
    expect(contents.at(-1)!.children).toEqual([]);
  });

  it("gives the printed imprint: the school, the plan's address on the site where it is known, the day of the build", () => {
    const day = new Date(Date.UTC(2026, 10, 28, 23, 30));
    const imprint = planImprint({ school: model.school, locale: 'lv', site: new URL('https://www.example.lv/erasmus/'), day });
    expect(imprint.publisher).toBe(model.school.name.lv);
    expect(imprint.address).toMatch(/^https:\/\/www\.example\.lv\/.*plans\/$/);
    expect(imprint.prepared).toEqual({ iso: '2026-11-28', text: '2026. gada 28. novembris' });
    const archived = planImprint({ school: model.school, locale: 'en', editionId: '2018-2020', site: undefined, day });
    // Without the site's address the printed plan gives none (never the page's path as if it were one).
    expect(archived.address).toBeUndefined();
    expect(archived.prepared.text).toBe('28 November 2026');
  });
});

describe('lists said as a sentence', () => {
  it('joins items the way each language does', () => {
    const said = (items: string[], locale: 'lv' | 'en') =>
      listParts(items, locale)
        .map((p) => ('item' in p ? `<${p.item}>` : p.text))
        .join('');
    expect(said(['A', 'B', 'C'], 'lv')).toBe('<A>, <B> un <C>');
    expect(said(['A', 'B', 'C'], 'en')).toBe('<A>, <B> and <C>');
    expect(said(['A', 'B'], 'en')).toBe('<A> and <B>');
    expect(said(['A'], 'lv')).toBe('<A>');
    expect(listParts([], 'lv')).toEqual([]);
  });

  it('joins with commas only when asked, for items that contain "and" themselves', () => {
    const said = (items: string[], locale: 'lv' | 'en') =>
      listParts(items, locale, { conjunction: false })
        .map((p) => ('item' in p ? `<${p.item}>` : p.text))
        .join('');
    expect(said(['Erasmus+', 'Programme Countries and Partner Countries', 'Vocational education and training (VET)'], 'en')).toBe(
      '<Erasmus+>, <Programme Countries and Partner Countries>, <Vocational education and training (VET)>',
    );
    expect(said(['A', 'B un C'], 'lv')).toBe('<A>, <B un C>');
    expect(said(['A'], 'en')).toBe('<A>');
    expect(listParts([], 'en', { conjunction: false })).toEqual([]);
  });

  it('keeps the items themselves (e.g. glossary terms to link), not their text', () => {
    const terms = [{ id: 'ka1' }, { id: 'vet' }];
    expect(
      listParts(terms, 'en')
        .filter((p) => 'item' in p)
        .map((p) => ('item' in p ? p.item : null)),
    ).toEqual(terms);
  });

  it('writes a day in UTC, whatever the zone of the machine', () => {
    expect(longDate(new Date('2026-01-01T00:30:00Z'), 'lv')).toBe('2026. gada 1. janvāris');
  });
});
