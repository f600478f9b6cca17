import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_STRINGS, useTranslations } from '../../src/lib/i18n.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}
const withoutPlural = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('UI strings', () => {
  it('uses the three Latvian plural forms', () => {
    const t = useTranslations('lv');
    expect(t('faq.questionCount', { count: 1 })).toBe('1 jautājums');
    expect(t('faq.questionCount', { count: 2 })).toBe('2 jautājumi');
    expect(t('faq.questionCount', { count: 10 })).toBe('10 jautājumu');
    expect(t('faq.questionCount', { count: 21 })).toBe('21 jautājums');
    expect(t('faq.questionCount', { count: 0 })).toBe('0 jautājumu');
    expect(t('faq.questionCount', { count: 11 })).toBe('11 jautājumu');
  });

  it('uses plural forms in the table notes', () => {
    const lv = useTranslations('lv');
    expect(lv('table.totalsNote', { count: 1 })).toContain('neietver 1 vēl nezināmu skaitli');
    expect(lv('table.totalsNote', { count: 2 })).toContain('neietver 2 vēl nezināmus skaitļus');
    expect(lv('table.totalsNote', { count: 20 })).toContain('neietver 20 vēl nezināmu skaitļu');
    expect(lv('table.knownOf', { count: 1, all: 4 })).toBe('zināms 1 no 4');
    expect(lv('table.knownOf', { count: 21, all: 40 })).toBe('zināms 21 no 40');
    expect(lv('table.knownOf', { count: 3, all: 4 })).toBe('zināmi 3 no 4');
    expect(lv('table.chartDesc', { count: 1, all: 20 })).toContain('Zināms 1 no 20 skaitļiem.');
    const en = useTranslations('en');
    expect(en('table.totalsNote', { count: 1 })).toContain('1 figure not yet known is left out');
    expect(en('table.totalsNote', { count: 2 })).toContain('2 figures not yet known are left out');
    expect(en('table.chartDesc', { count: 1, all: 20 })).toContain('1 of 20 figures is known.');
    expect(en('table.chartDesc', { count: 3, all: 20 })).toContain('3 of 20 figures are known.');
  });

  it('uses English plurals in English', () => {
    const t = useTranslations('en');
    expect(t('faq.questionCount', { count: 1 })).toBe('1 question');
    expect(t('faq.questionCount', { count: 10 })).toBe('10 questions');
  });

  it('has every UI string in both languages', () => {
    const lv = new Set(keys(UI_STRINGS.lv).map(withoutPlural));
    const en = new Set(keys(UI_STRINGS.en).map(withoutPlural));
    expect([...lv].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !lv.has(k))).toEqual([]);
  });

  it('covers every plural category each language needs', () => {
    const categories = {
      lv: new Intl.PluralRules('lv').resolvedOptions().pluralCategories,
      en: new Intl.PluralRules('en').resolvedOptions().pluralCategories,
    };
    for (const locale of ['lv', 'en'] as const) {
      const all = keys(UI_STRINGS[locale]);
      const plurals = new Set(all.filter((k) => /_(zero|one|other)$/.test(k)).map(withoutPlural));
      for (const base of plurals) {
        for (const category of categories[locale]) expect(all, `${locale}: ${base}_${category}`).toContain(`${base}_${category}`);
      }
    }
  });

  it('uses every key in the code, and has every key the code uses', () => {
    // Keys appear in the code as the first argument of a translate call, t('faq.title'), or as a quoted
    // key in a table of keys ({ past: 'period.past' }); a call with a key that does not exist is an error.
    const sections = Object.entries(UI_STRINGS.lv)
      .filter(([, v]) => typeof v === 'object')
      .map(([k]) => k);
    const topLevel = Object.entries(UI_STRINGS.lv)
      .filter(([, v]) => typeof v === 'string')
      .map(([k]) => k);
    const isKey = (s: string) => (s.includes('.') ? sections.includes(s.split('.')[0]!) : topLevel.includes(s));
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro)$/.test(f));
    const used = new Set<string>();
    const defined = new Set(keys(UI_STRINGS.lv).map(withoutPlural));
    for (const file of files) {
      const code = readFileSync(path.join('src', file), 'utf8');
      for (const [, key] of code.matchAll(/\b\w+\(\s*'([a-zA-Z]+(?:\.[a-zA-Z]+)*)'/g)) if (isKey(key!)) used.add(key!);
      for (const [, key] of code.matchAll(/'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) if (defined.has(key!)) used.add(key!);
    }
    for (const locale of ['lv', 'en'] as const) {
      const defined = new Set(keys(UI_STRINGS[locale]).map(withoutPlural));
      expect(
        [...used].filter((k) => !defined.has(k)),
        `used in src/ but missing in src/i18n/${locale}.json`,
      ).toEqual([]);
      expect(
        [...defined].filter((k) => !used.has(k)),
        `in src/i18n/${locale}.json but never used`,
      ).toEqual([]);
    }
  });

  it('fails loudly on a key that does not exist', () => {
    const t = useTranslations('lv') as (key: string) => string;
    expect(() => t('nav.nothing')).toThrow(/Missing UI string "nav.nothing"/);
  });
});
