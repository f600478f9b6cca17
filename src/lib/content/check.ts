/**
 * The content check: the reader, then the rules. Used by `npm run check`, by the build (through the
 * content store, so one build reads and checks content once) and by the tests.
 */
import { contentDir } from './files.ts';
import type { ContentIssue } from './issues.ts';
import type { ContentModel } from './model.ts';
import { type ContentSource, readContent, toModel } from './reader.ts';
import { RULES } from './rules.ts';

export interface ContentReport {
  /** Complete editions, the glossary and the pages: what the site is built from when there are no errors. */
  model: ContentModel;
  /** Everything that was read, including parts that failed (for translation status and rules). */
  source: ContentSource;
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

export interface CheckOptions {
  /** Treat missing Table 1.1 figures as errors (staff's "is everything filled in?" check). */
  strict?: boolean;
  root?: string;
}

export function checkContent(options: CheckOptions = {}): ContentReport {
  const { source, issues } = readContent(options.root ?? contentDir());
  const errors = [...issues];
  const warnings: ContentIssue[] = [];
  for (const rule of RULES) {
    const result = rule(source, { strict: options.strict ?? false });
    errors.push(...(result.errors ?? []));
    warnings.push(...(result.warnings ?? []));
  }
  return { model: toModel(source), source, errors, warnings };
}
