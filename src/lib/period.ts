/**
 * Where a plan stands in time, from its own dates and the day the site is built: the home page and the
 * plan say "covers" while the period runs and "covered" once it is over (never anything about a newer plan).
 */
import type { Locale } from './locales.ts';
import { useTranslations } from './i18n.ts';

export type PlanTense = 'upcoming' | 'current' | 'past';

export function planTense(period: { start: number; end: number }, today: Date): PlanTense {
  const year = today.getUTCFullYear();
  if (year > period.end) return 'past';
  if (year < period.start) return 'upcoming';
  return 'current';
}

/**
 * The day of the build: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set, so a
 * rebuild of the same sources says the same thing; otherwise today.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}

/**
 * How the archive names a plan: its years, with "(ended)" once its period is over (or "(not started yet)"),
 * and the newest plan's heading: "current" only while its period runs, "latest" otherwise.
 */
export function archiveLabels(period: { start: number; end: number }, today: Date, locale: Locale): { heading: string; period: string } {
  const t = useTranslations(locale);
  const tense = planTense(period, today);
  const years = `${period.start}–${period.end}`;
  return {
    heading: tense === 'current' ? t('archive.current') : t('archive.latest'),
    period: tense === 'past' ? t('archive.ended', { years }) : tense === 'upcoming' ? t('archive.notStarted', { years }) : years,
  };
}
