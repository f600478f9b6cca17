/**
 * What the printed plan says on its first page about where it comes from: the school as publisher, the
 * address of the plan on the web and the day this version of the site was prepared. The edition data has
 * no publication date, so the day is the build's (SOURCE_DATE_EPOCH when set) and says so.
 */
import type { Locale } from './locales.ts';
import type { School } from './content/schemas.ts';
import { localizedUrl } from './urls.ts';
import { longDate } from './prose.ts';

export interface Imprint {
  publisher: string;
  /** The plan page's full address; undefined while the site's address is not known (content/site.json). */
  address: string | undefined;
  prepared: { iso: string; text: string };
}

export function planImprint(input: {
  school: Pick<School, 'name'>;
  locale: Locale;
  editionId?: string;
  site: URL | undefined;
  day: Date;
}): Imprint {
  const { school, locale, editionId, site, day } = input;
  const path = localizedUrl('plan', locale, { editionId });
  return {
    publisher: school.name[locale],
    address: site ? new URL(path, site).href : undefined,
    prepared: { iso: day.toISOString().slice(0, 10), text: longDate(day, locale) },
  };
}
