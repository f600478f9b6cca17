/**
 * The content check: the reader, then the rules. Used by `npm run check`, by the build (through the
 * content store, so one build reads and checks content once) and by the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, frontmatterLine, jsonLine } from './files.ts';
import type { ContentIssue } from '../lib/content/issues.ts';
import type { ContentModel } from '../lib/content/model.ts';
import { type ContentSource, readContent, toModel } from './reader.ts';
import { RULES } from './rules.ts';
import { settleTranslations, translationUnits, writeLock } from './translations.ts';

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
  /**
   * Record in content/translations.json each entry whose English follows its Latvian as it is now (both
   * edited together, a copied plan period): npm run check and the build do, the tests need not.
   */
  record?: boolean;
}

export function checkContent(options: CheckOptions = {}): ContentReport {
  const root = options.root ?? contentDir();
  const { source, issues } = readContent(root);
  if (options.record && source.translations) {
    const settled = settleTranslations(translationUnits(source), source.translations);
    if (settled) {
      writeLock(settled, root);
      source.translations = settled;
    }
  }
  const errors = [...issues];
  const warnings: ContentIssue[] = [];
  for (const rule of RULES) {
    const result = rule(source, { strict: options.strict ?? false });
    errors.push(...(result.errors ?? []));
    warnings.push(...(result.warnings ?? []));
  }
  locateIssues([...errors, ...warnings]);
  return { model: toModel(source), source, errors, warnings };
}

/**
 * Gives each issue at a field the line of that field: in a JSON file the line of its name (or of the entry
 * that lacks it), in an answer's front matter the line of its key. Each file is read once.
 */
function locateIssues(issues: ContentIssue[]): void {
  const texts = new Map<string, string | undefined>();
  const text = (file: string) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(path.resolve(file), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  for (const issue of issues) {
    if (issue.line !== undefined || !issue.path?.length) continue;
    const raw = text(issue.file);
    if (raw === undefined) continue;
    const at = issue.path.map((part) => (typeof part === 'string' ? part : part.index));
    if (issue.place === 'frontmatter') {
      const head = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1];
      if (head !== undefined && typeof at[0] === 'string') issue.line = frontmatterLine(head, at[0]);
    } else if (issue.file.endsWith('.json')) {
      issue.line = jsonLine(raw, at);
    }
  }
}
