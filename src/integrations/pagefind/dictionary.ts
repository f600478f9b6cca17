/**
 * The words of a language, from its Hunspell dictionary (the dictionary-lv / dictionary-en packages, used at
 * build time only): every form the dictionary's affix rules make of its words, lower case. Search uses them
 * to tell a real word from a typing mistake: only a word that is not a word of the language may be corrected
 * (src/lib/search/spelling.ts). A small affix expansion of our own: suffixes and prefixes with their
 * conditions, cross products and one level of continuation classes (a suffix that allows further suffixes or
 * a prefix). Circumfix and compounding rules are not enforced: that can only make more forms count as words,
 * which errs on the side of leaving a word as typed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Locale } from '../../lib/locales.ts';
import { foldDiacritics } from '../../lib/search/fold.ts';
import { shardOf, spellingPackFile, spellingRulesFile, type AffixGroupData, type SpellingRulesFile } from '../../lib/search/spelling.ts';

interface AffixRule {
  strip: string;
  add: string;
  /** Flags of the affix form itself (continuation classes). */
  flags: string;
  condition: RegExp | undefined;
}

interface AffixGroup {
  prefix: boolean;
  cross: boolean;
  rules: AffixRule[];
}

const PACKAGE: Record<Locale, string> = { lv: 'dictionary-lv', en: 'dictionary-en' };

function packageFile(locale: Locale, file: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve(PACKAGE[locale])), file);
}

function parseAffixes(aff: string): { groups: Map<string, AffixGroup>; needAffix?: string; conditions: Map<AffixRule, string> } {
  const groups = new Map<string, AffixGroup>();
  const conditions = new Map<AffixRule, string>();
  let needAffix: string | undefined;
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === 'NEEDAFFIX') needAffix = parts[1];
    if (parts[0] !== 'SFX' && parts[0] !== 'PFX') continue;
    const [kind, flag, a, b, c] = parts as [string, string, string, string, string | undefined];
    const prefix = kind === 'PFX';
    const group = groups.get(flag);
    if (!group) {
      // Header: SFX flag Y|N count
      groups.set(flag, { prefix, cross: a === 'Y', rules: [] });
      continue;
    }
    const [add, flags = ''] = b.split('/') as [string, string?];
    const condition = c && c !== '.' ? new RegExp(prefix ? `^${c}` : `${c}$`, 'u') : undefined;
    const rule = { strip: a === '0' ? '' : a, add: add === '0' ? '' : add, flags, condition };
    group.rules.push(rule);
    conditions.set(rule, c && c !== '.' ? c : '');
  }
  return { groups, needAffix, conditions };
}

function apply(word: string, rule: AffixRule, prefix: boolean): string | undefined {
  if (rule.condition && !rule.condition.test(word)) return undefined;
  if (prefix) {
    if (!word.startsWith(rule.strip)) return undefined;
    return rule.add + word.slice(rule.strip.length);
  }
  if (!word.endsWith(rule.strip)) return undefined;
  return word.slice(0, word.length - rule.strip.length) + rule.add;
}

/** Every word form of the language's dictionary, lower case (duplicates possible). */
export function* dictionaryForms(locale: Locale): Generator<string> {
  const { groups, needAffix } = parseAffixes(readFileSync(packageFile(locale, 'index.aff'), 'utf8'));
  for (const line of lemmaLines(locale)) {
    const entry = line.split(/\s/)[0];
    if (!entry) continue;
    const slash = entry.indexOf('/');
    const word = (slash < 0 ? entry : entry.slice(0, slash)).toLowerCase();
    const flags = slash < 0 ? '' : entry.slice(slash + 1);
    if (!needAffix || !flags.includes(needAffix)) yield word;
    const suffixed: { form: string; cross: boolean }[] = [];
    for (const flag of flags) {
      const group = groups.get(flag);
      if (!group || group.prefix) continue;
      for (const rule of group.rules) {
        const form = apply(word, rule, false);
        if (form === undefined) continue;
        yield form;
        suffixed.push({ form, cross: group.cross });
        // One more level: suffixes (and prefixes) the suffix's own flags allow.
        for (const next of rule.flags) {
          const nextGroup = groups.get(next);
          if (!nextGroup) continue;
          for (const r of nextGroup.rules) {
            const f = apply(form, r, nextGroup.prefix);
            if (f !== undefined) yield f;
          }
        }
      }
    }
    for (const flag of flags) {
      const group = groups.get(flag);
      if (!group?.prefix) continue;
      for (const rule of group.rules) {
        const form = apply(word, rule, true);
        if (form === undefined) continue;
        yield form;
        if (group.cross) for (const s of suffixed) if (s.cross) yield rule.add + s.form.slice(rule.strip.length);
      }
    }
  }
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
  const { groups, needAffix, conditions } = parseAffixes(readFileSync(packageFile(locale, 'index.aff'), 'utf8'));
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
  const file: SpellingRulesFile = {
    ...(needAffix ? { needAffix } : {}),
    groups: Object.fromEntries(
      [...groups].map(([flag, g]): [string, AffixGroupData] => [
        flag,
        { prefix: g.prefix, cross: g.cross, rules: g.rules.map((r) => [r.strip, r.add, r.flags, conditions.get(r) ?? '']) },
      ]),
    ),
    packs: packs.map((p) => p.name),
  };
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
