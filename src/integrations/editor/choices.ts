/**
 * What the content has now, for the editor's choices (a question's section, a need's goal, …). Read from the
 * files as they are, tolerating a file with mistakes (the content check reports those): the editor must open
 * even when the content does not pass.
 */
import path from 'node:path';
import { readJson, subfolders } from '../../content/files.ts';
import { DEFAULT_LOCALE } from '../../lib/locales.ts';
import { listIds } from '../../lib/lists.ts';
import { EDITION_PARTS, GLOSSARY_FILE, type List } from '../../lib/content/schemas.ts';
import { COLLECTION_WORDS } from '../../lib/editor/labels.ts';
import type { Choice, EditionChoices, EditorContent } from '../../lib/editor/config.ts';

type Entry = Record<string, unknown>;

function entries(file: string, key?: string): Entry[] {
  try {
    const data = readJson(file) as unknown;
    const list = key ? (data as Entry | undefined)?.[key] : data;
    return Array.isArray(list) ? (list as Entry[]).filter((e) => e && typeof e === 'object') : [];
  } catch {
    return [];
  }
}

const localized = (value: unknown): string | undefined =>
  typeof value === 'object' && value ? ((value as Record<string, unknown>)[DEFAULT_LOCALE] as string | undefined) : undefined;

function choices(list: Entry[], key: string, text?: string): Choice[] {
  return list
    .filter((e) => typeof e[key] === 'string' || typeof e[key] === 'number')
    .map((e) => {
      const value = e[key] as string | number;
      const words = text ? localized(e[text]) : undefined;
      const label = words
        ? `${typeof value === 'number' ? `[${value}]` : value} — ${words.length > 70 ? `${words.slice(0, 69)}…` : words}`
        : String(value);
      return { value, label };
    });
}

/** The ids <List id="…" /> may name (src/lib/lists.ts): the data lists by their file's name, then lists.json's. */
function listChoices(lists: Entry[]): Choice[] {
  const named = new Map(choices(lists, 'id', 'title').map((c) => [c.value, c.label]));
  return listIds({ lists: lists.filter((l) => typeof l.id === 'string') as unknown as List[] }).map((id) => ({
    value: id,
    label:
      named.get(id) ??
      (id in COLLECTION_WORDS ? `${id} — ${COLLECTION_WORDS[id as keyof typeof COLLECTION_WORDS].label[DEFAULT_LOCALE]}` : id),
  }));
}

export function editorContent(root: string): EditorContent {
  const editions = subfolders(path.join(root, 'editions'))
    .filter((id) => /^\d{4}-\d{4}$/.test(id))
    .reverse()
    .map((id): EditionChoices => {
      const file = (name: string) => path.join(root, 'editions', id, name);
      return {
        id,
        sections: choices(entries(file(EDITION_PARTS.sections.file)), 'id', 'title'),
        goals: choices(entries(file(EDITION_PARTS.goals.file)), 'id', 'text'),
        activities: choices(entries(file(EDITION_PARTS.activities.file)), 'id', 'title'),
        lists: listChoices(entries(file(EDITION_PARTS.lists.file))),
        references: choices(entries(file(EDITION_PARTS.references.file)), 'number', 'title'),
        semesters: choices(entries(file(EDITION_PARTS.table.file), 'semesters'), 'id', 'label'),
      };
    });
  return { editions, glossary: choices(entries(path.join(root, GLOSSARY_FILE.file)), 'id', 'term') };
}
