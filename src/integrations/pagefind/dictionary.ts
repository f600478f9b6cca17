/**
 * The words of a language, from its Hunspell dictionary (the dictionary-lv / dictionary-en packages, used at
 * build time only), published for search to tell a real word from a typing mistake: only a word that is not a
 * word of the language may be corrected (src/lib/search/spelling.ts, which also holds the one reader of the
 * affix file).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { LANGUAGES, type Locale } from '../../lib/locales.ts';
import { foldDiacritics } from '../../lib/search/fold.ts';
import { readAffixFile, shardOf, spellingPackFile, spellingRulesFile, type SpellingRulesFile } from '../../lib/search/spelling.ts';

function packageFile(locale: Locale, file: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve(LANGUAGES[locale].dictionary)), file);
}

/** Lemmas ("word/flags", affix flags only) of the dictionary. */
function lemmaLines(locale: Locale): string[] {
  return readFileSync(packageFile(locale, 'index.dic'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s/)[0] ?? '')
    .filter(Boolean);
}

/** A pack holds neighbouring shards up to this many bytes; a larger shard is a pack by itself (never split). */
const PACK_BYTES = 24_000;

/**
 * Publishes the language's dictionary for the spelling check (src/lib/search/spelling.ts): its affix rules
 * and the list of packs (rules.json), and its lemmas in shards by their first two letters without
 * diacritics, neighbouring shards packed together (<first shard>.txt), with the dictionary's licence
 * (LICENSE.txt), under <site>/pagefind/spelling-<lang>/. Returns the bytes written (the licence not counted).
 */
export function writeSpelling(site: string, locale: Locale): number {
  const affixes = readAffixFile(readFileSync(packageFile(locale, 'index.aff'), 'utf8'));
  const shards = new Map<string, string[]>();
  for (const line of lemmaLines(locale)) {
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    // The shard needs only the first two letters: fold those alone (folding 100 000 whole lemmas costs
    // a tenth of a second), unless folding dropped a mark and left fewer than two.
    const head = foldDiacritics(word.slice(0, 2));
    const key = shardOf(head.length >= 2 || word.length <= 2 ? head : foldDiacritics(word));
    const list = shards.get(key) ?? [];
    list.push(line);
    shards.set(key, list);
  }
  // Shards in code-unit order (as packOf compares them), gathered into packs.
  const packs: { name: string; lines: string[]; bytes: number }[] = [];
  for (const shard of [...shards.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const lines = shards.get(shard)!;
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    let pack = packs.at(-1);
    if (!pack || (pack.bytes > 0 && pack.bytes + bytes > PACK_BYTES)) packs.push((pack = { name: shard, lines: [], bytes: 0 }));
    pack.lines.push(...lines);
    pack.bytes += bytes;
  }
  const file: SpellingRulesFile = { ...affixes, packs: packs.map((p) => p.name) };
  const folder = path.join(site, path.dirname(spellingRulesFile(locale)));
  mkdirSync(folder, { recursive: true });
  // The dictionary's own licence and authors travel with its data (dictionary-lv is LGPL-2.1, dictionary-en MIT and BSD).
  copyFileSync(packageFile(locale, 'license'), path.join(folder, 'LICENSE.txt'));
  const rules = JSON.stringify(file);
  writeFileSync(path.join(site, spellingRulesFile(locale)), rules);
  let bytes = rules.length;
  for (const pack of packs) {
    const text = [...new Set(pack.lines)].sort().join('\n');
    writeFileSync(path.join(site, spellingPackFile(locale, pack.name)), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
