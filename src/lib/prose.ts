/**
 * Small pieces of running text the pages build from data: a day written out in the page's language, and
 * a web address short enough for a link's text.
 */
import { LANGUAGES, type Locale } from './locales.ts';

/** A day written out in the language, in UTC (the build's day, whatever the build machine's zone). */
export function longDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(LANGUAGES[locale].tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A web address short enough to read as a link's text on a phone: the host, and the last part of the path
 * after "…/" when there is more ("viaa.gov.lv/…/erasmus_plus_prof_izgl_spec/"), so two addresses on one
 * host stay told apart. The link itself keeps the whole address; print shows it.
 */
export function shortAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  const host = url.host.replace(/^www\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  const slash = url.pathname.endsWith('/') ? '/' : '';
  if (parts.length === 0) return host;
  if (parts.length === 1) return `${host}/${parts[0]}${slash}`;
  return `${host}/…/${parts.at(-1)}${slash}`;
}
