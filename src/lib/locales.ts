/**
 * The site's languages: the one place that lists them. Latvian is the default (at the site root: Latvian
 * law gives the state language the main place in public information); every other language lives under
 * /<code>/. astro.config.mjs, the schemas, the URLs and the UI strings all read this list.
 */
export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'lv';

/** The other language, for "this page in English" links (two languages: the one that is not this one). */
export function otherLocale(locale: Locale): Locale {
  return LOCALES.find((l) => l !== locale)!;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** One value per language, made by `make`. */
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;
}
