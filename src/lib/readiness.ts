/**
 * The readiness list `npm run check` prints: what students and parents will look for that the content does
 * not say yet, one line each, Latvian first, naming the file and field to fill in. Not errors and not
 * warnings: the site is complete without them (it says whom to ask instead), and nothing here fails a check.
 */
import type { ContentModel } from './content/model.ts';
import { currentEdition } from './content/model.ts';
import { useTranslations } from './i18n.ts';
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

export function readinessList(model: ContentModel, files: ReadinessFiles, today: Date): string[] {
  const lv = useTranslations('lv');
  const en = useTranslations('en');
  const lines: string[] = [];
  const { participation, school } = model;

  for (const topic of missingTopics(participation)) {
    const title = TOPIC_INFO[topic].title;
    lines.push(`${lv(title)} (${en(title)}): ${files.participation} → ${topic}`);
  }
  if (participation.call && callState(participation.call, today) === 'closed') {
    lines.push(
      `Pašreizējs konkurss: pēdējais beidzās ${participation.call.deadline} (a current call: the last one closed on ${participation.call.deadline}): ${files.participation} → call`,
    );
  }
  const contact = school.contact ?? {};
  if (!contact.name) lines.push(`Koordinatora vārds vai amats (the coordinator's name or role): ${files.school} → contact.name`);
  if (!contact.email) lines.push(`Koordinatora e-pasts (the coordinator's e-mail): ${files.school} → contact.email`);
  if (!contact.phone) lines.push(`Koordinatora tālrunis (the coordinator's phone): ${files.school} → contact.phone`);

  const edition = currentEdition(model);
  if (planTense(edition.meta.period, today) === 'past' && !school.erasmusPage) {
    const years = `${edition.meta.period.start}–${edition.meta.period.end}`;
    lines.push(
      `Kas aktuāls tagad, kad plāns ${years} beidzies (what is current now that the ${years} plan has ended): ${files.school} → erasmusPage, or a new plan in content/editions/<years>/`,
    );
  }

  const stale = new Date(today.getTime() - STALE_DAYS * 86_400_000);
  for (const topic of presentTopics(participation)) {
    const day = topicUpdated(participation, topic);
    if (day && day < isoDay(stale)) {
      lines.push(
        `${lv(TOPIC_INFO[topic].title)} pārbaudīts ${day}, pirms vairāk nekā gada (last checked over a year ago): ${files.participation} → ${topic}.updated`,
      );
    }
  }
  return lines;
}
