/**
 * The content as read follows the one typographic rule (src/lib/content/typography.ts) in every text it
 * shows: data in each language, answers' titles and text, page titles. What the school wrote stays in the
 * files (the reader's source); the check below would find each place the rule was not applied.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import type { ContentModel } from '../../src/lib/content/model.ts';
import { typographyProblems } from '../../src/lib/content/typography.ts';
import { isLocale, type Locale } from '../../src/lib/locales.ts';
import { copyFixtureContent, FIXTURE_CONTENT, FIXTURE_EDITION } from '../support/fixture-content.ts';

/** Every text in a language under a value, with where it is ("needs[0].text.lv"). */
function localizedTexts(value: unknown, where: string, locale?: Locale): [string, Locale, string][] {
  if (typeof value === 'string') return locale ? [[where, locale, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${where}[${i}]`, locale));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => localizedTexts(item, `${where}.${key}`, isLocale(key) ? key : locale));
  return [];
}

/** Each place a text the site shows breaks the rule, named by where it is. */
function problemsIn(model: ContentModel): string[] {
  const texts: [string, Locale, string][] = [
    ...model.editions.flatMap((e) => {
      const { questions, sourceText: _source, ...parts } = e;
      return [
        ...localizedTexts(parts, e.id),
        ...Object.values(questions)
          .flat()
          .flatMap((q): [string, Locale, string][] => [
            [`${q.file} title`, q.locale, q.title],
            ...q.blocks.flatMap((b): [string, Locale, string][] => ('text' in b ? [[q.file, q.locale, b.text]] : [])),
          ]),
      ];
    }),
    ...localizedTexts(model.glossary, 'glossary'),
    ...model.pages.map((p): [string, Locale, string] => [`${p.file} title`, p.locale, p.title]),
  ];
  return texts.flatMap(([where, locale, text]) => typographyProblems(text, locale).map((p) => `${where}: ${p.rule}: "${p.found}"`));
}

describe.each([
  ['this school', undefined],
  ['the other school (tests/another-school/content)', FIXTURE_CONTENT],
])('the content of %s, as read', (_name, root) => {
  const report = checkContent({ root });

  it('follows the typographic rule in every text it shows', () => {
    expect(report.errors).toEqual([]);
    expect(problemsIn(report.model)).toEqual([]);
  });
});

it('finds a text that breaks the rule, and the reader sets it (so the test above can fail)', () => {
  const copy = copyFixtureContent();
  try {
    copy.editJson(`editions/${FIXTURE_EDITION}/needs.json`, (needs) => {
      needs[0].text.lv = 'Līdz 2033.gadam - plāns 2030.-2032. gadam par “Erasmus+”.';
    });
    const { source, model } = checkContent({ root: copy.root });
    const written = source.editions.flatMap((e) => localizedTexts(e.parts, e.id));
    const found = written.flatMap(([where, locale, text]) => typographyProblems(text, locale).map((p) => `${where}: ${p.rule}`));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/needs\[0\]\.text\.lv: yearSpace/),
        expect.stringMatching(/dash/),
        expect.stringMatching(/yearRange/),
        expect.stringMatching(/quotes/),
      ]),
    );
    expect(problemsIn(model)).toEqual([]);
    expect(model.editions.at(-1)!.needs[0]!.text.lv).toBe('Līdz 2033. gadam – plāns 2030.–2032. gadam par „Erasmus+”.');
  } finally {
    copy.dispose();
  }
});
