/**
 * Puts the page context (src/lib/page-context.ts) on `Astro.locals.page` once per page: the route's props
 * (src/lib/routes.ts) say which page, language and edition; the 404, outside the route table, is Latvian
 * first (it shows both languages itself).
 */
import { defineMiddleware } from 'astro:middleware';
import model from 'virtual:plan/content';
import { createPageContext } from './lib/page-context.ts';
import { DEFAULT_LOCALE } from './lib/locales.ts';
import type { Route } from './lib/routes.ts';

export const onRequest = defineMiddleware((context, next) => {
  const route = context.props as Partial<Route>;
  context.locals.page = route.locale
    ? createPageContext(model, { page: route.page, locale: route.locale, editionId: route.editionId })
    : createPageContext(model, { page: undefined, locale: DEFAULT_LOCALE });
  return next();
});
