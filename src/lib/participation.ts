/**
 * What students and parents come for beyond the plan, from content/participation.json and the school's
 * contact: which topics the content tells (in reading order, each with its stable #id on the FAQ page), which
 * it does not (the site then says whom to ask), and where the current call stands on the day of the build.
 * The home page, the FAQ, the printed plan, search and `npm run check` all decide from here.
 */
import type { Participation } from './content/schemas.ts';
import type { Locale } from './locales.ts';
import type { Translate, UiKey } from './i18n.ts';
import { longDate } from './prose.ts';

/** Every topic readers look for, in the order the FAQ and the printed plan tell them. */
export const TOPICS = [
  'eligibility',
  'selection',
  'call',
  'timeline',
  'costs',
  'safety',
  'recognition',
  'destinations',
  'stories',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Each topic's #id on the FAQ page (the same in every language) and its question, as the FAQ asks it. */
/** `short` names the topic inside a sentence ("not said yet: …"). */
export const TOPIC_INFO: Record<Topic, { id: string; title: UiKey; short: UiKey }> = {
  eligibility: { id: 'who-can-take-part', title: 'participation.eligibility', short: 'participation.short.eligibility' },
  selection: { id: 'how-participants-are-selected', title: 'participation.selection', short: 'participation.short.selection' },
  call: { id: 'how-to-apply', title: 'participation.call', short: 'participation.short.call' },
  timeline: { id: 'timeline', title: 'participation.timeline', short: 'participation.short.timeline' },
  costs: { id: 'costs', title: 'participation.costs', short: 'participation.short.costs' },
  safety: { id: 'safety-and-support', title: 'participation.safety', short: 'participation.short.safety' },
  recognition: { id: 'recognition', title: 'participation.recognition', short: 'participation.short.recognition' },
  destinations: { id: 'destinations-and-trades', title: 'participation.destinations', short: 'participation.short.destinations' },
  stories: { id: 'participants-stories', title: 'participation.stories', short: 'participation.short.stories' },
};

/** The topics the content tells, in reading order. */
export function presentTopics(participation: Participation): Topic[] {
  return TOPICS.filter((topic) => participation[topic] !== undefined);
}

/** The topics the content does not tell yet: the site says whom to ask about them. */
export function missingTopics(participation: Participation): Topic[] {
  return TOPICS.filter((topic) => participation[topic] === undefined);
}

/** The day as content writes it (YYYY-MM-DD, UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A content date (YYYY-MM-DD) as a reader reads it: "2027. gada 15. janvāris" / "15 January 2027". */
export function readableDay(day: string, locale: Locale): string {
  return longDate(new Date(`${day}T12:00:00Z`), locale);
}

export type CallState = 'upcoming' | 'open' | 'closed';

/** Where a call stands on a day: not open yet, open (up to and including its deadline), or closed. */
export function callState(call: { opens?: string; deadline: string }, today: Date): CallState {
  const day = isoDay(today);
  if (day > call.deadline) return 'closed';
  if (call.opens && day < call.opens) return 'upcoming';
  return 'open';
}

/** The sentence that says where a call stands (when it opens, when it closes or closed), in the page's words. */
export function callStateSentence(call: { opens?: string; deadline: string }, state: CallState, locale: Locale, t: Translate): string {
  const date = readableDay(call.deadline, locale);
  if (state === 'open') return t('participation.callOpen', { date });
  if (state === 'upcoming') return t('participation.callUpcoming', { opens: readableDay(call.opens!, locale), date });
  return t('participation.callClosed', { date });
}

/** Paragraphs of a text written with blank lines between them. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A topic as plain text in one language, the words search indexes for it: what the page shows (labels
 * come from `t`, so "Pieteikties līdz" is found as the page says it).
 */
export function topicPlainText(participation: Participation, topic: Topic, locale: Locale, t: (key: UiKey) => string): string {
  const parts: string[] = [];
  switch (topic) {
    case 'eligibility':
    case 'selection':
    case 'safety':
    case 'recognition': {
      const entry = participation[topic];
      if (entry?.text) parts.push(entry.text[locale]);
      for (const point of entry?.points ?? []) parts.push(point[locale]);
      break;
    }
    case 'call': {
      const call = participation.call;
      if (!call) break;
      parts.push(call.title[locale], `${t('participation.deadline')}: ${readableDay(call.deadline, locale)}`, call.howToApply[locale]);
      break;
    }
    case 'timeline': {
      const timeline = participation.timeline;
      if (!timeline) break;
      if (timeline.intro) parts.push(timeline.intro[locale]);
      for (const step of timeline.steps) parts.push(step.text[locale]);
      break;
    }
    case 'costs': {
      const costs = participation.costs;
      if (!costs) break;
      parts.push(
        t('participation.covered'),
        ...costs.covered.map((p) => p[locale]),
        t('participation.familyPays'),
        ...costs.familyPays.map((p) => p[locale]),
      );
      if (costs.text) parts.push(costs.text[locale]);
      break;
    }
    case 'destinations':
      for (const place of participation.destinations?.places ?? []) {
        parts.push(`${place.city[locale]}, ${place.country[locale]}: ${place.trades.map((p) => p[locale]).join(', ')}`);
      }
      break;
    case 'stories':
      for (const story of participation.stories?.items ?? []) {
        parts.push(`${story.words[locale]} (${story.name}, ${story.trade[locale]}, ${story.city[locale]}, ${story.year})`);
      }
      break;
  }
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).join(' ');
}

/** The day a topic was last checked. */
export function topicUpdated(participation: Participation, topic: Topic): string | undefined {
  return participation[topic]?.updated;
}
