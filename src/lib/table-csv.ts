/** The CSV download of an edition's Table 1.1, in one language (an Astro endpoint's response). */
import type { Locale } from './locales.ts';
import { editionFor } from './content/model.ts';
import { siteContent } from './content/store.ts';
import { useTranslations } from './i18n.ts';
import { activityTitles } from './plan.ts';
import { tableCsv } from './table.ts';

export function tableCsvResponse(locale: Locale, editionId?: string): Response {
  const t = useTranslations(locale);
  const edition = editionFor(siteContent(), editionId);
  const csv = tableCsv(edition.table, locale, {
    activity: t('table.activity'),
    total: t('table.total'),
    missing: t('table.missing'),
    activityTitle: activityTitles(edition, locale),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
