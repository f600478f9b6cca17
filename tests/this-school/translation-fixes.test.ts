/**
 * Mistranslations fixed once that must not come back, as content/checks/text.json lists them for this school's
 * text (englishMustNotSay): each a single word or phrase that was wrong in the English, not a whole sentence,
 * searched in all the English the site shows (content, pages, UI strings). The English follows the Latvian,
 * and passages quoted from the Erasmus+ Programme Guide use its own terms. latvianUiMustNotSay does the same
 * for the site's own Latvian (UI strings and pages), never for the plan's Latvian, which is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { UI_STRINGS } from '../../src/lib/i18n.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { contentChecks, noContentCheck } from '../support/content-checks.ts';

const report = checkContent();
type Text = { where: string; text: string; list?: string };

/** Every UI string of a language, with its key. */
function uiTexts(locale: Locale): Text[] {
  const walk = (obj: object, prefix: string): Text[] =>
    Object.entries(obj).flatMap(([k, v]) =>
      typeof v === 'string' ? [{ where: `src/i18n/${locale}.json ${prefix}${k}`, text: v }] : walk(v as object, `${prefix}${k}.`),
    );
  return walk(UI_STRINGS[locale], '');
}

/** The site's own pages (e.g. the accessibility statement) in a language. */
function pageTexts(locale: Locale): Text[] {
  return report.model.pages
    .filter((p) => p.locale === locale)
    .map((p) => ({ where: p.file, text: `${p.title}\n${p.description ?? ''}\n${p.body}` }));
}

/** Every English text of the content, with where it comes from (and the list it is in, for list items). */
function englishContent(): Text[] {
  const texts: Text[] = [];
  for (const e of report.model.editions) {
    for (const q of e.questions.en) texts.push({ where: q.file, text: `${q.title}\n${q.body}` });
    texts.push({ where: `${e.id} edition`, text: `${e.meta.title.en}\n${e.meta.summary.en}` });
    for (const s of e.sections) texts.push({ where: `${e.id} section ${s.id}`, text: s.title.en });
    for (const n of e.needs) texts.push({ where: `${e.id} ${n.id}`, text: n.text.en });
    for (const g of e.goals) texts.push({ where: `${e.id} ${g.id}`, text: g.text.en });
    for (const a of e.activities) texts.push({ where: `${e.id} ${a.id}`, text: `${a.title.en}\n${a.description.en}` });
    for (const l of e.lists) {
      if (l.title) texts.push({ where: `${e.id} ${l.id} title`, text: l.title.en, list: l.id });
      for (const [i, item] of l.items.entries()) texts.push({ where: `${e.id} ${l.id}[${i}]`, text: item.text.en, list: l.id });
    }
    texts.push({ where: `${e.id} table`, text: [e.table.caption.en, ...e.table.semesters.map((s) => s.label.en)].join('\n') });
    for (const r of e.references) texts.push({ where: `${e.id} reference ${r.number}`, text: `${r.title.en}\n${r.note?.en ?? ''}` });
    for (const r of e.repairs) texts.push({ where: `${e.id} repair ${r.id}`, text: r.reason.en });
  }
  for (const g of report.model.glossary)
    texts.push({ where: `glossary ${g.id}`, text: [g.term.en, ...g.also.en, g.definition.en].join('\n') });
  return texts;
}

const englishTexts = (): Text[] => [...englishContent(), ...pageTexts('en'), ...uiTexts('en')];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The phrase as whole words (a phrase may begin or end with punctuation, e.g. "Nav atrasts:"). */
const says = (text: string, fix: { phrase: string; matchCase?: boolean }) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(fix.phrase)}(?![\\p{L}\\p{N}])`, fix.matchCase ? 'u' : 'iu').test(text);
const because = (fix: { why: string; instead?: string }) => (fix.instead ? `${fix.why} (say instead: ${fix.instead})` : fix.why);

describe('English translation fixes', () => {
  it('reads the content', () => {
    expect(report.errors).toEqual([]);
    expect(englishContent().length).toBeGreaterThan(0);
    expect(pageTexts('en').length).toBeGreaterThan(0);
    expect(uiTexts('lv').length).toBeGreaterThan(0);
  });

  const fixes = contentChecks().englishMustNotSay;
  if (!fixes) it('never says a listed mistranslation again', ({ skip }) => skip(noContentCheck('englishMustNotSay')));
  else
    it.each(fixes.map((f) => [f.phrase, f] as const))('never says "%s" again', (_, fix) => {
      const texts = englishTexts().filter((t) => !fix.list || t.list === fix.list);
      if (fix.list) expect(texts.length, `the list "${fix.list}" exists`).toBeGreaterThan(0);
      expect(
        texts.filter((t) => says(t.text, fix)).map((t) => t.where),
        because(fix),
      ).toEqual([]);
    });
});

describe('the English UI strings', () => {
  it('use one style of apostrophes and quotation marks, the curly one of the rendered answers', () => {
    expect(
      uiTexts('en')
        .filter((t) => /['"]/.test(t.text))
        .map((t) => t.where),
    ).toEqual([]);
  });
});

describe("the site's own Latvian", () => {
  const fixes = contentChecks().latvianUiMustNotSay;
  if (!fixes) it('never says a listed phrase again', ({ skip }) => skip(noContentCheck('latvianUiMustNotSay')));
  else
    it.each(fixes.map((f) => [f.phrase, f] as const))('never says "%s" again', (_, fix) => {
      const texts = [...(fix.uiOnly ? [] : pageTexts('lv')), ...uiTexts('lv')];
      expect(
        texts.filter((t) => says(t.text, fix)).map((t) => t.where),
        because(fix),
      ).toEqual([]);
    });
});

describe("the school's name in English", () => {
  it("uses the one English form of the school's name (content/school.json), never the Latvian one", () => {
    const { lv, en } = report.model.school.name;
    const texts = englishContent();
    if (lv !== en) expect(texts.filter((t) => t.text.includes(lv)).map((t) => t.where)).toEqual([]);
    // Wherever English content names the school by its first word, it is in exactly the form school.json gives.
    const firstWord = en.split(' ')[0]!;
    const named = texts.filter((t) => new RegExp(`\\b${escape(firstWord)}\\b`).test(t.text));
    expect(named.filter((t) => !t.text.includes(en)).map((t) => t.where)).toEqual([]);
    expect(JSON.stringify(UI_STRINGS)).not.toContain(firstWord);
  });
});
