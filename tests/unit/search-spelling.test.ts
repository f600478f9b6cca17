/**
 * The spelling check (src/lib/search/spelling.ts) against the dictionaries as the build publishes them
 * (src/integrations/pagefind/dictionary.ts): real words and their inflected forms, with or without
 * diacritics, are words; typing mistakes are not; and every form the dictionary's own affix rules make is
 * accepted (a sample of them), so the check never calls a real word a mistake.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dictionaryForms, writeSpelling } from '../../src/integrations/pagefind/dictionary.ts';
import { dictionaryCheck } from '../../src/lib/search/spelling.ts';

const site = mkdtempSync(path.join(tmpdir(), 'spelling-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
for (const locale of ['lv', 'en'] as const) writeSpelling(site, locale);
const fetched: string[] = [];
const fetchText = async (file: string) => {
  fetched.push(file);
  try {
    return readFileSync(path.join(site, file), 'utf8');
  } catch {
    return undefined;
  }
};
const latvian = dictionaryCheck(fetchText, ['lv']);
const english = dictionaryCheck(fetchText, ['en']);
const either = dictionaryCheck(fetchText, ['lv', 'en']);

describe('the spelling check', () => {
  it.each([
    'ārzemju',
    'ārzemēs',
    'arzemes',
    'vecākiem',
    'vecakiem',
    'izglītojamie',
    'neizglītots',
    'visizdevīgākais',
    'jāmācās',
    'apmaiņas',
  ])('knows the Latvian word "%s"', async (word) => {
    expect(await latvian(word)).toBe(true);
  });

  it.each(['cost', 'much', 'pays', 'teachers', 'studying', 'insurance'])('knows the English word "%s"', async (word) => {
    expect(await english(word)).toBe(true);
    expect(await either(word)).toBe(true);
  });

  it.each(['mobilitāre', 'skolotju', 'partnerrības', 'erasmsu', 'mobilty', 'aplication', 'qwxzvy'])(
    'takes "%s" for a typing mistake',
    async (word) => {
      expect(await either(word)).toBe(false);
    },
  );

  it('fetches the rules and only the shards a word can come from', async () => {
    fetched.length = 0;
    await latvian('mobilitāte');
    expect(fetched.filter((f) => f.endsWith('.txt')).length).toBeLessThanOrEqual(3);
    expect(fetched.some((f) => f.endsWith('/mo.txt'))).toBe(true);
  });

  for (const locale of ['lv', 'en'] as const) {
    it(`accepts every form the ${locale} dictionary makes (every 997th)`, async () => {
      const check = dictionaryCheck(fetchText, [locale]);
      const rejected: string[] = [];
      let i = 0;
      for (const form of dictionaryForms(locale)) if (i++ % 997 === 0 && !(await check(form))) rejected.push(form);
      expect(rejected).toEqual([]);
    }, 120_000);
  }
});
