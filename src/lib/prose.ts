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
 * separators). Intl.ListFormat knows the separators; placeholders keep the items out of its hands.
 */
export function listParts<T>(items: T[], locale: Locale): ListPart<T>[] {
  const marks = items.map((_, i) => `\u0000${i}\u0000`);
  const parts: ListPart<T>[] = [];
  for (const piece of new Intl.ListFormat(TAG[locale], { type: 'conjunction', style: 'long' }).format(marks).split(/\u0000(\d+)\u0000/)) {
    if (/^\d+$/.test(piece)) parts.push({ item: items[Number(piece)]! });
    else if (piece) parts.push({ text: piece });
  }
  return parts;
}

/** A day written out in the language, in UTC (the build's day, whatever the build machine's zone). */
export function longDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
