import { describe, expect, it } from 'vitest';
import { UI_STRINGS, useTranslations } from '../../src/lib/i18n.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}
const withoutPlural = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('UI strings', () => {
  it('uses the three Latvian plural forms', () => {
    const t = useTranslations('lv');
    expect(t('table.participants', { count: 1 })).toBe('1 dalībnieks');
    expect(t('table.participants', { count: 2 })).toBe('2 dalībnieki');
    expect(t('table.participants', { count: 10 })).toBe('10 dalībnieku');
    expect(t('table.participants', { count: 21 })).toBe('21 dalībnieks');
    expect(t('table.participants', { count: 0 })).toBe('0 dalībnieku');
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
    expect(en('table.totalsNote', { count: 1 })).toContain('leave out 1 figure not known yet');
    expect(en('table.totalsNote', { count: 2 })).toContain('leave out 2 figures not known yet');
    expect(en('table.chartDesc', { count: 1, all: 20 })).toContain('1 of 20 figures is known.');
    expect(en('table.chartDesc', { count: 3, all: 20 })).toContain('3 of 20 figures are known.');
  });

  it('uses English plurals in English', () => {
    const t = useTranslations('en');
    expect(t('table.participants', { count: 1 })).toBe('1 participant');
    expect(t('table.participants', { count: 10 })).toBe('10 participants');
  });

  it('has every UI string in both languages', () => {
    const lv = new Set(keys(UI_STRINGS.lv).map(withoutPlural));
    const en = new Set(keys(UI_STRINGS.en).map(withoutPlural));
    expect([...lv].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !lv.has(k))).toEqual([]);
  });

  it('covers every plural category each language needs', () => {
    const categories = { lv: new Intl.PluralRules('lv').resolvedOptions().pluralCategories, en: new Intl.PluralRules('en').resolvedOptions().pluralCategories };
    for (const locale of ['lv', 'en'] as const) {
      const all = keys(UI_STRINGS[locale]);
      const plurals = new Set(all.filter((k) => /_(zero|one|other)$/.test(k)).map(withoutPlural));
      for (const base of plurals) {
        for (const category of categories[locale]) expect(all, `${locale}: ${base}_${category}`).toContain(`${base}_${category}`);
      }
    }
  });

  it('fails loudly on a key that does not exist', () => {
    const t = useTranslations('lv') as (key: string) => string;
    expect(() => t('nav.nothing')).toThrow(/Missing UI string "nav.nothing"/);
  });
});
