/**
 * What every component of a page needs to know, set once per page by the middleware (src/middleware.ts) on
 * `Astro.locals.page`: which page it is, its language and UI strings, the content and the plan edition
 * it shows. Components read it with `pageContext(Astro.locals)` instead of passing `locale` down.
 */
import { editionFor, type ContentModel, type PlanEdition } from './content/model.ts';
import { useTranslations, type Translate } from './i18n.ts';
import type { Locale } from './locales.ts';
import type { HtmlPageKey, PageKey } from './urls.ts';

export interface PageContext {
  /** The kind of page (PAGES in urls.ts); none on the 404, which stands outside the route table. */
  page: HtmlPageKey | undefined;
  locale: Locale;
  t: Translate;
  model: ContentModel;
  /** The plan edition the page shows: the current one, or the archived one its address names. */
  edition: PlanEdition;
  /** Set when the page shows an archived edition: that edition's id, which its addresses carry. */
  archivedEditionId: string | undefined;
}

export interface PageAddress {
  page: PageKey | undefined;
  locale: Locale;
  editionId?: string;
}

export function createPageContext(model: ContentModel, address: PageAddress): PageContext {
  return {
    page: address.page as HtmlPageKey | undefined,
    locale: address.locale,
    t: useTranslations(address.locale),
    model,
    edition: editionFor(model, address.editionId),
    archivedEditionId: address.editionId,
  };
}

/** The page's context; a component rendered outside a page (a test) must be given one in `locals`. */
export function pageContext(locals: App.Locals): PageContext {
  if (!locals.page)
    throw new Error(
      'No page context: the middleware (src/middleware.ts) sets Astro.locals.page for every page; a test renders with { locals: { page } }',
    );
  return locals.page;
}
