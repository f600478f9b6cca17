/** What pages show of an edition, decided in src/lib (plan.ts, lists.ts, answers.ts), on the small fixture. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import {
  activityTitles,
  glossaryAlso,
  glossaryInOrder,
  needGoalPairs,
  questionsBySection,
  questionShowingList,
  termsOf,
} from '../../src/lib/plan.ts';
import { answerList, listIds, listTexts } from '../../src/lib/lists.ts';
import { answerPlainText } from '../../src/lib/answers.ts';
import { parseAnswer } from '../../src/lib/content/mdx.ts';
import type { GlossaryTerm } from '../../src/lib/content/schemas.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const { model } = checkContent({ root: FIXTURE_CONTENT });
const edition = currentEdition(model);

describe('an edition as pages show it', () => {
  it('groups answers in their sections, in section order and then by order', () => {
    const grouped = questionsBySection(edition, 'en').map((s) => [s.section.id, s.questions.map((q) => q.id)]);
    expect(grouped).toEqual([
      ['plan', ['what-is-the-plan']],
      ['school', ['school-needs']],
    ]);
  });

  it('pairs each need with the goal it names', () => {
    const pairs = needGoalPairs({ needs: edition.needs, goals: [...edition.goals].reverse() });
    expect(pairs.map((p) => [p.need.id, p.goal.id])).toEqual([
      ['need-1', 'goal-1'],
      ['need-2', 'goal-2'],
    ]);
  });

  it('names Table 1.1 rows by their activity title, and an unknown id by itself', () => {
    const title = activityTitles(edition, 'lv');
    expect(title(edition.activities[0]!.id)).toBe(edition.activities[0]!.title.lv);
    expect(title('nav-tadas')).toBe('nav-tadas');
  });

  it("finds the glossary terms an answer names, and sorts the glossary by each language's alphabet", () => {
    const terms: GlossaryTerm[] = ['Šūna', 'Sala', 'Ābols', 'Zīme', 'Auto'].map((lv, i) => ({
      id: `t${i}`,
      term: { lv, en: lv },
      also: { lv: [], en: [] },
      searchAliases: { lv: [], en: [] },
      definition: { lv: '.', en: '.' },
    }));
    expect(glossaryInOrder(terms, 'lv').map((t) => t.term.lv)).toEqual(['Auto', 'Ābols', 'Sala', 'Šūna', 'Zīme']); // ā is a letter of its own, after a;
    expect(termsOf({ terms: ['t3', 'nav', 't0'] }, terms).map((t) => t.id)).toEqual(['t3', 't0']);
  });

  it('shows a glossary term\'s "also" names only, without case-only repeats or the term itself; never its search aliases', () => {
    const term: GlossaryTerm = {
      id: 'ka1',
      term: { lv: '1. pamatdarbība (K1)', en: 'Key Action 1' },
      also: { lv: ['KA1', 'ka1', '1. Pamatdarbība (K1)'], en: [] },
      searchAliases: { lv: ['pamatdarbība', 'Pamatdarbība'], en: ['KA1'] },
      definition: { lv: '.', en: '.' },
    };
    expect(glossaryAlso(term, 'lv')).toEqual(['KA1']);
    expect(glossaryAlso(term, 'en')).toEqual([]);
  });

  it('knows which answer shows a list', () => {
    expect(questionShowingList(edition, 'lv', 'needs')?.id).toBe('school-needs');
    expect(questionShowingList(edition, 'lv', 'goals')).toBeUndefined();
  });
});

describe('lists an answer can show', () => {
  it('offers the data lists and the lists of lists.json', () => {
    expect(listIds(edition)).toEqual(['needs', 'goals', 'activities', 'learner-results']);
  });

  it("numbers needs and goals, keeps a list's own order flag, and leaves activities to their own component", () => {
    expect(answerList(edition, 'needs')).toMatchObject({ kind: 'items', ordered: true, items: edition.needs });
    expect(answerList(edition, 'learner-results')).toMatchObject({ kind: 'items', ordered: true, title: { lv: 'Rezultāti' } });
    expect(answerList(edition, 'activities')).toMatchObject({ kind: 'activities', activities: edition.activities });
    expect(answerList(edition, 'neds')).toBeUndefined();
  });

  it('gives a list as text, title first', () => {
    expect(listTexts(answerList(edition, 'learner-results')!, 'en')).toEqual(['Results', 'better results;', 'languages.']);
  });

  it('writes an answer as plain text with its lists in place', () => {
    const text = answerPlainText(
      parseAnswer('Needs:\n\n<List id="needs" />\n\nSee [the site](https://example.lv) **now**.'),
      edition,
      'en',
    );
    expect(text).toBe('Needs:\n\nFirst need. Second need.\n\nSee the site now.');
    expect(answerPlainText(parseAnswer('<List id="needs" />'), edition, 'en', ['needs'])).toBe('');
  });
});
