/**
 * The lists an answer can show with `<List id="…" />`: the plan's lists in lists.json, and the needs, goals
 * and activities kept in their own files. Deciding which list an id means lives here; components render
 * what this returns, the check validates ids against `listIds`, and search and structured data read the
 * same lists as text.
 */
import type { Locale } from './locales.ts';
import type { Activity, EditionParts, List, LocalizedText } from './content/schemas.ts';

/** List ids that are data files of their own rather than entries of lists.json. */
const DATA_LISTS = ['needs', 'goals', 'activities'] as const;

interface ListItemView {
  /** Anchor id where the item has one (needs, goals, items with an id). */
  id?: string;
  text: LocalizedText;
  references: number[];
}

export type AnswerList =
  | { kind: 'activities'; id: 'activities'; activities: Activity[] }
  | { kind: 'items'; id: string; ordered: boolean; title?: LocalizedText; items: ListItemView[] };

type ListParts = Pick<EditionParts, 'lists' | 'needs' | 'goals' | 'activities'>;

/** Every id an answer may name, data lists first. */
export function listIds(parts: Pick<EditionParts, 'lists'>): string[] {
  return [...DATA_LISTS, ...parts.lists.map((l) => l.id)];
}

/** The list an id names, or undefined for an id the edition does not have. */
export function answerList(parts: ListParts, id: string): AnswerList | undefined {
  if (id === 'activities') return { kind: 'activities', id, activities: parts.activities };
  // The plan numbers its needs and goals, and the school refers to them by number.
  if (id === 'needs') return { kind: 'items', id, ordered: true, items: parts.needs };
  if (id === 'goals') return { kind: 'items', id, ordered: true, items: parts.goals };
  const list = parts.lists.find((l) => l.id === id);
  return list && { kind: 'items', id, ordered: list.ordered, title: list.title, items: list.items };
}

/** The anchors a list has where an answer shows it: the list itself (`#list-<id>`), and each item or activity with an id. */
export function listAnchors(list: AnswerList): string[] {
  if (list.kind === 'activities') return list.activities.map((a) => a.id);
  return [`list-${list.id}`, ...list.items.flatMap((i) => (i.id ? [i.id] : []))];
}

/** A list as lines of text in one language (an activity gives its title and its description). */
export function listTexts(list: AnswerList, locale: Locale): string[] {
  if (list.kind === 'activities') return list.activities.flatMap((a) => [a.title[locale], a.description[locale]]);
  return [...(list.title ? [list.title[locale]] : []), ...list.items.map((i) => i.text[locale])];
}

/** The list the home page shows learners and parents as "what you gain" (`onHomePage` in lists.json), if any. */
export function homePageList(parts: Pick<EditionParts, 'lists'>): List | undefined {
  return parts.lists.find((l) => l.onHomePage);
}
