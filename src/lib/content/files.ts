/**
 * Reading content/ from disk: the one reader per kind of file, used by Astro's collection loaders
 * (src/content.config.ts) and by the content check (scripts/check.ts). Plain Node: no Astro runtime.
 *
 * Layout:
 *   content/glossary.json
 *   content/editions/<edition>/{edition,sections,needs,goals,activities,lists,references,table-1-1,repairs}.json
 *   content/editions/<edition>/questions/<lv|en>/<question-id>.mdx
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';

/** Where content lives; CONTENT_DIR points tests and benchmarks at fixtures without touching content/. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

export const EDITION_FILES = {
  edition: 'edition.json',
  sections: 'sections.json',
  needs: 'needs.json',
  goals: 'goals.json',
  activities: 'activities.json',
  lists: 'lists.json',
  references: 'references.json',
  table: 'table-1-1.json',
  repairs: 'repairs.json',
} as const;
export type EditionFileKind = keyof typeof EDITION_FILES;

/** A problem in one file, at one field: what every content message is made of. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export class ContentFileError extends Error {
  readonly issue: ContentIssue;
  constructor(issue: ContentIssue) {
    super(`${issue.file}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`);
    this.issue = issue;
  }
}

/** Path relative to the project, as an author would look for it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export function readJson(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new ContentFileError({ file: displayPath(file), field: '', message: 'file is missing' });
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ContentFileError({ file: displayPath(file), field: '', message: `is not valid JSON (${(error as Error).message})` });
  }
}

/** Plan editions, named by their folder (e.g. "2020-2022"), oldest first. */
export function listEditions(root = contentDir()): string[] {
  const dir = path.join(root, 'editions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

export function editionFile(edition: string, kind: EditionFileKind, root = contentDir()): string {
  return path.join(root, 'editions', edition, EDITION_FILES[kind]);
}

export function glossaryFile(root = contentDir()): string {
  return path.join(root, 'glossary.json');
}

export interface QuestionFile {
  edition: string;
  locale: string;
  id: string;
  file: string;
  frontmatter: unknown;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function readQuestionFile(file: string, edition: string, locale: string): QuestionFile {
  const raw = readFileSync(file, 'utf8');
  const id = path.basename(file, '.mdx');
  const match = FRONTMATTER.exec(raw);
  if (!match) {
    throw new ContentFileError({ file: displayPath(file), field: 'front matter', message: 'expected the file to start with a --- front matter block ---' });
  }
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1]!);
  } catch (error) {
    throw new ContentFileError({ file: displayPath(file), field: 'front matter', message: `is not valid YAML (${(error as Error).message.split('\n')[0]})` });
  }
  return { edition, locale, id, file, frontmatter, body: match[2]! };
}

/** Every answer file of an edition, in every language folder found (not only the known ones: a stray folder is reported). */
export function listQuestionFiles(edition: string, root = contentDir()): { file: string; locale: string }[] {
  const dir = path.join(root, 'editions', edition, 'questions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((locale) => statSync(path.join(dir, locale)).isDirectory())
    .flatMap((locale) =>
      readdirSync(path.join(dir, locale))
        .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
        .sort()
        .map((name) => ({ file: path.join(dir, locale, name), locale })),
    );
}
