/**
 * The FAQ page carries the participation topics (content/participation.json) beside the plan's questions,
 * sections and activities, each at its #id: a question, activity or section with a topic's id would make two
 * things answer one link.
 */
import { LOCALES } from '../locales.ts';
import { presentTopics, TOPIC_INFO } from '../participation.ts';
import type { ContentIssue } from './issues.ts';
import type { ContentSource } from './reader.ts';

export function participationIds(source: ContentSource): { errors?: ContentIssue[] } {
  if (!source.participation) return {};
  const taken = new Map<string, string>(presentTopics(source.participation).map((topic) => [TOPIC_INFO[topic].id, `"${topic}" in ${source.participationFile}`]));
  taken.set('taking-part', 'the "How to take part" section');
  const errors: ContentIssue[] = [];
  const clash = (file: string, field: string, id: string) => {
    const topic = taken.get(id);
    if (topic) errors.push({ file, field, message: `"${id}" is also the link (#${id}) of ${topic}: choose another id` });
  };
  for (const edition of source.editions) {
    for (const locale of LOCALES) for (const q of edition.questions[locale]) clash(q.file, 'file name', q.id);
    edition.parts.activities?.forEach((a, i) => clash(edition.files.activities, `[${i}].id`, a.id));
    edition.parts.sections?.forEach((s, i) => clash(edition.files.sections, `[${i}].id`, s.id));
  }
  return { errors };
}
