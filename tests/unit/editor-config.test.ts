/**
 * The browser editor's configuration is generated from the content schemas (src/lib/editor/config.ts). This
 * test reads the schemas another way (Zod's JSON Schema) and fails when a schema field is missing from the
 * editor or the editor has a field no schema has, or when a field has no words in the editor's languages.
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { editorConfig, EDITOR_FILES, NOT_IN_PLAN_FILES, type EditorField } from '../../src/lib/editor/config.ts';
import { FIELD_WORDS } from '../../src/lib/editor/labels.ts';
import { editorContent } from '../../src/integrations/editor/choices.ts';
import { localEditorScript } from '../../src/integrations/editor/index.ts';
import { contentDir } from '../../src/content/files.ts';
import { checkContent } from '../../src/content/check.ts';
import { EDITION_PARTS } from '../../src/lib/content/schemas.ts';

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  items?: Json;
  additionalProperties?: Json | boolean;
  anyOf?: Json[];
};

/** The schema under "or null" (nullable) unions. */
function solid(schema: Json): Json {
  const options = schema.anyOf?.filter((s) => s.type !== 'null');
  return options?.length === 1 ? solid(options[0]!) : schema;
}

/** Differences between a JSON Schema and the editor's fields, as "file: path" lines. */
function differences(schema: Json, fields: EditorField[], at: string): string[] {
  const out: string[] = [];
  const properties = solid(schema).properties ?? {};
  for (const [name, sub] of Object.entries(properties)) {
    const field = fields.find((f) => f.name === name);
    if (!field) out.push(`${at}.${name}: in the schema, not in the editor`);
    else out.push(...differencesOf(solid(sub), field, `${at}.${name}`));
  }
  for (const field of fields) if (!(field.name in properties)) out.push(`${at}.${field.name}: in the editor, not in the schema`);
  return out;
}

function differencesOf(schema: Json, field: EditorField, at: string): string[] {
  if (schema.type === 'array') {
    const items = solid(schema.items ?? {});
    if (items.properties)
      return field.fields ? differences(items, field.fields, `${at}[]`) : [`${at}[]: items have fields, the editor has none`];
    return [];
  }
  if (schema.properties) return field.fields ? differences(schema, field.fields, at) : [`${at}: has fields, the editor has none`];
  if (typeof schema.additionalProperties === 'object') {
    // A record: Table 1.1's counts, one field per semester.
    return field.widget === 'object' || field.widget === 'keyvalue' ? [] : [`${at}: a record, the editor has a ${field.widget}`];
  }
  return field.fields ? [`${at}: the editor has fields, the schema none`] : [];
}

const content = editorContent(contentDir());
const config = editorConfig(content) as {
  collections: { name: string; folder?: string; files?: { name: string; file: string; fields: EditorField[] }[]; fields?: EditorField[] }[];
};
const edition = content.editions[0]!.id;
/** Files the editor leaves out on purpose (config.ts says why). */
const LEFT_OUT = NOT_IN_PLAN_FILES.filter((part) => part !== 'meta');

function fieldsOf(kind: string): EditorField[] {
  for (const collection of config.collections) {
    if (kind === 'questions' && collection.name === `questions-${edition}`) return collection.fields!.filter((f) => f.name !== 'body');
    if (kind === 'pages' && collection.name === 'pages') return collection.fields!.filter((f) => f.name !== 'body');
    if (kind === 'meta' && collection.name === 'editions') return collection.fields!;
    const file = collection.files?.find((f) => f.name === kind);
    if (file) return file.fields;
  }
  throw new Error(`no editor fields for ${kind}`);
}

function allFields(fields: EditorField[]): EditorField[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? [])]);
}

describe('the editor configuration, generated from the schemas', () => {
  test.each(Object.keys(EDITOR_FILES).filter((kind) => !(LEFT_OUT as string[]).includes(kind)))(
    '%s: every schema field is in the editor, and nothing else',
    (kind) => {
      const schema = z.toJSONSchema(EDITOR_FILES[kind as keyof typeof EDITOR_FILES].schema, {
        io: 'input',
        unrepresentable: 'any',
      }) as Json;
      let fields = fieldsOf(kind);
      // An array file is one list at the file's root.
      if (schema.type === 'array') fields = fields[0]!.root && fields[0]!.fields ? fields[0]!.fields : [];
      const root = schema.type === 'array' ? solid(schema.items!) : schema;
      expect(differences(root, fields, EDITOR_FILES[kind as keyof typeof EDITOR_FILES].file)).toEqual([]);
    },
  );

  test('every part of a plan edition has an editor file, and each question and page its text', () => {
    const plan = config.collections.find((c) => c.name === `plan-${edition}`)!;
    expect(plan.files!.map((f) => f.name).sort()).toEqual(
      Object.keys(EDITION_PARTS)
        .filter((p) => !(NOT_IN_PLAN_FILES as string[]).includes(p))
        .sort(),
    );
    expect(LEFT_OUT).toEqual(['repairs']);
    for (const name of [`questions-${edition}`, 'pages'])
      expect(config.collections.find((c) => c.name === name)!.fields!.at(-1)).toMatchObject({
        name: 'body',
        widget: 'markdown',
        i18n: true,
      });
  });

  test('every field has words in Latvian and English', () => {
    const unnamed = new Set<string>();
    for (const kind of Object.keys(EDITOR_FILES).filter((k) => !(LEFT_OUT as string[]).includes(k))) {
      for (const field of allFields(fieldsOf(kind))) {
        // Semesters of Table 1.1's counts are named by the table itself.
        if (field.label === field.name && !/^\d{4}-\d{4}-\d$/.test(field.name)) unnamed.add(`${kind}: ${field.name}`);
      }
    }
    expect([...unnamed], 'add them to src/lib/editor/labels.ts').toEqual([]);
    for (const [name, words] of Object.entries(FIELD_WORDS)) {
      expect(words.label.lv, name).toBeTruthy();
      expect(words.label.en, name).toBeTruthy();
    }
  });

  test('references to other content are choices of what the content has', () => {
    const questions = fieldsOf('questions');
    expect(questions.find((f) => f.name === 'section')).toMatchObject({
      widget: 'select',
      options: expect.arrayContaining([expect.objectContaining({ value: 'plan' })]),
    });
    expect(questions.find((f) => f.name === 'terms')).toMatchObject({ widget: 'select', multiple: true });
    expect(allFields(fieldsOf('needs')).find((f) => f.name === 'goal')).toMatchObject({
      widget: 'select',
      options: expect.arrayContaining([expect.objectContaining({ value: 'goal-1' })]),
    });
    const counts = allFields(fieldsOf('table')).find((f) => f.name === 'counts')!;
    expect(counts.fields!.map((f) => f.name)).toEqual(content.editions[0]!.semesters.map((s) => s.value));
    // <List id="…" />: the data lists and the lists of lists.json.
    const listsJson = checkContent({ root: contentDir() })
      .model.editions.find((e) => e.id === edition)!
      .lists.map((l) => l.id);
    expect(listsJson.length).toBeGreaterThan(0);
    expect(content.editions[0]!.lists.map((l) => l.value)).toEqual(expect.arrayContaining(['needs', 'goals', 'activities', ...listsJson]));
  });
});

describe('the editor is served offline', () => {
  test('every address of another host in the editor script is rewritten to the development server', () => {
    const source =
      'a("https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2");b("https://unpkg.com/@shikijs/x");c("https://www.githubstatus.com/api/v2/status.json")';
    const local = localEditorScript(source, '/redaktors/');
    expect(local).not.toMatch(/https:\/\//);
    expect(local).toContain('/redaktors/fonts/material-symbols.woff2');
  });
});
