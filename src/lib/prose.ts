/**
 * Small pieces of running text the pages build from data, in the page's language: a list of things said
 * as a sentence ("A, B un C" / "A, B, and C") and a day written out.
 */
import type { Locale } from './locales.ts';

/** The site's English is British (Open Graph says en_GB): "A, B and C", "28 November 2026". */
const TAG: Record<Locale, string> = { lv: 'lv', en: 'en-GB' };

export type ListPart<T> = { item: T } | { text: string };

/**
 * Items joined the way the language joins a list, as parts to render (each item, e.g. a link, between the
 * separators). Intl.ListFormat knows the separators and says which parts are the items.
 * Without the conjunction, commas only: for items that may themselves contain "and"/"un" (glossary terms
 * such as "Programme Countries and Partner Countries"), where a final "and" makes the list unreadable.
 */
export function listParts<T>(items: T[], locale: Locale, { conjunction = true } = {}): ListPart<T>[] {
  if (!conjunction) return items.flatMap((item, i): ListPart<T>[] => (i === 0 ? [{ item }] : [{ text: ', ' }, { item }]));
  let next = 0;
  return new Intl.ListFormat(TAG[locale], { type: 'conjunction', style: 'long' })
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? { item: items[next++]! } : { text: part.value }));
}

/** A day written out in the language, in UTC (the build's day, whatever the build machine's zone). */
export function longDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
