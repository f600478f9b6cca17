/**
 * Which fields of a content's files are never filled: every field of every schema (optional ones included) that
 * no entry of the content gives a value (undefined, null, "" and [] are no value). For the every-field
 * scenario, whose content must leave none, so that whatever a school can write is built at least once.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { readJson, readMarkdownFile, subfolders, filesIn } from '../../src/content/files.ts';
import { EDITOR_FILES } from '../../src/lib/editor/config.ts';
import { EDITION_PARTS } from '../../src/lib/content/schemas.ts';
import { LOCALES } from '../../src/lib/locales.ts';

interface Json {
  type?: string | string[];
  properties?: Record<string, Json>;
  items?: Json;
  additionalProperties?: Json | boolean;
  anyOf?: Json[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const given = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** The paths under `at` that none of `instances` fills, read against their JSON Schema. */
function unfilled(schema: Json, instances: unknown[], at: string): string[] {
  const options = (schema.anyOf ?? [schema]).filter((s) => s.type !== 'null');
  return [
    ...new Set(
      options.flatMap((s) => {
        if (s.anyOf) return unfilled(s, instances, at);
        if (s.type === 'array' && s.items) return unfilled(s.items, instances.filter(Array.isArray).flat(), `${at}[]`);
        const objects = instances.filter(isObject);
        if (s.properties) {
          if (objects.length === 0 && options.length > 1) return [];
          return Object.entries(s.properties).flatMap(([name, sub]) => {
            const values = objects.map((o) => o[name]).filter(given);
            return values.length ? unfilled(sub, values, `${at}.${name}`) : [`${at}.${name}`];
          });
        }
        if (isObject(s.additionalProperties)) {
          const values = objects.flatMap((o) => Object.values(o)).filter(given);
          return values.length ? unfilled(s.additionalProperties, values, `${at}.*`) : objects.length ? [`${at}.*`] : [];
        }
        return [];
      }),
    ),
  ];
}

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

/** Every field no file of the content at `root` fills, as "<file> › <path>". */
export function unfilledFields(root: string): string[] {
  const editions = subfolders(path.join(root, 'editions'));
  const files: { label: string; schema: z.ZodType; data: unknown[] }[] = [];
  for (const { file, schema } of Object.values(EDITION_PARTS)) {
    files.push({ label: `editions/*/${file}`, schema, data: editions.map((e) => path.join(root, 'editions', e, file)).map(readOrNothing) });
  }
  for (const kind of ['school', 'site', 'participation', 'glossary', 'search'] as const) {
    const { file, schema } = EDITOR_FILES[kind];
    files.push({ label: file, schema, data: [readOrNothing(path.join(root, file))] });
  }
  const frontMatter = (dirs: string[]) =>
    dirs.flatMap((dir) => filesIn(dir).filter((f) => /\.mdx?$/.test(f))).map((f) => readMarkdownFile(f).frontmatter);
  files.push({
    label: 'editions/*/questions/*/*.mdx',
    schema: EDITOR_FILES.questions.schema,
    data: frontMatter(editions.flatMap((e) => LOCALES.map((l) => path.join(root, 'editions', e, 'questions', l)))),
  });
  files.push({
    label: 'pages/*/*.md',
    schema: EDITOR_FILES.pages.schema,
    data: frontMatter(LOCALES.map((l) => path.join(root, 'pages', l))),
  });
  return files.flatMap(({ label, schema, data }) => {
    const present = data.filter((d) => d !== undefined);
    if (present.length === 0) return [`${label}: no such file`];
    const root = jsonSchema(schema);
    // An array file is a list of entries: one of them is enough to fill a field.
    return unfilled(root, present, '').map((p) => `${label} › ${p.replace(/^\./, '') || '(the file)'}`);
  });
}

function readOrNothing(file: string): unknown {
  try {
    return readJson(file);
  } catch {
    return undefined;
  }
}
