/**
 * What a reader should know when a plan's period is over, and where to go instead: the newest plan when a
 * newer one exists, otherwise the school's current Erasmus+ page (erasmusPage in content/school.json), and
 * failing both, the school's contact. Only addresses the content gives; none is made up.
 */
import { schoolContact, displayAddress, type ContactLine } from './contact.ts';
import { currentEdition, type ContentModel, type PlanEdition } from './content/model.ts';
import type { Locale } from './locales.ts';
import { planTense } from './period.ts';

export type WhatNow =
  | { kind: 'edition'; edition: PlanEdition }
  | { kind: 'page'; href: string; text: string }
  | { kind: 'contact'; school: string; lines: ContactLine[] };

/** Undefined while the plan's period runs (or has not begun); otherwise where to go now. */
export function endedPlan(model: ContentModel, edition: PlanEdition, today: Date, locale: Locale): WhatNow | undefined {
  if (planTense(edition.meta.period, today) !== 'past') return undefined;
  const newest = currentEdition(model);
  if (newest.id !== edition.id) return { kind: 'edition', edition: newest };
  const page = model.school.erasmusPage;
  if (page) return { kind: 'page', href: page, text: displayAddress(page) };
  const contact = schoolContact(model.school, locale);
  // Only the ways to reach the school (links), not its name or postal address, fit in one sentence.
  return { kind: 'contact', school: contact.school, lines: contact.lines.filter((line) => line.href) };
}
