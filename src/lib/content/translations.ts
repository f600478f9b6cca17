/**
 * Translation status. content/translations.json records, for every translated entry, a fingerprint of the
 * Latvian text its English translation was made from. When the Latvian changes, the fingerprint no longer
 * matches and the English is reported as out of date until a translator updates it and confirms it with
 * `npm run i18n:status -- --accept <key>`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './files.ts';
import { contentDir, displayPath, editionFile } from './files.ts';
import type { ContentReport } from './validate.ts';

export const TRANSLATIONS_FILE = 'translations.json';

export interface TranslationUnit {
  /** e.g. "2020-2022/questions/school-goals", "glossary/ecvet". */
  key: string;
  file: string;
  /** The Latvian source text the English must follow. */
  latvian: string;
  /** Where the English lives, when it is missing. */
  missingEnglish?: string;
}

export type TranslationLock = Record<string, string>;

export function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

export function translationUnits(report: ContentReport, root = contentDir()): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (const e of report.editions) {
    const file = (kind: Parameters<typeof editionFile>[1]) => displayPath(editionFile(e.id, kind, root));
    units.push({ key: `${e.id}/edition`, file: file('edition'), latvian: `${e.edition.title.lv}\n${e.edition.summary.lv}` });
    for (const q of e.questions.lv) {
      const en = e.questions.en.find((x) => x.id === q.id);
      units.push({
        key: `${e.id}/questions/${q.id}`,
        file: en?.file ?? q.file,
        latvian: `${q.title}\n${q.body}`,
        missingEnglish: en ? undefined : q.file.replace('/questions/lv/', '/questions/en/'),
      });
    }
    for (const s of e.sections) units.push({ key: `${e.id}/sections/${s.id}`, file: file('sections'), latvian: s.title.lv });
    for (const n of e.needs) units.push({ key: `${e.id}/needs/${n.id}`, file: file('needs'), latvian: n.text.lv });
    for (const g of e.goals) units.push({ key: `${e.id}/goals/${g.id}`, file: file('goals'), latvian: g.text.lv });
    for (const a of e.activities) units.push({ key: `${e.id}/activities/${a.id}`, file: file('activities'), latvian: `${a.title.lv}\n${a.description.lv}` });
    for (const l of e.lists) units.push({ key: `${e.id}/lists/${l.id}`, file: file('lists'), latvian: [l.title?.lv ?? '', ...l.items.map((i) => i.text.lv)].join('\n') });
    for (const r of e.references) units.push({ key: `${e.id}/references/${r.number}`, file: file('references'), latvian: `${r.title.lv}\n${r.note?.lv ?? ''}` });
    units.push({ key: `${e.id}/table`, file: file('table'), latvian: [e.table.caption.lv, ...e.table.semesters.map((s) => s.label.lv)].join('\n') });
  }
  for (const g of report.glossary) units.push({ key: `glossary/${g.id}`, file: displayPath(path.join(root, 'glossary.json')), latvian: `${g.term.lv}\n${g.definition.lv}` });
  return units;
}

export function readLock(root = contentDir()): TranslationLock {
  const file = path.join(root, TRANSLATIONS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TranslationLock) : {};
}

export function writeLock(lock: TranslationLock, root = contentDir()): void {
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path.join(root, TRANSLATIONS_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
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

/** The status as check warnings (missing translations are already errors of the content check). */
export function translationWarnings(status: TranslationStatus): ContentIssue[] {
  return [
    ...status.outdated.map((u) => ({ file: u.file, field: u.key, message: 'English translation is out of date: the Latvian text changed after it was translated (npm run i18n:status)' })),
    ...status.unconfirmed.map((u) => ({ file: u.file, field: u.key, message: 'English translation is not confirmed yet (npm run i18n:status -- --accept <key>)' })),
  ];
}
