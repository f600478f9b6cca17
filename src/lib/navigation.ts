/**
 * What the site puts forward: the pages the main menu and the home page's cards offer. Table 1.1 is among
 * them only once a figure is known (tableIsPromoted); until then it is reached from the plan.
 */
import type { PlanEdition } from './content/model.ts';
import type { UiKey } from './i18n.ts';
import { tableIsPromoted } from './table.ts';
import type { PageKey } from './urls.ts';

export type PromotedPage = Extract<PageKey, 'faq' | 'plan' | 'table' | 'glossary'>;

/** Each put-forward page's name (menu, card title) and what its home-page card says about it. */
export const PROMOTED_STRINGS: Record<PromotedPage, { label: UiKey; card: UiKey }> = {
  faq: { label: 'nav.faq', card: 'home.faqText' },
  plan: { label: 'nav.plan', card: 'home.planText' },
  table: { label: 'nav.table', card: 'home.tableText' },
  glossary: { label: 'nav.glossary', card: 'home.glossaryText' },
};

/** In menu order; the edition is the current one (the menu always leads to the current plan). */
export function promotedPages(edition: PlanEdition): PromotedPage[] {
  return ['faq', 'plan', ...(tableIsPromoted(edition.table) ? (['table'] as const) : []), 'glossary'];
}
