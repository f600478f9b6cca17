/**
 * Is a query word a word of the language? Only a word that is not may be corrected (run.ts): "how much does
 * it cost" stays as typed, "mobilitāre" becomes "mobilitāte". The check uses the language's Hunspell
 * dictionary as the build publishes it (src/integrations/pagefind/dictionary.ts): its affix rules in one
 * file, and its base words (lemmas, with their affix flags) in shards by their first two letters without
 * diacritics, neighbouring shards packed together into files of up to 24 kB (some 80 files in all instead of
 * 800: fewer to upload and to write). The browser fetches the rules and the one or two packs a word can come
 * from, and only when a correction is being considered. A word is real when a lemma, its suffix (and one
 * further suffix the first allows) and optionally a prefix make it; compared without diacritics, as people
 * type ("arzemju").
 */
import { foldDiacritics } from './fold.ts';
import { once } from './once.ts';

/** One affix rule: [strip, add, continuation flags, condition (a regular expression's text, "" for any)]. */
type AffixRuleData = [string, string, string, string];

interface AffixGroupData {
  prefix: boolean;
  rules: AffixRuleData[];
}

/** The rules file (spelling-<lang>/rules.json). */
export interface SpellingRulesFile {
  /** Hunspell's NEEDAFFIX flag: a lemma with it is not a word by itself. */
  needAffix?: string;
  groups: Record<string, AffixGroupData>;
  /** The packs of lemma files, each named by its first shard, in order (packOf). */
  packs: string[];
}

interface Rule {
  flag: string;
  strip: string;
  add: string;
  /** add and strip without diacritics. */
  foldedAdd: string;
  foldedStrip: string;
  continuation: string;
  condition?: RegExp;
}

interface SpellingRules {
  needAffix?: string;
  packs: string[];
  suffixes: Rule[];
  prefixes: Rule[];
  /** Suffix rules by the last letter of their folded add ("" for none). */
  byEnding: Map<string, Rule[]>;
  /** Flag → the suffix rules whose continuation flags allow it. */
  before: Map<string, Rule[]>;
}

/** A lemma as written, with its flags. */
interface Lemma {
  word: string;
  flags: string;
}

/** Folded lemma → lemmas written so. */
type Lemmas = Map<string, Lemma[]>;

/**
 * Reads the affix groups of a Hunspell .aff file: the one reader of affix rules, for the build (which
 * publishes them as rules.json: src/integrations/pagefind/dictionary.ts) and the browser (which reads that).
 */
export function readAffixFile(aff: string): Omit<SpellingRulesFile, 'packs'> {
  const groups: Record<string, AffixGroupData> = {};
  let needAffix: string | undefined;
  for (const line of aff.split('\n')) {
    const [kind, flag, a, b, c] = line.trim().split(/\s+/);
    if (kind === 'NEEDAFFIX') needAffix = flag;
    if ((kind !== 'SFX' && kind !== 'PFX') || !flag || a === undefined || b === undefined) continue;
    const group = groups[flag];
    // Header: SFX flag Y|N count
    if (!group) groups[flag] = { prefix: kind === 'PFX', rules: [] };
    else {
      const [add = '', continuation = ''] = b.split('/');
      group.rules.push([a === '0' ? '' : a, add === '0' ? '' : add, continuation, c && c !== '.' ? c : '']);
    }
  }
  return { ...(needAffix ? { needAffix } : {}), groups };
}

/** The rules file's rules, ready to apply (applyAffix). */
function parseSpellingRules(file: SpellingRulesFile): SpellingRules {
  const suffixes: Rule[] = [];
  const prefixes: Rule[] = [];
  for (const [flag, group] of Object.entries(file.groups))
    for (const [strip, add, continuation, condition] of group.rules)
      (group.prefix ? prefixes : suffixes).push({
        flag,
        strip,
        add,
        foldedAdd: foldDiacritics(add),
        foldedStrip: foldDiacritics(strip),
        continuation,
        ...(condition ? { condition: new RegExp(group.prefix ? `^(?:${condition})` : `(?:${condition})$`, 'u') } : {}),
      });
  const byEnding = new Map<string, Rule[]>();
  const before = new Map<string, Rule[]>();
  for (const r of suffixes) {
    const end = r.foldedAdd.slice(-1);
    byEnding.set(end, [...(byEnding.get(end) ?? []), r]);
    for (const flag of new Set(r.continuation)) before.set(flag, [...(before.get(flag) ?? []), r]);
  }
  return { needAffix: file.needAffix, packs: file.packs, suffixes, prefixes, byEnding, before };
}

/** Where a lemma is published: the shard of its first two letters without diacritics ("_" for other characters). */
export function shardOf(foldedLemma: string): string {
  const key = foldedLemma.slice(0, 2);
  return /^[a-z]{1,2}$/.test(key) ? key : '_';
}

export function spellingRulesFile(locale: string): string {
  return `pagefind/spelling-${locale}/rules.json`;
}

/**
 * The pack a shard is in: packs hold runs of shards in code-unit order ("_" before "a", "a" before "aa"),
 * each named by its first; undefined before the first pack (no lemma there).
 */
export function packOf(shard: string, packs: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const pack of packs) {
    if (pack > shard) break;
    found = pack;
  }
  return found;
}

export function spellingPackFile(locale: string, pack: string): string {
  return `pagefind/spelling-${locale}/${pack}.txt`;
}

/** A pack's text: one "lemma/flags" a line. */
function parsePack(text: string): Lemmas {
  const into: Lemmas = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const slash = line.indexOf('/');
    const lemma = { word: slash < 0 ? line : line.slice(0, slash), flags: slash < 0 ? '' : line.slice(slash + 1) };
    const key = foldDiacritics(lemma.word);
    into.set(key, [...(into.get(key) ?? []), lemma]);
  }
  return into;
}

interface Candidate {
  /** Folded lemma to look up. */
  key: string;
  /** Does a lemma of this key make the word? */
  makes: (lemma: Lemma) => boolean;
}

/** The word with the affix rule applied, or undefined where its condition or strip does not fit. */
const applyAffix = (word: string, rule: Rule, prefix: boolean): string | undefined => {
  if (rule.condition && !rule.condition.test(word)) return undefined;
  if (prefix) return word.startsWith(rule.strip) ? rule.add + word.slice(rule.strip.length) : undefined;
  return word.endsWith(rule.strip) ? word.slice(0, word.length - rule.strip.length) + rule.add : undefined;
};

/**
 * The ways a folded word can come from a lemma by suffixes. With `prefix` (the flag of a prefix cut off the
 * word), the lemma or one of its suffixes must allow that prefix (Hunspell's continuation classes: "vis-"
 * only before a superlative's ending).
 */
function suffixCandidates(word: string, rules: SpellingRules, prefix?: string): Candidate[] {
  const same = (form: string) => foldDiacritics(form) === word;
  const allows = (...flags: string[]) => prefix === undefined || flags.some((f) => f.includes(prefix));
  const alone = (l: Lemma) => prefix !== undefined || !rules.needAffix || !l.flags.includes(rules.needAffix);
  const out: Candidate[] = [{ key: word, makes: (l) => alone(l) && allows(l.flags) && same(l.word) }];
  const endingWith = (w: string) => [...(rules.byEnding.get(w.slice(-1)) ?? []), ...(rules.byEnding.get('') ?? [])];
  for (const r of endingWith(word)) {
    if (!word.endsWith(r.foldedAdd)) continue;
    const base = word.slice(0, word.length - r.foldedAdd.length) + r.foldedStrip;
    out.push({
      key: base,
      makes: (l) => {
        if (!l.flags.includes(r.flag) || !allows(l.flags, r.continuation)) return false;
        const form = applyAffix(l.word, r, false);
        return form !== undefined && same(form);
      },
    });
    // A second suffix after one whose continuation flags allow it.
    for (const first of rules.before.get(r.flag) ?? []) {
      if (!base.endsWith(first.foldedAdd)) continue;
      out.push({
        key: base.slice(0, base.length - first.foldedAdd.length) + first.foldedStrip,
        makes: (l) => {
          if (!l.flags.includes(first.flag) || !allows(l.flags, first.continuation, r.continuation)) return false;
          const middle = applyAffix(l.word, first, false);
          const form = middle === undefined ? undefined : applyAffix(middle, r, false);
          return form !== undefined && same(form);
        },
      });
    }
  }
  return out;
}

/** Every lemma lookup that could show the word to be real. */
function wordCandidates(word: string, rules: SpellingRules): Candidate[] {
  const folded = foldDiacritics(word);
  const out = suffixCandidates(folded, rules);
  for (const p of rules.prefixes) {
    if (!folded.startsWith(p.foldedAdd) || folded.length <= p.foldedAdd.length) continue;
    out.push(...suffixCandidates(p.foldedStrip + folded.slice(p.foldedAdd.length), rules, p.flag));
  }
  return out;
}

/** Answers "is this a word of the languages (or of the one language given)?", loading what it needs. */
export type WordCheck = (word: string, locale?: string) => Promise<boolean>;

/**
 * A word check over the dictionaries of the given languages (the page's first: a word of any of them is
 * real, so an English word typed on the Latvian site is never "corrected" into Latvian). Fetches each
 * language's rules and the packs a word needs once, through `fetchText` (a path relative to the site's base).
 */
export function dictionaryCheck(fetchText: (path: string) => Promise<string | undefined>, locales: readonly string[]): WordCheck {
  const rulesOf = once(async (locale) =>
    parseSpellingRules(JSON.parse((await fetchText(spellingRulesFile(locale))) ?? '{"groups":{},"packs":[]}') as SpellingRulesFile),
  );
  const packOfLocale = once(async (key) => parsePack((await fetchText(spellingPackFile(...(key.split(' ') as [string, string])))) ?? ''));
  return async (word, only) => {
    for (const locale of only ? locales.filter((l) => l === only) : locales) {
      const r = await rulesOf(locale);
      // Every lemma lookup that could show the word to be real, each in the pack of its shard.
      const candidates = wordCandidates(word, r);
      const packOfKey = (key: string) => packOf(shardOf(key), r.packs) ?? '';
      const needed = [...new Set(candidates.map((c) => packOfKey(c.key)))].filter(Boolean);
      const packs = new Map(await Promise.all(needed.map(async (p) => [p, await packOfLocale(`${locale} ${p}`)] as const)));
      if (candidates.some((c) => (packs.get(packOfKey(c.key))?.get(c.key) ?? []).some(c.makes))) return true;
    }
    return false;
  };
}
