/**
 * content/checks.json: what the tests check about one school's own text, kept with its content so that
 * another school's content brings its own (or none): the parts each plan edition is made of, and English
 * words or phrases that were mistranslations once and must not come back.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentDir } from '../../src/lib/content/files.ts';

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
    englishMustNotSay: z.array(z.object({ phrase: z.string(), why: z.string(), matchCase: z.boolean().optional(), list: z.string().optional() })).optional(),
  })
  .strict();
export type ContentChecks = z.infer<typeof checksSchema>;

export function contentChecks(root = contentDir()): ContentChecks {
  const file = path.join(root, 'checks.json');
  if (!existsSync(file)) return {};
  const parsed = checksSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}
