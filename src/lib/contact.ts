/**
 * Whom a reader can ask: the school's contact from content/school.json, reduced to what is set. The one
 * place that decides the fallback (an e-mail or page when the school has one; otherwise its website; at the
 * least its name), so the home page, the FAQ, the accessibility statement and search all say the same.
 */
import type { School } from './content/schemas.ts';
import type { Locale } from './locales.ts';

export interface ContactLine {
  kind: 'name' | 'email' | 'phone' | 'page' | 'website' | 'address';
  /** What is shown. */
  text: string;
  /** Where it leads (mailto:, tel: or an address), when it is a link. */
  href?: string;
}

export interface SchoolContact {
  /** The school's name in the reader's language. */
  school: string;
  /** The set fields, in the order they are shown; never empty of a way to reach the school if one is known. */
  lines: ContactLine[];
  /** True when the school has set an e-mail, phone or page of its own (not only its website or name). */
  direct: boolean;
}

export function schoolContact(school: School, locale: Locale): SchoolContact {
  const contact = school.contact ?? {};
  const lines: ContactLine[] = [];
  if (contact.name) lines.push({ kind: 'name', text: contact.name[locale] });
  if (contact.email) lines.push({ kind: 'email', text: contact.email, href: `mailto:${contact.email}` });
  // Non-breaking spaces: a phone number is never split over two lines.
  if (contact.phone)
    lines.push({ kind: 'phone', text: contact.phone.replace(/ /g, '\u00a0'), href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` });
  if (contact.page) lines.push({ kind: 'page', text: displayAddress(contact.page), href: contact.page });
  const direct = Boolean(contact.email || contact.phone || contact.page);
  if (!direct && school.website) lines.push({ kind: 'website', text: displayAddress(school.website), href: school.website });
  if (contact.address) lines.push({ kind: 'address', text: contact.address[locale] });
  return { school: school.name[locale], lines, direct };
}

/** An address as people read it: without the scheme and a trailing slash. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
