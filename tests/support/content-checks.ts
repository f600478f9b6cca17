/**
 * content/checks/: what the tests check about one school's own text, kept with its content so that another
 * school's content brings its own (or none). text.json: the parts each plan edition is made of, and English
 * words or phrases that were mistranslations once and must not come back. search-*.json: search cases.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentDir } from '../../src/lib/content/files.ts';
import type { SearchCase } from '../../support/search.ts';

const checksSchema = z
  .object({
    $comment: z.string().optional(),
    /** Per edition id: how many questions (at least), needs, goals, activities, items per list, and which references. */
    editions: z
      .record(
        z.string(),
        z.object({
          questions: z.number().int(),
          needs: z.number().int(),
          goals: z.number().int(),
          activities: z.number().int(),
          lists: z.record(z.string(), z.number().int()),
          references: z.array(z.number().int()),
        }),
      )
      .optional(),
    /**
     * English that must not come back: a word or phrase (matched from the start of a word; any case unless
     * matchCase), why, and optionally the one list it is about.
     */
    englishMustNotSay: z
      .array(z.object({ phrase: z.string(), why: z.string(), matchCase: z.boolean().optional(), list: z.string().optional() }))
      .optional(),
  })
  .strict();
export type ContentChecks = z.infer<typeof checksSchema>;

export function contentChecks(root = contentDir()): ContentChecks {
  const file = path.join(root, 'checks', 'text.json');
  if (!existsSync(file)) return {};
  const parsed = checksSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}

type PerLocale<T> = Record<'lv' | 'en', T>;

/** The search cases of content/checks/ (each file optional; absent files give no cases). */
export interface SearchChecks {
  /** search-queries.json: the product brief's sample. */
  sample: PerLocale<SearchCase[]>;
  /** search-cases.json: our own cases by class, the floor for natural questions, queries typed key by key. */
  cases: PerLocale<SearchCase[]>;
  naturalFloor: PerLocale<number>;
  keystrokes: PerLocale<string[]>;
  /** search-unanswerable.json: real words the plan cannot answer, and those it cannot yet tell from an answer. */
  unanswerable: PerLocale<string[]>;
  knownAnswered: PerLocale<string[]>;
}

export function searchChecks(root = contentDir()): SearchChecks {
  const read = (name: string): Record<string, unknown> => {
    const file = path.join(root, 'checks', name);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  };
  const none = { lv: [], en: [] };
  const sample = read('search-queries.json');
  const cases = read('search-cases.json');
  const unanswerable = read('search-unanswerable.json');
  const pick = <T>(o: Record<string, unknown>, fallback: PerLocale<T>): PerLocale<T> => ({
    lv: (o.lv as T) ?? fallback.lv,
    en: (o.en as T) ?? fallback.en,
  });
  return {
    sample: pick<SearchCase[]>(sample, none),
    cases: pick<SearchCase[]>(cases, none),
    naturalFloor: pick<number>((cases.naturalFloor as Record<string, unknown>) ?? {}, { lv: 0, en: 0 }),
    keystrokes: pick<string[]>((cases.keystrokes as Record<string, unknown>) ?? {}, none),
    unanswerable: pick<string[]>(unanswerable, none),
    knownAnswered: pick<string[]>((unanswerable.knownAnswered as Record<string, unknown>) ?? {}, none),
  };
}
