/** The CSV download of an edition's Table 1.1, in one language (an Astro endpoint's response). */
import type { PageContext } from './page-context.ts';
import { activityTitles } from './plan.ts';
import { tableCsv } from './table.ts';

export function tableCsvResponse({ locale, t, edition }: Pick<PageContext, 'locale' | 't' | 'edition'>): Response {
  const csv = tableCsv(edition.table, locale, {
    activity: t('table.activity'),
    total: t('table.total'),
    missing: t('table.missing'),
    activityTitle: activityTitles(edition, locale),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
