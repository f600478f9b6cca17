/**
 * What the plan document and the FAQ's answer lines are made of, decided in src/lib: the pairing of needs
 * and goals by number with their words, the plan's table of contents, the printed imprint, short addresses.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import { needGoalNumbers, planContents, questionsBySection } from '../../src/lib/plan.ts';
import { planImprint, printedAddress } from '../../src/lib/imprint.ts';
import { longDate, shortAddress } from '../../src/lib/prose.ts';
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
      // Each need in its own words beside the words of its goal.
      expect(pair.needText).toEqual(reversed.needs[pair.need - 1]!.text);
      expect(pair.goalText).toEqual(reversed.goals[pair.goal - 1]!.text);
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

  it('prints an address in full where the site is known, as a path where it is not (never a made-up host)', () => {
    expect(printedAddress('/erasmus/tabula-1-1/', new URL('https://www.example.lv/erasmus/'))).toBe(
      'https://www.example.lv/erasmus/tabula-1-1/',
    );
    expect(printedAddress('/erasmus/tabula-1-1/', undefined)).toBe('/erasmus/tabula-1-1/');
  });
});

describe('pieces of running text', () => {
  it('shortens a long web address for a link text, keeping two addresses on one host apart', () => {
    const [a, b] = [
      'http://viaa.gov.lv/lat/ek_izgl_programmas_iniciativas/erasmusplus/par_macibu_mobilitatem/erasmus_plus_prof_izgl_spec/',
      'http://viaa.gov.lv/lat/ek_izgl_programmas_iniciativas/erasmusplus/par_macibu_mobilitatem/erasmus_plus_peiaug_izgl_spec/',
    ];
    expect(shortAddress(a)).toBe('viaa.gov.lv/…/erasmus_plus_prof_izgl_spec/');
    expect(shortAddress(b)).not.toBe(shortAddress(a));
    expect(shortAddress('https://www.example.lv/')).toBe('example.lv');
    expect(shortAddress('https://www.w3.org/TR')).toBe('w3.org/TR');
    expect(shortAddress('not an address')).toBe('not an address');
  });

  it('writes a day in UTC, whatever the zone of the machine', () => {
    expect(longDate(new Date('2026-01-01T00:30:00Z'), 'lv')).toBe('2026. gada 1. janvāris');
  });
});
