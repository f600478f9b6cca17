/**
 * The spelling check (src/lib/search/spelling.ts) against the dictionaries as the build publishes them
 * (src/integrations/pagefind/dictionary.ts): real words and their inflected forms, with or without
 * diacritics, are words; typing mistakes are not; and every form the dictionary's own affix rules make is
 * accepted (a sample of them), so the check never calls a real word a mistake.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { HunspellReader } from 'hunspell-reader';
import { writeSpelling } from '../../src/integrations/pagefind/dictionary.ts';
import { dictionaryCheck, packOf, shardOf, spellingRulesFile, type SpellingRulesFile } from '../../src/lib/search/spelling.ts';
import { foldDiacritics } from '../../src/lib/search/fold.ts';

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

  it('fetches the rules and only the packs a word can come from', async () => {
    const { packs } = JSON.parse(readFileSync(path.join(site, spellingRulesFile('lv')), 'utf8')) as SpellingRulesFile;
    fetched.length = 0;
    // A check of its own: the others keep what they fetched.
    await dictionaryCheck(fetchText, ['lv'])('mobilitāte');
    expect(fetched.filter((f) => f.endsWith('.txt')).length).toBeLessThanOrEqual(3);
    expect(fetched.some((f) => f.endsWith(`/${packOf('mo', packs)}.txt`))).toBe(true);
  });

  it('finds the pack of a shard: the last pack named by a shard at or before it, in code-unit order', () => {
    const packs = ['_', 'ab', 'ka', 'ž'];
    expect(packOf('_', packs)).toBe('_');
    expect(packOf('a', packs)).toBe('_');
    expect(packOf('ab', packs)).toBe('ab');
    expect(packOf('jz', packs)).toBe('ab');
    expect(packOf('zz', packs)).toBe('ka');
    expect(packOf('a', ['b'])).toBeUndefined();
  });

  for (const locale of ['lv', 'en'] as const) {
    it(`publishes the ${locale} lemmas in a few dozen packs of at most 24 000 bytes (unless one shard is larger)`, () => {
      const { packs } = JSON.parse(readFileSync(path.join(site, spellingRulesFile(locale)), 'utf8')) as SpellingRulesFile;
      const dir = path.dirname(path.join(site, spellingRulesFile(locale)));
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && f !== 'LICENSE.txt');
      expect(files.sort()).toEqual(packs.map((p) => `${p}.txt`).sort());
      // The dictionary's licence travels with its data.
      expect(readFileSync(path.join(dir, 'LICENSE.txt'), 'utf8')).toMatch(
        locale === 'lv' ? /Lesser General Public Licen[cs]e/ : /MIT|BSD|Permission/,
      );
      expect(files.length).toBeLessThan(100);
      for (const file of files) {
        const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
        // A pack of several shards keeps to the limit; a single shard larger than it is a pack by itself.
        const shards = new Set(lines.map((line) => shardOf(foldDiacritics(line.split('/')[0]!))));
        if (shards.size > 1) expect(statSync(path.join(dir, file)).size, file).toBeLessThanOrEqual(24_000);
      }
    });
  }

  for (const locale of ['lv', 'en'] as const) {
    it(`accepts every form the ${locale} dictionary makes (every 997th, as hunspell-reader expands them)`, async () => {
      const check = dictionaryCheck(fetchText, [locale]);
      const dir = path.dirname(createRequire(import.meta.url).resolve(`dictionary-${locale}`));
      const reader = await HunspellReader.createFromFiles(path.join(dir, 'index.aff'), path.join(dir, 'index.dic'));
      reader.maxDepth = 2; // a suffix and one more its flags allow, as spelling.ts reads them
      const rejected: string[] = [];
      let i = 0;
      for (const form of reader.iterateWords()) if (i++ % 997 === 0 && !(await check(form))) rejected.push(form);
      expect(i).toBeGreaterThan(locale === 'lv' ? 1_000_000 : 100_000);
      expect(rejected).toEqual([]);
    }, 120_000);
  }
});
