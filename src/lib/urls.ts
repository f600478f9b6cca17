/**
 * The URL scheme, in one table: every page kind with its address in each language and what it is. Routes
 * (src/pages/[...path].astro for pages, [...path].csv.ts and [...path].png.ts for files), links, the
 * language switch, the sitemap and the build's own check all come from PAGES. Latvian is at the site root, other languages
 * under /<code>/, all under the deployment's base path; an archived edition's pages are under the archive.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

export interface PageKind {
  /** The page's address in each language, relative to the language's root. */
  slug: Record<Locale, string>;
  /** An HTML page, or a file written by an endpoint (a CSV download, a social preview image). */
  output: 'html' | 'csv' | 'png';
  /** Archived plan editions have this page too (under archive/<years>/). */
  archived?: boolean;
  /** A view without the site's chrome for an <iframe> on the school's website (not in the sitemap). */
  embed?: boolean;
}

export const PAGES = {
  home: { slug: { lv: '', en: '' }, output: 'html' },
  faq: { slug: { lv: 'buj/', en: 'faq/' }, output: 'html', archived: true },
  plan: { slug: { lv: 'plans/', en: 'plan/' }, output: 'html', archived: true },
  table: { slug: { lv: 'tabula-1-1/', en: 'table-1-1/' }, output: 'html', archived: true },
  tableCsv: { slug: { lv: 'tabula-1-1.csv', en: 'table-1-1.csv' }, output: 'csv', archived: true },
  glossary: { slug: { lv: 'terminu-skaidrojumi/', en: 'glossary/' }, output: 'html' },
  sources: { slug: { lv: 'avoti/', en: 'sources/' }, output: 'html' },
  search: { slug: { lv: 'meklet/', en: 'search/' }, output: 'html' },
  accessibility: { slug: { lv: 'pieklustamiba/', en: 'accessibility/' }, output: 'html' },
  archive: { slug: { lv: 'arhivs/', en: 'archive/' }, output: 'html' },
  embedFaq: { slug: { lv: 'iegult/buj/', en: 'embed/faq/' }, output: 'html', embed: true },
  embedTable: { slug: { lv: 'iegult/tabula-1-1/', en: 'embed/table-1-1/' }, output: 'html', embed: true },
  // Social preview images (og:image): which page shows which is in src/lib/social-preview.ts.
  preview: { slug: { lv: 'prieksskatijums.png', en: 'preview.png' }, output: 'png', archived: true },
  faqPreview: { slug: { lv: 'buj/prieksskatijums.png', en: 'faq/preview.png' }, output: 'png', archived: true },
  tablePreview: { slug: { lv: 'tabula-1-1/prieksskatijums.png', en: 'table-1-1/preview.png' }, output: 'png', archived: true },
} as const satisfies Record<string, PageKind>;
export type PageKey = keyof typeof PAGES;
export type PageOutput = PageKind['output'];
/** The page kinds of one output, e.g. every HTML page kind. */
export type PageKeyOf<O extends PageOutput> = { [K in PageKey]: (typeof PAGES)[K]['output'] extends O ? K : never }[PageKey];
export type HtmlPageKey = PageKeyOf<'html'>;

export const PAGE_KEYS = Object.keys(PAGES) as PageKey[];

export function pageKind(page: PageKey): PageKind {
  return PAGES[page];
}

/** The base path with exactly one slash at each end ("/" or "/erasmus/"). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path the site is built for (Vite's BASE_URL; "/" outside a build). */
export function siteBase(): string {
  return normalizeBase(import.meta.env?.BASE_URL);
}

export interface UrlOptions {
  /** A fragment without "#", e.g. a question id. */
  hash?: string;
  base?: string;
  /** An older plan edition's id, for its archived page (none for the current edition). */
  editionId?: string;
}

function localeRoot(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** A page's path below the base path, without a leading slash: "en/archive/2020-2022/faq/". */
export function pagePath(page: PageKey, locale: Locale, editionId?: string): string {
  const archive = editionId ? `${PAGES.archive.slug[locale]}${editionId}/` : '';
  return `${localeRoot(locale)}${archive}${PAGES[page].slug[locale]}`;
}

/** The one way to link to a page of the site, in any language. */
export function localizedUrl(page: PageKey, locale: Locale, options: UrlOptions = {}): string {
  const base = normalizeBase(options.base ?? siteBase());
  return `${base}${pagePath(page, locale, options.editionId)}${options.hash ? `#${options.hash}` : ''}`;
}

/** Which page, language and edition a path shows, so the language switch can lead to its twin. */
export function pageOfPath(pathname: string, base?: string): { page: PageKey; locale: Locale; editionId?: string } | undefined {
  const b = normalizeBase(base ?? siteBase());
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  let locale: Locale = DEFAULT_LOCALE;
  for (const l of LOCALES) {
    if (l !== DEFAULT_LOCALE && (rest === l || rest.startsWith(`${l}/`))) {
      locale = l;
      rest = rest.slice(l.length + 1);
    }
  }
  let editionId: string | undefined;
  const archive = new RegExp(`^${PAGES.archive.slug[locale]}([^/]+)/(.)`).exec(rest);
  if (archive) {
    editionId = archive[1];
    rest = rest.slice(archive[0].length - 1);
  }
  const page = PAGE_KEYS.find((key) => PAGES[key].slug[locale] === rest || PAGES[key].slug[locale] === `${rest}/`);
  if (!page || (editionId && !pageKind(page).archived)) return undefined;
  return { page, locale, editionId };
}

/** The same page in another language, keeping the fragment; falls back to that language's home page. */
export function switchLocaleUrl(pathname: string, target: Locale, hash?: string, base?: string): string {
  const here = pageOfPath(pathname, base);
  if (!here) return localizedUrl('home', target, { base });
  return localizedUrl(here.page, target, { base, hash, editionId: here.editionId });
}
