/**
 * An answer as plain text: the MDX body with each <List id> replaced by its items. Used for the FAQ's
 * structured data and by the fidelity test, so both see the answer the reader sees.
 */
import type { Locale } from './content/schemas.ts';

export interface ListSource {
  lists: { id: string; title?: { lv: string; en: string } | undefined; items: { text: { lv: string; en: string } }[] }[];
  needs: { text: { lv: string; en: string } }[];
  goals: { text: { lv: string; en: string } }[];
  activities: { title: { lv: string; en: string }; description: { lv: string; en: string } }[];
}

export function listTexts(id: string, data: ListSource, locale: Locale): string[] {
  if (id === 'needs') return data.needs.map((n) => n.text[locale]);
  if (id === 'goals') return data.goals.map((g) => g.text[locale]);
  if (id === 'activities') return data.activities.flatMap((a) => [a.title[locale], a.description[locale]]);
  const list = data.lists.find((l) => l.id === id);
  return list ? [...(list.title ? [list.title[locale]] : []), ...list.items.map((i) => i.text[locale])] : [];
}

/** @param skip lists left out (e.g. "activities", which search indexes as records of their own). */
export function answerPlainText(body: string, data: ListSource, locale: Locale, skip: string[] = []): string {
  return body
    .replace(/<List\s+id=["']([^"']*)["']\s*\/>/g, (_, id: string) => (skip.includes(id) ? '' : listTexts(id, data, locale).join('\n')))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // Markdown links keep their text
    .replace(/[*_`]/g, '')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
