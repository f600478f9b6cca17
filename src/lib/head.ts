/**
 * What a page's <head> says about it: full title, canonical URL, hreflang alternates and the Open Graph
 * description of a link preview with its image. Pages and embeds get it from here; HeadTags.astro only
 * writes it out.
 */
import { LANGUAGES, LOCALES, type Locale } from './locales.ts';
import { IMAGE_SIZE, type SocialImage } from './social-preview.ts';
import { useTranslations } from './i18n.ts';
import { localizedUrl, type PageKey } from './urls.ts';

export interface HeadInput {
  locale: Locale;
  /** The page kind, for canonical and alternates (undefined for the 404, which has neither). */
  page: PageKey | undefined;
  /** An archived edition's id. */
  editionId?: string;
  title: string;
  description: string;
  /** The site's name, e.g. "Erasmus+ plāns · <school>". */
  siteName: string;
  /** Astro.site: where the site is published (absolute URLs need it). */
  site: URL | undefined;
  /** The page whose URL is canonical for this one (an embed names its full page). */
  canonicalPage?: PageKey;
  /** Keep the page out of search engines (embeds, 404). */
  noindex?: boolean;
  /** The link preview's picture (socialImage() in social-preview.ts). */
  image: SocialImage;
}

interface HeadLink {
  rel: 'canonical' | 'alternate';
  href: string;
  hreflang?: string;
}

export interface HeadMeta {
  /** `property` for Open Graph, `name` for the rest. */
  key: 'property' | 'name';
  name: string;
  content: string;
}

export interface PageHead {
  title: string;
  description: string;
  links: HeadLink[];
  meta: HeadMeta[];
}

/** The site's name in page titles and link previews: "Erasmus+ plāns · <the school's name>". */
export function siteName(schoolName: string, locale: Locale): string {
  return `${useTranslations(locale)('site.name')} · ${schoolName}`;
}

export function pageHead(input: HeadInput): PageHead {
  const { locale, page, editionId, title, description, siteName, site } = input;
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const fullTitle = page === 'home' ? siteName : `${title} · ${siteName}`;
  // A canonical link (and og:url) names the page's full address: without the site's address, none.
  const canonical = page && site ? absolute(localizedUrl(input.canonicalPage ?? page, locale, { editionId })) : undefined;
  const alternates = page ? LOCALES.map((l) => ({ hreflang: l, href: absolute(localizedUrl(page, l, { editionId })) })) : [];
  const links: HeadLink[] = [
    ...(canonical ? [{ rel: 'canonical' as const, href: canonical }] : []),
    ...alternates.map((a) => ({ rel: 'alternate' as const, ...a })),
    // The default language for readers whose language the site does not have.
    ...(alternates.length ? [{ rel: 'alternate' as const, hreflang: 'x-default', href: alternates[0]!.href }] : []),
  ];
  const meta: HeadMeta[] = [
    { key: 'name', name: 'description', content: description },
    ...(input.noindex ? [{ key: 'name' as const, name: 'robots', content: 'noindex' }] : []),
    { key: 'property', name: 'og:type', content: 'website' },
    { key: 'property', name: 'og:site_name', content: siteName },
    { key: 'property', name: 'og:title', content: title },
    { key: 'property', name: 'og:description', content: description },
    { key: 'property', name: 'og:locale', content: LANGUAGES[locale].ogLocale },
    ...LOCALES.filter((l) => l !== locale).map((l) => ({
      key: 'property' as const,
      name: 'og:locale:alternate',
      content: LANGUAGES[l].ogLocale,
    })),
    ...(canonical ? [{ key: 'property' as const, name: 'og:url', content: canonical }] : []),
    // Open Graph wants the image's absolute URL: without the site's address there is none to give.
    ...(site ? imageMeta(absolute(localizedUrl(input.image.page, locale, { editionId: input.image.editionId })), input.image.alt) : []),
  ];
  return { title: fullTitle, description, links, meta };
}

function imageMeta(url: string, alt: string): HeadMeta[] {
  return [
    { key: 'property', name: 'og:image', content: url },
    { key: 'property', name: 'og:image:type', content: IMAGE_SIZE.type },
    { key: 'property', name: 'og:image:width', content: String(IMAGE_SIZE.width) },
    { key: 'property', name: 'og:image:height', content: String(IMAGE_SIZE.height) },
    { key: 'property', name: 'og:image:alt', content: alt },
    // X (Twitter) reads the og: tags but shows the large picture only when asked.
    { key: 'name', name: 'twitter:card', content: 'summary_large_image' },
  ];
}
