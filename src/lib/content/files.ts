/**
 * Reading files under content/: JSON, front matter + body, and the folder layout. Plain Node, no Astro
 * runtime; only the reader (reader.ts) calls these. A file that cannot be read becomes one ContentFileError
 * naming the file, so the reader can report it once and skip what depends on it.
 *
 * Layout:
 *   content/school.json, content/glossary.json, content/translations.json
 *   content/editions/<years>/<part>.json          (the parts are listed in schemas.ts, EDITION_PARTS)
 *   content/editions/<years>/questions/<lang>/<question-id>.md
 *   content/pages/<lang>/<page>.md
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { ContentIssue } from './issues.ts';

/** Where content lives; CONTENT_DIR points tests and benchmarks at fixtures without touching content/. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
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
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
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

/** Folders in a folder (not hidden, not starting with "_"), sorted by name. */
export function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

/** Markdown files of a folder, sorted by name. */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The name a Markdown file is known by: its file name without .md (or a stray .mdx). */
export function fileId(file: string): string {
  return path.basename(file).replace(/\.mdx?$/, '');
}

export interface MarkdownFile {
  frontmatter: unknown;
  body: string;
  /** Lines before the body (front matter and its fences), so body line numbers can be given as file lines. */
  bodyLineOffset: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** A Markdown file: YAML front matter between --- lines, then the body. */
export function readMarkdownFile(file: string): MarkdownFile {
  const raw = readFileSync(file, 'utf8');
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
  const body = match[2]!;
  return { frontmatter: frontmatter ?? {}, body, bodyLineOffset: raw.slice(0, raw.length - body.length).split('\n').length - 1 };
}
