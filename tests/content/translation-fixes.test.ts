/**
 * Mistranslations fixed once that must not come back. Each check is a single word or phrase that was
 * wrong in the English (not whole sentences): the English follows the Latvian, and the passages quoted
 * from the Erasmus+ Programme Guide use the Guide's own English terms.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { UI_STRINGS } from '../../src/lib/i18n.ts';

const report = checkContent();

/** Every English text of the content, with where it comes from. */
function englishTexts(): [where: string, text: string][] {
  const texts: [string, string][] = [];
  for (const e of report.model.editions) {
    for (const q of e.questions.en) texts.push([q.file, `${q.title}\n${q.body}`]);
    for (const s of e.sections) texts.push([`${e.id} section ${s.id}`, s.title.en]);
    for (const n of e.needs) texts.push([`${e.id} ${n.id}`, n.text.en]);
    for (const g of e.goals) texts.push([`${e.id} ${g.id}`, g.text.en]);
    for (const a of e.activities) texts.push([`${e.id} ${a.id}`, `${a.title.en}\n${a.description.en}`]);
    for (const l of e.lists) for (const [i, item] of l.items.entries()) texts.push([`${e.id} ${l.id}[${i}]`, item.text.en]);
  }
  for (const g of report.model.glossary) texts.push([`glossary ${g.id}`, `${g.term.en}\n${g.definition.en}`]);
  return texts;
}

const offending = (pattern: RegExp) => englishTexts().filter(([, text]) => pattern.test(text)).map(([where]) => where);

describe('English translation fixes', () => {
  it('reads the content', () => {
    expect(report.errors).toEqual([]);
    expect(englishTexts().length).toBeGreaterThan(50);
  });

  // The second English review (issue 15): each phrase below was wrong once.
  it('says "in particular" for "sevišķi", never "above all"', () => {
    expect(offending(/above all by improving/i)).toEqual([]);
  });

  it('uses the Guide\'s names of mobility project types and stages', () => {
    expect(offending(/mobility project for school staff/i)).toEqual([]);
    expect(offending(/Carrying out the mobility activities/i)).toEqual([]);
    expect(offending(/different kinds of mobility/i)).toEqual([]);
    expect(offending(/policy systems within which/i)).toEqual([]);
    expect(offending(/professional development of staff\b/i)).toEqual([]);
  });

  it('says "Based on" the self-assessment report ("Balstoties uz"), not "According to"', () => {
    expect(offending(/According to the school's self-assessment/i)).toEqual([]);
  });

  it('says "useful" for "noderīgas", not what a person "needs"', () => {
    expect(offending(/competences a person needs/i)).toEqual([]);
  });

  it('says "by taking part" where the taking part is the means ("iesaistoties")', () => {
    expect(offending(/at the school, taking part in/i)).toEqual([]);
  });

  it('never renders "taktisku" (considerate) as "tactical"', () => {
    expect(offending(/\btactical/i)).toEqual([]);
  });

  it('uses the Guide\'s "self-empowerment" in the expected results for learners, not "self-expression"', () => {
    const learnerResults = report.model.editions.flatMap((e) => e.lists.filter((l) => l.id === 'learner-results')).flatMap((l) => l.items);
    expect(learnerResults.length).toBeGreaterThan(0);
    expect(learnerResults.filter((i) => /self-expression/i.test(i.text.en)).map((i) => i.text.en)).toEqual([]);
  });

  it('says "positive impact" ("dot pozitīvu iespaidu"), never "positive impression"', () => {
    expect(offending(/positive impression/i)).toEqual([]);
  });

  it('uses the Guide\'s "equity", not "fairness"', () => {
    expect(offending(/\bfairness\b/i)).toEqual([]);
  });

  it('writes "EU Member States" in the official form', () => {
    expect(offending(/\bmember states\b/)).toEqual([]);
  });

  it('uses the one English form of the school\'s name (content/school.json), never the Latvian one', () => {
    const english = report.model.school.name.en;
    expect(offending(/Vidzemes Tehnoloģiju/)).toEqual([]);
    // Wherever English content names the school, it is in exactly the form school.json gives.
    const named = englishTexts().filter(([, text]) => /Vidzeme\b/.test(text));
    expect(named.filter(([, text]) => !text.includes(english)).map(([where]) => where)).toEqual([]);
    expect(JSON.stringify(UI_STRINGS)).not.toMatch(/Vidzeme/);
  });
});
