/**
 * Translation status. content/translations.json records, for every translated entry, a fingerprint of the
 * Latvian text its English translation was made from. When the Latvian changes, the fingerprint no longer
 * matches and the English is reported as out of date until a translator updates it and confirms it with
 * `npm run i18n:status -- --accept <key>`.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentSource } from './reader.ts';
import type { EditionPart, EditionParts, TranslationLock } from './schemas.ts';

export interface TranslationUnit {
  /** e.g. "2020-2022/questions/school-goals", "glossary/ecvet". */
  key: string;
  /** Where the English lives (the file to update). */
  file: string;
  /** The Latvian source text the English must follow. */
  latvian: string;
  /** Where the English should be, when it is missing. */
  missingEnglish?: string;
}

export function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

type Unit = { key: string; latvian: string };
/** What of each part of an edition is translated, entry by entry. Every part is listed (the type says so). */
const PART_UNITS: { [K in EditionPart]: (data: EditionParts[K]) => Unit[] } = {
  meta: (e) => [{ key: 'edition', latvian: `${e.title.lv}\n${e.summary.lv}` }],
  sections: (list) => list.map((s) => ({ key: `sections/${s.id}`, latvian: s.title.lv })),
  needs: (list) => list.map((n) => ({ key: `needs/${n.id}`, latvian: n.text.lv })),
  goals: (list) => list.map((g) => ({ key: `goals/${g.id}`, latvian: g.text.lv })),
  activities: (list) => list.map((a) => ({ key: `activities/${a.id}`, latvian: `${a.title.lv}\n${a.description.lv}` })),
  lists: (list) => list.map((l) => ({ key: `lists/${l.id}`, latvian: [l.title?.lv ?? '', ...l.items.map((i) => i.text.lv)].join('\n') })),
  references: (list) => list.map((r) => ({ key: `references/${r.number}`, latvian: `${r.title.lv}\n${r.note?.lv ?? ''}` })),
  table: (t) => [{ key: 'table', latvian: [t.caption.lv, ...t.semesters.map((s) => s.label.lv)].join('\n') }],
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
      for (const unit of (PART_UNITS[part] as (d: typeof data) => Unit[])(data)) units.push({ key: `${e.id}/${unit.key}`, file: e.files[part], latvian: unit.latvian });
    }
    for (const [id, lvFile] of e.questionFiles.lv) {
      const lv = e.questions.lv.find((q) => q.id === id);
      if (!lv) continue; // unreadable: the check says why
      const en = e.questionFiles.en.get(id);
      units.push({ key: `${e.id}/questions/${id}`, file: en ?? lvFile, latvian: `${lv.title}\n${lv.body}`, missingEnglish: en ? undefined : `${e.questionDirs.en}/${lvFile.split('/').at(-1)}` });
    }
  }
  for (const g of source.glossary ?? []) units.push({ key: `glossary/${g.id}`, file: source.glossaryFile, latvian: `${g.term.lv}\n${g.definition.lv}` });
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

export function translationStatus(units: TranslationUnit[], lock: TranslationLock): TranslationStatus {
  return {
    missing: units.filter((u) => u.missingEnglish),
    outdated: units.filter((u) => !u.missingEnglish && lock[u.key] !== undefined && lock[u.key] !== fingerprint(u.latvian)),
    unconfirmed: units.filter((u) => !u.missingEnglish && lock[u.key] === undefined),
  };
}
