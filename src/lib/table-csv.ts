/** The CSV download of the current edition's Table 1.1, in one language (an Astro endpoint's response). */
import type { Locale } from './content/schemas.ts';
import { useTranslations } from './i18n.ts';
import { activityTitle, currentEditionId, loadEdition } from './site.ts';
import { tableCsv } from './table.ts';

export async function tableCsvResponse(locale: Locale, edition?: string): Promise<Response> {
  const t = useTranslations(locale);
  const view = await loadEdition(edition ?? (await currentEditionId()), locale);
  const csv = tableCsv(view.table, locale, {
    activity: t('table.activity'),
    total: t('table.total'),
    missing: t('table.missing'),
    activityTitle: activityTitle(view, locale),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
