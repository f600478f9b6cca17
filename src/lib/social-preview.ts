/**
 * Which social preview image (og:image) a page shows and what it says. Only the FAQ and Table 1.1, the pages
 * most shared on their own, get an image that names the page (X shows a large preview without the page's
 * title); each image costs build time, so the other pages share the site-wide one of their edition.
 */
import type { Locale } from './locales.ts';
import { editionFor, type ContentModel } from './content/model.ts';
import { useTranslations, type UiKey } from './i18n.ts';
import { tableIsPromoted } from './table.ts';
import type { HtmlPageKey, PageKeyOf } from './urls.ts';

export type PreviewKey = PageKeyOf<'png'>;

/** Every preview image's size and type: 1.91:1, the shape Open Graph readers show large. */
export const IMAGE_SIZE = { width: 1200, height: 630, type: 'image/png' } as const;

/** The image each HTML page kind shows (the 404, which has no kind, shows the site-wide one). */
export const PREVIEW_OF: Record<HtmlPageKey, PreviewKey> = {
  home: 'preview',
  faq: 'faqPreview',
  plan: 'preview', // the plan's title is the whole page's name: a label would only repeat it
  table: 'tablePreview',
  glossary: 'preview',
  sources: 'preview',
  search: 'preview',
  accessibility: 'preview',
  archive: 'preview',
  embedFaq: 'faqPreview',
  embedTable: 'tablePreview',
};

/** The page kind's name each image shows above the title (the UI string its page's heading uses). */
const LABEL: Record<PreviewKey, UiKey | undefined> = {
  preview: undefined,
  faqPreview: 'faq.title',
  tablePreview: 'table.title',
};

/** What an image says, in one language. */
export interface PreviewText {
  label?: string;
  title: string;
  school: string;
  /** The edition's EU funding statement, shown beside the emblem. */
  statement: string;
}

export function previewText(model: ContentModel, preview: PreviewKey, locale: Locale, editionId?: string): PreviewText {
  const t = useTranslations(locale);
  const plan = editionFor(model, editionId);
  const label = LABEL[preview];
  return {
    ...(label ? { label: t(label) } : {}),
    title: plan.meta.title[locale],
    school: model.school.name[locale],
    statement: plan.meta.funding.statement[locale],
  };
}

/** The image's alt text: what it shows, in the page's language. */
function previewAlt(text: PreviewText, locale: Locale): string {
  const words = `${text.label ? `${text.label}: ` : ''}${text.title}, ${text.school}`;
  return useTranslations(locale)('preview.alt', { text: words, statement: text.statement });
}

export interface SocialImage {
  /** The image's page kind, for its address. */
  page: PreviewKey;
  editionId?: string;
  alt: string;
}

/** The preview image of a page (page undefined: the 404). */
export function socialImage(model: ContentModel, page: HtmlPageKey | undefined, locale: Locale, editionId?: string): SocialImage {
  const kind = page ? PREVIEW_OF[page] : 'preview';
  // Table 1.1's own image (its name above the title) only once the table has a figure to show.
  const preview = kind === 'tablePreview' && !tableIsPromoted(editionFor(model, editionId).table) ? 'preview' : kind;
  return { page: preview, editionId, alt: previewAlt(previewText(model, preview, locale, editionId), locale) };
}
