/**
 * The FAQ page carries the participation topics (content/participation.json) beside the plan's questions,
 * sections and activities, each at its #id: a question, activity or section with a topic's id would make two
 * things answer one link.
 */
import { LOCALES } from '../lib/locales.ts';
import { presentTopics, TOPIC_INFO } from '../lib/participation.ts';
import { type ContentIssue, entry, msg } from '../lib/content/issues.ts';
import type { ContentSource } from './reader.ts';

export function participationIds(source: ContentSource): { errors?: ContentIssue[] } {
  if (!source.participation) return {};
  const taken = new Map<string, string>(presentTopics(source.participation).map((topic) => [TOPIC_INFO[topic].id, topic]));
  // The part's own heading on the FAQ and in the plan.
  taken.set('taking-part', 'taking-part');
  const errors: ContentIssue[] = [];
  const clash = (id: string, at: Omit<ContentIssue, 'message'>) => {
    const topic = taken.get(id);
    if (topic) errors.push({ ...at, message: msg('rules.topicIdTaken', { id, topic, file: source.participationFile }) });
  };
  for (const edition of source.editions) {
    for (const locale of LOCALES) for (const q of edition.questions[locale]) clash(q.id, { file: q.file, place: 'fileName' });
    edition.parts.activities?.forEach((a, i) => clash(a.id, { file: edition.files.activities, path: [entry(i, a), 'id'] }));
    edition.parts.sections?.forEach((s, i) => clash(s.id, { file: edition.files.sections, path: [entry(i, s), 'id'] }));
  }
  return { errors };
}
