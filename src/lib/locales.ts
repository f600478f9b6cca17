/**
 * The site's languages: the one place that lists them and their facts. Latvian is the default (at the site
 * root: Latvian law gives the state language the main place in public information); every other language
 * lives under /<code>/. astro.config.mjs, the schemas, the URLs, the UI strings (src/i18n/<code>.json), the
 * search analyzers (src/lib/search/analyzers) and the formatting all read this list; each of those keyed
 * tables is a Record<Locale, …>, so a language added here is a type error until it has every one.
 */
export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'lv';

/** What the code needs to know about a language, besides its UI strings and its search analyzer. */
export interface Language {
  /** BCP 47 tag for Intl formatting: the site's English is British ("28 November 2026"). */
  tag: string;
  /** Open Graph's og:locale. */
  ogLocale: string;
  direction: 'ltr' | 'rtl';
  /** The language's quotation marks, which the typography rule puts in place of straight ones. */
  quotes: { open: string; close: string };
  /**
   * How a spreadsheet in the language splits and reads a CSV: Latvian Excel (and LibreOffice) use a decimal
   * comma, so they expect ";" between columns and would not split a comma-separated file.
   */
  csv: { delimiter: string; decimal: string };
  /** The Hunspell dictionary package search's spelling help is built from. */
  dictionary: string;
}

export const LANGUAGES: Record<Locale, Language> = {
  lv: {
    tag: 'lv',
    ogLocale: 'lv_LV',
    direction: 'ltr',
    quotes: { open: '„', close: '”' },
    csv: { delimiter: ';', decimal: ',' },
    dictionary: 'dictionary-lv',
  },
  en: {
    tag: 'en-GB',
    ogLocale: 'en_GB',
    direction: 'ltr',
    quotes: { open: '“', close: '”' },
    csv: { delimiter: ',', decimal: '.' },
    dictionary: 'dictionary-en',
  },
};

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
