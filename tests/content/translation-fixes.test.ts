/**
 * Mistranslations fixed once that must not come back, as content/checks/text.json lists them for this school's
 * text (englishMustNotSay): each a single word or phrase that was wrong in the English, not a whole sentence.
 * The English follows the Latvian, and passages quoted from the Erasmus+ Programme Guide use its own terms.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { UI_STRINGS } from '../../src/lib/i18n.ts';
import { contentChecks, noContentCheck } from '../support/content-checks.ts';

const report = checkContent();

/** Every English text of the content, with where it comes from (and the list it is in, for list items). */
function englishTexts(): { where: string; text: string; list?: string }[] {
  const texts: { where: string; text: string; list?: string }[] = [];
  for (const e of report.model.editions) {
    for (const q of e.questions.en) texts.push({ where: q.file, text: `${q.title}\n${q.body}` });
    for (const s of e.sections) texts.push({ where: `${e.id} section ${s.id}`, text: s.title.en });
    for (const n of e.needs) texts.push({ where: `${e.id} ${n.id}`, text: n.text.en });
    for (const g of e.goals) texts.push({ where: `${e.id} ${g.id}`, text: g.text.en });
    for (const a of e.activities) texts.push({ where: `${e.id} ${a.id}`, text: `${a.title.en}\n${a.description.en}` });
    for (const l of e.lists) for (const [i, item] of l.items.entries()) texts.push({ where: `${e.id} ${l.id}[${i}]`, text: item.text.en, list: l.id });
  }
  for (const g of report.model.glossary) texts.push({ where: `glossary ${g.id}`, text: `${g.term.en}\n${g.definition.en}` });
  return texts;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('English translation fixes', () => {
  it('reads the content', () => {
    expect(report.errors).toEqual([]);
    expect(englishTexts().length).toBeGreaterThan(0);
  });

  const fixes = contentChecks().englishMustNotSay;
  if (!fixes) it('never says a listed mistranslation again', ({ skip }) => skip(noContentCheck('englishMustNotSay')));
  else it.each(fixes.map((f) => [f.phrase, f] as const))('never says "%s" again', (_, fix) => {
    const pattern = new RegExp(`\\b${escape(fix.phrase)}\\b`, fix.matchCase ? '' : 'i');
    const texts = englishTexts().filter((t) => !fix.list || t.list === fix.list);
    if (fix.list) expect(texts.length, `the list "${fix.list}" exists`).toBeGreaterThan(0);
    expect(texts.filter((t) => pattern.test(t.text)).map((t) => t.where), fix.why).toEqual([]);
  });

  it('uses the one English form of the school\'s name (content/school.json), never the Latvian one', () => {
    const { lv, en } = report.model.school.name;
    const texts = englishTexts();
    if (lv !== en) expect(texts.filter((t) => t.text.includes(lv)).map((t) => t.where)).toEqual([]);
    // Wherever English content names the school by its first word, it is in exactly the form school.json gives.
    const firstWord = en.split(' ')[0]!;
    const named = texts.filter((t) => new RegExp(`\\b${escape(firstWord)}\\b`).test(t.text));
    expect(named.filter((t) => !t.text.includes(en)).map((t) => t.where)).toEqual([]);
    expect(JSON.stringify(UI_STRINGS)).not.toContain(firstWord);
  });
});
