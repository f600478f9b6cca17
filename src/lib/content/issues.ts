/**
 * Turning Zod issues into messages an author understands: the field path first, then what was expected,
 * in words rather than Zod's codes (after Starlight's error-map).
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** `items[2].text.en`, or `[3] (need-4).goal` when the entry has an id an author can search for. */
export function fieldPath(pathParts: readonly PropertyKey[], data?: unknown): string {
  let out = '';
  let node: unknown = data;
  pathParts.forEach((part) => {
    if (typeof part === 'number') {
      out += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      if (typeof id === 'string') out += ` (${id})`;
    } else {
      out += (out ? '.' : '') + String(part);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
    }
  });
  return out;
}

export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; allowed fields are in src/lib/content/schemas.ts)`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.message && !issue.message.startsWith('Too small') ? issue.message : `is too small (minimum ${String(issue.minimum)})`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
