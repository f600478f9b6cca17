/**
 * Translation status. content/translations.json records, for every translated entry, fingerprints of the
 * Latvian text its English translation was made from and of that English ("latvian:english"). When the
 * Latvian changes and the English does not, the English is out of date until a translator updates it. When
 * both changed (an editor changed both languages in one sitting), the English follows the new Latvian: the
 * check records the new pair itself (`settleTranslations`), and no warning is given. A new plan period copied
 * from an older one inherits what was confirmed there for the same entry with the same texts.
 * `npm run i18n:status -- --accept <key>` confirms an entry by hand.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentSource } from './reader.ts';
import { displayPath } from './files.ts';
import { presentTopics } from '../lib/participation.ts';
import type { EditionPart, EditionParts, TranslationLock } from '../lib/content/schemas.ts';

export interface TranslationUnit {
  /** e.g. "2020-2022/questions/school-goals", "glossary/ecvet". */
  key: string;
  /** Where the English lives (the file to update). */
  file: string;
  /** The Latvian source text the English must follow. */
  latvian: string;
  /** The English as it is now ("" where it is missing). */
  english: string;
  /** Where the English should be, when it is missing. */
  missingEnglish?: string;
}

export function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

type Unit = { key: string; latvian: string; english: string };

/** Every text of one language inside a value: the `lv` or `en` of each text given in both, in order, one per line. */
function textsOf(value: unknown, l: 'lv' | 'en'): string {
  const walk = (v: unknown): string[] => {
    if (Array.isArray(v)) return v.flatMap(walk);
    if (typeof v !== 'object' || v === null) return [];
    const o = v as Record<string, unknown>;
    if (typeof o.lv === 'string' && typeof o.en === 'string') return [o[l] as string];
    return Object.values(o).flatMap(walk);
  };
  return walk(value).join('\n');
}
/** An entry's text in both languages, made by one function of the language. */
const unit = (key: string, text: (l: 'lv' | 'en') => string): Unit => ({ key, latvian: text('lv'), english: text('en') });
/** What of each part of an edition is translated, entry by entry. Every part is listed (the type says so). */
const PART_UNITS: { [K in EditionPart]: (data: EditionParts[K]) => Unit[] } = {
  meta: (e) => [unit('edition', (l) => `${e.title[l]}\n${e.summary[l]}`)],
  sections: (list) => list.map((s) => unit(`sections/${s.id}`, (l) => s.title[l])),
  needs: (list) => list.map((n) => unit(`needs/${n.id}`, (l) => n.text[l])),
  goals: (list) => list.map((g) => unit(`goals/${g.id}`, (l) => g.text[l])),
  activities: (list) => list.map((a) => unit(`activities/${a.id}`, (l) => `${a.title[l]}\n${a.description[l]}`)),
  lists: (list) => list.map((li) => unit(`lists/${li.id}`, (l) => [li.title?.[l] ?? '', ...li.items.map((i) => i.text[l])].join('\n'))),
  references: (list) => list.map((r) => unit(`references/${r.number}`, (l) => `${r.title[l]}\n${r.note?.[l] ?? ''}`)),
  table: (t) => [unit('table', (l) => [t.caption[l], ...t.semesters.map((s) => s.label[l])].join('\n'))],
  // The repairs quote the school's Latvian; their reasons are ours and written in both languages at once.
  repairs: () => [],
};

/** Every translated entry of what was read (parts that failed to read have none). */
export function translationUnits(source: ContentSource): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (const e of source.editions) {
    for (const part of Object.keys(PART_UNITS) as EditionPart[]) {
      const data = e.parts[part];
      if (data === undefined) continue;
      for (const u of (PART_UNITS[part] as (d: typeof data) => Unit[])(data)) units.push({ ...u, key: `${e.id}/${u.key}`, file: e.files[part] });
    }
    for (const [id, lvFile] of e.questionFiles.lv) {
      const lv = e.questions.lv.find((q) => q.id === id);
      if (!lv) continue; // unreadable: the check says why
      const en = e.questionFiles.en.get(id);
      const english = e.questions.en.find((q) => q.id === id);
      units.push({
        key: `${e.id}/questions/${id}`,
        file: en ?? lvFile,
        latvian: `${lv.title}\n${lv.body}`,
        english: english ? `${english.title}\n${english.body}` : '',
        missingEnglish: en ? undefined : `${e.questionDirs.en}/${lvFile.split('/').at(-1)}`,
      });
    }
  }
  for (const g of source.glossary ?? []) units.push({ ...unit(`glossary/${g.id}`, (l) => `${g.term[l]}\n${g.definition[l]}`), file: source.glossaryFile });
  // The school's own words (its name, whom to ask) and each topic of taking part, every text of it.
  if (source.school) units.push({ ...unit('school', (l) => textsOf(source.school, l)), file: displayPath(path.join(source.root, 'school.json')) });
  for (const topic of source.participation ? presentTopics(source.participation) : []) {
    units.push({ ...unit(`participation/${topic}`, (l) => textsOf(source.participation![topic], l)), file: source.participationFile });
  }
  // Pages present in both languages (a missing one is reported by the parity check).
  for (const lv of source.pages.filter((p) => p.locale === 'lv')) {
    const en = source.pages.find((p) => p.locale === 'en' && p.id === lv.id);
    const text = (p: typeof lv) => [p.title, p.description, p.body].join('\n');
    if (en) units.push({ key: `pages/${lv.id}`, file: en.file, latvian: text(lv), english: text(en) });
  }
  return units;
}

export function writeLock(lock: TranslationLock, root: string): void {
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path.join(root, 'translations.json'), `${JSON.stringify(sorted, null, 2)}\n`);
}

export interface TranslationStatus {
  missing: TranslationUnit[];
  /** The Latvian changed since the English was confirmed. */
  outdated: TranslationUnit[];
  /** Never confirmed (e.g. a new entry). */
  unconfirmed: TranslationUnit[];
}

/** What the lock records for an entry confirmed now: both texts' fingerprints. */
export function confirmation(unit: TranslationUnit): string {
  return `${fingerprint(unit.latvian)}:${fingerprint(unit.english)}`;
}

/** The key without its edition ("2023-2027/needs/need-1" → "needs/need-1"), for a copied plan period. */
const entryKey = (key: string) => key.replace(/^\d{4}-\d{4}\//, '');

/**
 * Where the lock says the English follows the Latvian as it is now: the Latvian is the one confirmed, or
 * both texts changed since (edited together), or the same entry of another plan period has these very texts
 * confirmed (a copied folder). Returns what the lock should record then, or undefined while the English is
 * out of date or was never confirmed.
 */
function settled(unit: TranslationUnit, lock: TranslationLock): string | undefined {
  const recorded = lock[unit.key];
  const now = confirmation(unit);
  if (recorded !== undefined) {
    const [latvian, english] = recorded.split(':');
    // The confirmed Latvian: the English follows it as it is now (an English-only edit is recorded too, so that a
    // later Latvian-only change is seen as one; an older lock recorded the Latvian only).
    if (latvian === fingerprint(unit.latvian)) return now;
    return english !== undefined && english !== fingerprint(unit.english) ? now : undefined;
  }
  const entry = entryKey(unit.key);
  const inherited = Object.entries(lock).some(([key, value]) => key !== unit.key && entryKey(key) === entry && value === now);
  return inherited ? now : undefined;
}

export function translationStatus(units: TranslationUnit[], lock: TranslationLock): TranslationStatus {
  const present = units.filter((u) => !u.missingEnglish);
  return {
    missing: units.filter((u) => u.missingEnglish),
    outdated: present.filter((u) => lock[u.key] !== undefined && settled(u, lock) === undefined),
    unconfirmed: present.filter((u) => lock[u.key] === undefined && settled(u, lock) === undefined),
  };
}

/**
 * The lock with every entry whose English follows its Latvian recorded as it is now (both languages edited
 * together, a copied plan period), or undefined when nothing changed. The check writes it, so an entry
 * edited in both languages stays settled when only one language changes later.
 */
export function settleTranslations(units: TranslationUnit[], lock: TranslationLock): TranslationLock | undefined {
  const next = { ...lock };
  let changed = false;
  for (const unit of units) {
    if (unit.missingEnglish) continue;
    const value = settled(unit, lock);
    if (value !== undefined && value !== lock[unit.key]) {
      next[unit.key] = value;
      changed = true;
    }
  }
  return changed ? next : undefined;
}
