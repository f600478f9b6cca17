/** A page context (src/lib/page-context.ts) on the fixture content, for components rendered alone. */
import { checkContent } from '../../src/content/check.ts';
import type { ContentModel } from '../../src/lib/content/model.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { createPageContext, type PageAddress } from '../../src/lib/page-context.ts';
import { FIXTURE_CONTENT } from './fixture-content.ts';

let fixture: ContentModel | undefined;

export function fixtureLocals(locale: Locale, address: Partial<PageAddress> = {}, model?: ContentModel): App.Locals {
  fixture ??= checkContent({ root: FIXTURE_CONTENT }).model;
  return { page: createPageContext(model ?? fixture, { page: 'table', ...address, locale }) };
}
