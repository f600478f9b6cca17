/**
 * Content issues: a problem in one file at one field, and turning Zod issues into messages an author
 * understands (field path first, then what was expected, in words rather than Zod's codes; after
 * Starlight's error-map).
 */
import type { z } from 'astro/zod';

/** A problem in one file, at one field: what every content message is made of. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
  /**
   * Issues of one kind that are expected in numbers (each unknown Table 1.1 figure, each unconfirmed
   * translation) carry a group, so a build can print them as one line; the check lists every one.
   */
  group?: IssueGroup;
}

export type IssueGroup = 'unknown-figure' | 'translation';

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.field ? ` → ${issue.field}` : ''}: ${issue.message}`;
}

/** `"a", "b"` for "expected one of …" messages. */
export function oneOf(values: readonly (string | number)[]): string {
  return values.length ? values.map((v) => JSON.stringify(v)).join(', ') : '(none defined)';
}

/** Every Zod issue of a failed parse as a content issue at its field (prefix e.g. "front matter: "). */
export function schemaIssues(file: string, data: unknown, error: z.ZodError, prefix = ''): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path, data);
    return { file, field: field ? prefix + field : prefix.replace(/:\s*$/, ''), message: describeIssue(issue) };
  });
}

type Issue = z.core.$ZodIssue;

/** `items[2].text.en`, or `[3] (need-4).goal` when the entry has an id an author can search for. */
function fieldPath(pathParts: readonly PropertyKey[], data?: unknown): string {
  let out = '';
  let node: unknown = data;
  pathParts.forEach((part) => {
    if (typeof part === 'number') {
      out += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      // Name the entry the way an author finds it: by its id, or for a table row by its activity.
      const entry = node && typeof node === 'object' ? (node as { id?: unknown; activity?: unknown }) : undefined;
      const id = entry?.id ?? entry?.activity;
      if (typeof id === 'string') out += ` (${id})`;
    } else {
      out += (out ? '.' : '') + String(part);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
    }
  });
  return out;
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required (expected ${expected})`;
      if (issue.expected === 'date') return `expected a date written as YYYY-MM-DD, got ${describeValue(issue.input)}`;
      return `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; allowed fields are in src/lib/content/schemas.ts)`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.message && !issue.message.startsWith('Too small')) return issue.message;
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item(s)`
        : `is too small (must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)})`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message;
  }
}

const TYPE_WORDS: Record<string, string> = { int: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', array: 'a list [ … ]', object: 'an object { … }' };

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
