/**
 * Content issues: a problem in one file, at one line and field, with a message from the check's catalogue
 * (src/i18n/check/<language>.json), printed in the site's main language. Zod's issues become messages an
 * editor understands: the field as it stands in the file, entries counted from 1 and named by their id,
 * what to write instead, "did you mean" for a misspelt field (after Starlight's error-map).
 */
import type { z } from 'astro/zod';
import type { TOptions } from 'i18next';
import { type CheckKey, type CheckLanguage, type CheckTranslate, checkLanguage, useCheckMessages } from '../i18n.ts';
import { DEFAULT_LOCALE } from '../locales.ts';

/** A step of a field's path: a key, or an entry of a list (index from 0, shown from 1, with its id). */
export type PathPart = string | { index: number; name?: string };

/** A message of the catalogue with its values. */
export interface Message {
  key: CheckKey;
  values?: TOptions;
  /** Said after the message, e.g. "did you mean …?". */
  hint?: Message;
}

/** A problem in one file, at one field: what every content message is made of. */
export interface ContentIssue {
  file: string;
  /** Line in the file, 1 first (found from the path for JSON and front matter when not given). */
  line?: number;
  /** The part of the file: a data file's own fields, an answer's front matter, its text, or its name. */
  place?: 'frontmatter' | 'body' | 'fileName';
  /** The field, as the data's keys and entries. */
  path?: readonly PathPart[];
  message: Message;
  /**
   * Warnings of one kind that come in numbers (each unknown Table 1.1 figure, each translation to confirm)
   * are printed as one line per file and kind; the check lists every one with --all.
   */
  group?: IssueGroup;
}

export type IssueGroup = 'unknown-figure' | 'translation-outdated' | 'translation-unconfirmed';

export function msg(key: CheckKey, values?: TOptions): Message {
  return values ? { key, values } : { key };
}

/** An entry of a list, named by its id where it has one (or, for a table row, its activity). */
export function entry(index: number, data?: unknown): PathPart {
  const record = data && typeof data === 'object' ? (data as { id?: unknown; activity?: unknown }) : undefined;
  const name = record?.id ?? record?.activity;
  return typeof name === 'string' || typeof name === 'number' ? { index, name: String(name) } : { index };
}

/** The language messages are printed in: the site's main language, or the one asked for (--lang en). */
export function messageLanguage(requested?: string): CheckLanguage {
  return checkLanguage(requested ?? DEFAULT_LOCALE);
}

/** `3. ieraksts (need-4) › goal` / `entry 3 (need-4) › goal`: the field as an editor finds it in the file. */
export function fieldName(issue: Pick<ContentIssue, 'place' | 'path'>, t: CheckTranslate): string {
  const parts: string[] = [];
  if (issue.place === 'frontmatter') parts.push(t('place.frontmatter'));
  if (issue.place === 'body') parts.push(t('place.body'));
  if (issue.place === 'fileName') parts.push(t('place.fileName'));
  let keys = '';
  for (const part of issue.path ?? []) {
    if (typeof part === 'string') {
      keys += keys ? `.${part}` : part;
      continue;
    }
    if (keys) parts.push(keys);
    keys = '';
    parts.push(part.name ? t('place.namedEntry', { number: part.index + 1, name: part.name }) : t('place.entry', { number: part.index + 1 }));
  }
  if (keys) parts.push(keys);
  return parts.join(' › ');
}

/** Values may name a word of the catalogue as "$t(key)" (a type or kind of value), translated here. */
function formatMessage(message: Message, t: CheckTranslate): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\$t\(([\w.]+)\)/g, (_, key: CheckKey) => t(key)) : v]),
  );
  const text = t(message.key, values);
  return message.hint ? `${text} ${formatMessage(message.hint, t)}` : text;
}

/** One line for an editor: file, line, field, what is wrong and what to do. */
export function formatIssue(issue: ContentIssue, language: CheckLanguage = messageLanguage()): string {
  const t = useCheckMessages(language);
  const field = fieldName(issue, t);
  const where = [issue.file, issue.line ? t('place.line', { line: issue.line }) : '', field].filter(Boolean);
  const head = field ? `${where.slice(0, -1).join(', ')} → ${field}` : where.join(', ');
  return `${head}: ${formatMessage(issue.message, t)}`;
}

/** `"a", "b"` for "expected one of …" messages. */
export function oneOf(values: readonly (string | number)[]): string {
  return values.length ? values.map((v) => JSON.stringify(v)).join(', ') : '—';
}

/**
 * The known word nearest to a misspelt one (at most a third of its letters changed), for "did you mean";
 * none when two are equally near ("goal-9" is as near to "goal-1" as to "goal-2").
 */
export function nearest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  let tie = false;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && candidate !== best) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** Every Zod issue of a failed parse as a content issue at its field. */
export function schemaIssues(file: string, data: unknown, error: z.ZodError, schema: z.ZodType, place?: ContentIssue['place']): ContentIssue[] {
  // A misspelt field ("titel") also leaves its right name missing: said once, as "did you mean".
  const misspelt = new Set(
    error.issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [];
      const known = knownKeys(schema, issue.path);
      return issue.keys.flatMap((key) => {
        const suggestion = nearest(key, known);
        return suggestion ? [JSON.stringify([...issue.path, suggestion])] : [];
      });
    }),
  );
  return error.issues.flatMap((issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined && misspelt.has(JSON.stringify(issue.path))) return [];
    const path = pathOf(issue.path, data);
    // Zod reports each unknown key of an object in one issue; an editor fixes them one by one, each at its line.
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const suggestion = nearest(key, known);
        return {
          file,
          place,
          path: [...path, key],
          message: { ...msg('zod.unknownField', { key, known: oneOf(known) }), hint: suggestion ? msg('hint.didYouMean', { suggestion }) : undefined },
        };
      });
    }
    return [{ file, place, path, message: describeIssue(issue) }];
  });
}

type Issue = z.core.$ZodIssue;

/** Zod's path with each list entry named by its id. */
function pathOf(pathParts: readonly PropertyKey[], data?: unknown): PathPart[] {
  let node: unknown = data;
  return pathParts.map((part) => {
    if (typeof part === 'number') {
      node = Array.isArray(node) ? node[part] : undefined;
      return entry(part, node);
    }
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
    return String(part);
  });
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The fields an object of the schema may have at a path (for "did you mean"). */
function knownKeys(schema: z.ZodType, at: readonly PropertyKey[]): string[] {
  const unwrap = (s: z.ZodType): z.ZodType[] => {
    const def = defOf(s);
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
    return [s];
  };
  let current = unwrap(schema);
  for (const part of at) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (typeof part === 'number') return def.element ? unwrap(def.element) : [];
      if (def.shape?.[String(part)]) return unwrap(def.shape[String(part)]!);
      return def.valueType ? unwrap(def.valueType) : [];
    });
  }
  return [...new Set(current.flatMap((s) => Object.keys(defOf(s).shape ?? {})))];
}

/** Messages the schemas give by key (schemas.ts: `{ message: 'schema.…' }`). */
const SCHEMA_KEY = /^schema\.[a-zA-Z]+$/;

function describeIssue(issue: Issue): Message {
  if (SCHEMA_KEY.test(issue.message)) return msg(issue.message as CheckKey, { got: issue.input === undefined ? '' : describeValue(issue.input), today: new Date().toISOString().slice(0, 10) });
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWord(issue.expected);
      if (issue.input === undefined) return msg('zod.required', { expected });
      return msg('zod.wrongType', { expected, got: describeValue(issue.input) });
    }
    case 'invalid_value':
      return msg('zod.oneOf', { expected: oneOf(issue.values.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : String(v)))), got: describeValue(issue.input) });
    case 'too_small':
      if (issue.origin === 'array') return msg('zod.tooFewItems', { count: Number(issue.minimum) });
      if (issue.origin === 'string') return msg('schema.nonEmpty');
      return msg(issue.inclusive ? 'zod.atLeast' : 'zod.moreThan', { minimum: String(issue.minimum) });
    case 'too_big':
      return msg(issue.inclusive ? 'zod.atMost' : 'zod.lessThan', { maximum: String(issue.maximum) });
    case 'invalid_union':
      return msg('zod.noForm');
    default:
      return msg('zod.other', { detail: issue.message });
  }
}

const TYPE_KEYS: Record<string, CheckKey> = {
  int: 'type.int',
  number: 'type.number',
  string: 'type.string',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  date: 'type.date',
};

/** A type's name is translated when printed: the key goes in as a nested message value. */
function typeWord(type: string): string {
  return `$t(${TYPE_KEYS[type] ?? 'type.other'})`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '$t(value.list)';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return '$t(value.object)';
  return String(value);
}
