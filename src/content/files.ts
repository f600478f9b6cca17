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
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { CheckKey } from '../lib/i18n.ts';
import { type ContentIssue, msg } from '../lib/content/issues.ts';

/** Where content lives; CONTENT_DIR points tests and benchmarks at fixtures without touching content/. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

export class ContentFileError extends Error {
  readonly issue: ContentIssue;
  constructor(issue: ContentIssue) {
    super(`${issue.file}: ${issue.message.key}`);
    this.issue = issue;
  }
}

/** Path relative to the project, as an author would look for it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

/** Line (1 first) of a position in a text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A text file as UTF-8. A byte-order mark (Notepad writes one) is dropped; a file saved in another encoding
 * (Windows-1257, the Baltic code page) is an error naming the first line it breaks, never text with "�" in it.
 */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ContentFileError({ file: displayPath(file), message: msg('file.missing') });
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = bytes.toString('utf8');
    const bad = text.indexOf('\uFFFD');
    throw new ContentFileError({ file: displayPath(file), line: lineAt(text, bad), message: msg('file.notUtf8') });
  }
}

export function readJson(file: string): unknown {
  const raw = readText(file);
  try {
    return JSON.parse(raw);
  } catch {
    throw new ContentFileError({ file: displayPath(file), ...jsonSyntaxProblem(raw) });
  }
}

/** Where a JSON text first breaks, and what to do there (the line where a comma is missing, not the next one). */
function jsonSyntaxProblem(raw: string): Pick<ContentIssue, 'line' | 'message'> {
  const errors: ParseError[] = [];
  parseTree(raw, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return { message: msg('json.other') };
  const code = printParseErrorCode(first.error);
  // A missing comma belongs after the last value before the error.
  if (code === 'CommaExpected') {
    const before = raw.slice(0, first.offset).trimEnd();
    return { line: lineAt(raw, before.length - 1), message: msg('json.commaExpected', { after: before.at(-1) === '"' ? '"' : before.at(-1) }) };
  }
  // A trailing comma: the error stands at the closing bracket; the comma to remove is before it.
  if (code === 'ValueExpected' || code === 'PropertyNameExpected') {
    const before = raw.slice(0, first.offset).trimEnd();
    if (before.endsWith(',') && /^[\]}]/.test(raw.slice(first.offset))) return { line: lineAt(raw, before.length - 1), message: msg('json.trailingComma') };
  }
  const known: Record<string, CheckKey> = {
    InvalidSymbol: 'json.invalidSymbol',
    InvalidNumberFormat: 'json.invalidNumber',
    PropertyNameExpected: 'json.propertyName',
    ValueExpected: 'json.valueExpected',
    ColonExpected: 'json.colonExpected',
    CloseBraceExpected: 'json.closeBrace',
    CloseBracketExpected: 'json.closeBracket',
    EndOfFileExpected: 'json.endOfFile',
    InvalidCommentToken: 'json.comment',
    UnexpectedEndOfString: 'json.unclosedString',
    InvalidCharacter: 'json.invalidCharacter',
    InvalidEscapeCharacter: 'json.invalidEscape',
  };
  return { line: lineAt(raw, first.offset), message: msg(known[code] ?? 'json.other') };
}

/** Line of a field of a JSON file (or of the nearest field above it that is there): what messages point at. */
export function jsonLine(raw: string, at: readonly (string | number)[]): number | undefined {
  const tree = parseTree(raw);
  if (!tree) return undefined;
  for (let length = at.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, at.slice(0, length) as (string | number)[]);
    // A field's line is that of its name ("goal": …), where an editor looks for it.
    if (node) return lineAt(raw, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return undefined;
}

/** Folders in a folder (not hidden, not starting with "_"), sorted by name. */
export function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

/** The endings answers and pages are saved with; anything else in their folders is reported, never skipped silently. */
export const MARKDOWN_ENDING = /\.mdx?$/;

/** Files of a folder (not hidden, not folders), sorted by name. */
export function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(path.join(dir, name)).isFile())
    .sort()
    .map((name) => path.join(dir, name));
}

/** The name a Markdown file is known by: its file name without .md (or .mdx). */
export function fileId(file: string): string {
  return path.basename(file).replace(MARKDOWN_ENDING, '');
}

export interface MarkdownFile {
  frontmatter: unknown;
  body: string;
  /** Lines before the body (front matter and its fences), so body line numbers can be given as file lines. */
  bodyLineOffset: number;
  /** The front matter's lines, 2 first (after the opening ---), for messages about its fields. */
  frontmatterText: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?([\s\S]*)$/;

/** A Markdown file: YAML front matter between --- lines, then the body. */
export function readMarkdownFile(file: string): MarkdownFile {
  const raw = readText(file);
  const match = FRONTMATTER.exec(raw);
  if (!match) {
    throw new ContentFileError({ file: displayPath(file), line: 1, place: 'frontmatter', message: msg('frontmatter.missing') });
  }
  let frontmatter: unknown;
  try {
    // The core schema keeps dates as the text written (2026-11-5 stays "2026-11-5"), so the check sees them as written.
    frontmatter = parseYaml(match[1]!, { schema: CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentFileError({ file: displayPath(file), line: mark?.line !== undefined ? mark.line + 2 : undefined, place: 'frontmatter', message: msg('frontmatter.yaml') });
  }
  const body = match[2]!;
  return { frontmatter: frontmatter ?? {}, body, bodyLineOffset: raw.slice(0, raw.length - body.length).split('\n').length - 1, frontmatterText: match[1]! };
}

/** Line of a front matter field (`section: …`), counted in the file. */
export function frontmatterLine(frontmatterText: string, key: string): number | undefined {
  const index = frontmatterText.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 2 : undefined;
}
