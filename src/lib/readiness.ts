/**
 * The readiness list `npm run check` prints: what students and parents will look for that the content does
 * not say yet, one line each, naming the file and field to fill in, in the check's language. Not errors and
 * not warnings: the site is complete without them (it says whom to ask instead), and nothing here fails a check.
 */
import type { ContentModel } from './content/model.ts';
import { currentEdition } from './content/model.ts';
import { type CheckLanguage, useCheckMessages, useTranslations } from './i18n.ts';
import { callState, isoDay, missingTopics, presentTopics, TOPIC_INFO, topicUpdated } from './participation.ts';
import { planTense } from './period.ts';

export interface ReadinessFiles {
  /** content/participation.json as shown to editors. */
  participation: string;
  /** content/school.json as shown to editors. */
  school: string;
}

/** Information checked longer ago than this is named as worth checking again. */
const STALE_DAYS = 365;

export function readinessList(model: ContentModel, files: ReadinessFiles, today: Date, language: CheckLanguage = 'lv'): string[] {
  const t = useCheckMessages(language);
  // The topics are named by the questions readers see on the site, in the same language.
  const ui = useTranslations(language);
  const lines: string[] = [];
  const { participation, school } = model;

  for (const topic of missingTopics(participation)) {
    lines.push(t('readiness.topic', { title: ui(TOPIC_INFO[topic].title), file: files.participation, field: topic }));
  }
  if (participation.call && callState(participation.call, today) === 'closed') {
    lines.push(t('readiness.callClosed', { deadline: participation.call.deadline, file: files.participation }));
  }
  const contact = school.contact ?? {};
  if (!contact.name) lines.push(t('readiness.contactName', { file: files.school }));
  if (!contact.email) lines.push(t('readiness.contactEmail', { file: files.school }));
  if (!contact.phone) lines.push(t('readiness.contactPhone', { file: files.school }));

  const edition = currentEdition(model);
  if (planTense(edition.meta.period, today) === 'past' && !school.erasmusPage) {
    lines.push(t('readiness.planEnded', { years: `${edition.meta.period.start}–${edition.meta.period.end}`, file: files.school }));
  }

  const stale = isoDay(new Date(today.getTime() - STALE_DAYS * 86_400_000));
  for (const topic of presentTopics(participation)) {
    const day = topicUpdated(participation, topic);
    if (day && day < stale)
      lines.push(t('readiness.stale', { title: ui(TOPIC_INFO[topic].title), day, file: files.participation, field: topic }));
  }
  return lines;
}
