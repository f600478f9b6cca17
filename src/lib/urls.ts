/**
 * The one helper for localized URLs: every link to a page of the site, in either language, is made here,
 * and the language switcher maps the current page to its twin with the same function.
 * Latvian is at the site root, English under /en/, both under the deployment's base path.
 */
import type { Locale } from './content/schemas.ts';

export const DEFAULT_LOCALE: Locale = 'lv';

export const PAGES = {
  home: { lv: '', en: '' },
  faq: { lv: 'buj/', en: 'faq/' },
  plan: { lv: 'plans/', en: 'plan/' },
  table: { lv: 'tabula-1-1/', en: 'table-1-1/' },
  tableCsv: { lv: 'tabula-1-1.csv', en: 'table-1-1.csv' },
  glossary: { lv: 'terminu-skaidrojumi/', en: 'glossary/' },
  sources: { lv: 'avoti/', en: 'sources/' },
  search: { lv: 'meklet/', en: 'search/' },
  accessibility: { lv: 'pieklustamiba/', en: 'accessibility/' },
  archive: { lv: 'arhivs/', en: 'archive/' },
  // Views without the site's chrome, for an <iframe> on the school's website.
  embedFaq: { lv: 'iegult/buj/', en: 'embed/faq/' },
  embedTable: { lv: 'iegult/tabula-1-1/', en: 'embed/table-1-1/' },
} as const satisfies Record<string, Record<Locale, string>>;
export type PageKey = keyof typeof PAGES;

/** The base path with exactly one slash at each end ("/" or "/erasmus/"). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function siteBase(): string {
  return normalizeBase(import.meta.env?.BASE_URL);
}

export interface UrlOptions {
  /** A fragment without "#", e.g. a question id. */
  hash?: string;
  base?: string;
  /** Path of an older plan edition's archive ("" for the current edition). */
  edition?: string;
}

export function localeRoot(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** Pages that an archived plan edition has of its own. */
export const EDITION_PAGES = ['faq', 'plan', 'table', 'tableCsv'] as const satisfies readonly PageKey[];

export function localizedUrl(page: PageKey, locale: Locale, options: UrlOptions = {}): string {
  const base = normalizeBase(options.base ?? siteBase());
  const archive = options.edition ? `${PAGES.archive[locale]}${options.edition}/` : '';
  return `${base}${localeRoot(locale)}${archive}${PAGES[page][locale]}${options.hash ? `#${options.hash}` : ''}`;
}

/** Which page and edition a path (without base) shows, so the switcher can lead to its twin. */
export function pageOfPath(pathname: string, base?: string): { page: PageKey; locale: Locale; edition?: string } | undefined {
  const b = normalizeBase(base ?? siteBase());
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  let locale: Locale = DEFAULT_LOCALE;
  if (rest === 'en' || rest.startsWith('en/')) {
    locale = 'en';
    rest = rest.slice(3);
  }
  let edition: string | undefined;
  const archive = new RegExp(`^${PAGES.archive[locale]}([^/]+)/(.)`).exec(rest);
  if (archive) {
    edition = archive[1];
    rest = rest.slice(archive[0].length - 1);
  }
  const page = (Object.keys(PAGES) as PageKey[]).find((key) => PAGES[key][locale] === rest || PAGES[key][locale] === `${rest}/`);
  return page ? { page, locale, edition } : undefined;
}

/** The same page in another language, keeping the fragment; falls back to that language's home page. */
export function switchLocaleUrl(pathname: string, target: Locale, hash?: string, base?: string): string {
  const here = pageOfPath(pathname, base);
  if (!here) return localizedUrl('home', target, { base });
  return localizedUrl(here.page, target, { base, hash, edition: here.edition });
}
