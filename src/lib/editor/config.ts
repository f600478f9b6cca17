/**
 * The browser editor's configuration (Sveltia CMS), generated from the content schemas (schemas.ts), so the
 * editor cannot drift from what the content check accepts: every field of every schema becomes a field of the
 * editor, with its words from labels.ts. Ids that refer to other content (a question's section, a need's goal,
 * a table row's activity, glossary terms, reference numbers) become choices from what the content has now;
 * the editor reads this configuration when its page is loaded, so a reload shows new ids.
 */
import type { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { COLLECTION_WORDS, FIELD_WORDS, type FieldWords } from './labels.ts';
import {
  EDITION_PARTS,
  type EditionPart,
  GLOSSARY_FILE,
  SCHOOL_FILE,
  SITE_FILE,
  PARTICIPATION_FILE,
  SEARCH_FILE,
  idSchema,
  pageSchema,
  questionSchema,
} from '../content/schemas.ts';

/** A field of the editor's configuration (the subset of Sveltia's field options this project uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  i18n?: boolean | 'duplicate';
  fields?: EditorField[];
  field?: EditorField;
  root?: boolean;
  multiple?: boolean;
  options?: { label: string; value: string | number }[];
  [option: string]: unknown;
}

export interface Choice {
  value: string | number;
  label: string;
}

/** What the content has now, for choices and for one collection per plan edition. */
export interface EditorContent {
  /** Plan editions (folder names under content/editions/), newest first. */
  editions: EditionChoices[];
  glossary: Choice[];
}

export interface EditionChoices {
  id: string;
  sections: Choice[];
  goals: Choice[];
  activities: Choice[];
  lists: Choice[];
  references: Choice[];
  semesters: Choice[];
}

/** The schema of each file the editor writes, by a name the tests and the words use. */
export const EDITOR_FILES = {
  ...Object.fromEntries(Object.entries(EDITION_PARTS).map(([part, { file, schema }]) => [part, { file, schema }])),
  school: SCHOOL_FILE,
  site: SITE_FILE,
  participation: PARTICIPATION_FILE,
  glossary: GLOSSARY_FILE,
  search: SEARCH_FILE,
  questions: { file: 'questions/<lang>/<id>.mdx', schema: questionSchema },
  pages: { file: 'pages/<lang>/<id>.md', schema: pageSchema },
} as unknown as Record<
  EditionPart | 'school' | 'site' | 'participation' | 'glossary' | 'search' | 'questions' | 'pages',
  { file: string; schema: z.ZodType }
>;

/** Fields whose text is long enough for a box of several lines. */
const LONG_TEXT = new Set(['text', 'description', 'definition', 'disclaimer', 'summary', 'reason', 'note', 'source', 'result']);

interface Walk {
  /** The file's kind (a key of EDITOR_FILES), for "<file>.<field>" words and choices. */
  kind: string;
  edition?: EditionChoices;
  content: EditorContent;
  language: Locale;
  /** Field names from the file's top down. */
  path: string[];
  /** Inside a question or page: Sveltia keeps one value per language. */
  translated: boolean;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/nullable/default wrappers, and whether a value may be left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; nullable: boolean } {
  let inner = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else return { inner, optional, nullable };
    inner = def.innerType as z.ZodType;
  }
}

function isLocalized(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type !== 'object') return false;
  const keys = Object.keys(def.shape as object);
  return keys.length === LOCALES.length && LOCALES.every((l) => keys.includes(l));
}

function words(walk: Walk, name: string, schema?: z.ZodType): FieldWords | undefined {
  const parent = walk.path.at(-2);
  return (
    FIELD_WORDS[`${walk.kind}.${name}`] ?? (parent ? FIELD_WORDS[`${parent}.${name}`] : undefined) ?? FIELD_WORDS[name] ?? described(schema)
  );
}

/** A schema's own words, where it says them as "Latviski | In English" (.describe()), on it or under its wrappers. */
function described(schema: z.ZodType | undefined): FieldWords | undefined {
  for (let s = schema; s;) {
    const [lv, en] = (s.description ?? '').split(' | ');
    if (lv && en) return { label: { lv, en } };
    const def = defOf(s);
    s = (def.innerType ?? def.in) as z.ZodType | undefined;
  }
  return undefined;
}

/** Choices for ids that refer to other content, by file kind and field. */
function choicesFor(walk: Walk, name: string): Choice[] | undefined {
  const edition = walk.edition;
  if (name === 'terms') return walk.content.glossary;
  if (!edition) return undefined;
  if (name === 'section') return edition.sections;
  if (name === 'goal' && walk.kind === 'needs') return edition.goals;
  if (name === 'activity' && walk.kind === 'table') return edition.activities;
  if (name === 'references' && walk.kind !== 'glossary') return edition.references;
  return undefined;
}

function field(walk: Walk, name: string, schema: z.ZodType): EditorField {
  const { inner, optional, nullable } = unwrap(schema);
  const here: Walk = { ...walk, path: [...walk.path, name] };
  const said = words(here, name, schema);
  const out: EditorField = {
    name,
    label: said?.label[walk.language] ?? name,
    widget: 'string',
    ...(said?.hint && { hint: said.hint[walk.language] }),
    ...((optional || nullable) && { required: false }),
  };
  if (walk.translated) out.i18n = isTranslated(inner) ? true : 'duplicate';
  const def = defOf(inner);
  const choices = choicesFor(here, name);
  switch (def.type) {
    case 'string':
      if (def.format === 'date') return { ...out, widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
      // A text the schema lets be empty ("" where not known).
      if (!(def.checks as unknown[] | undefined)?.length && !def.format) out.required = false;
      if (choices) return { ...out, widget: 'select', options: choices };
      if (LONG_TEXT.has(name)) return { ...out, widget: 'text' };
      if (def.format === 'url') return { ...out, type: 'url' };
      if (def.format === 'email') return { ...out, type: 'email' };
      return out;
    case 'number':
      if (choices) return { ...out, widget: 'select', options: choices };
      return { ...out, widget: 'number', value_type: 'int' };
    case 'boolean':
      return { ...out, widget: 'boolean' };
    case 'date':
      return { ...out, widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
    case 'enum':
      return { ...out, widget: 'select', options: Object.values(def.entries as object).map((v: string) => ({ label: v, value: v })) };
    case 'array': {
      const element = unwrap(def.element as z.ZodType).inner;
      const elementDef = defOf(element);
      if (choices) return { ...out, widget: 'select', multiple: true, options: choices };
      if (elementDef.type === 'enum') {
        return {
          ...out,
          widget: 'select',
          multiple: true,
          options: Object.values(elementDef.entries as object).map((v: string) => ({ label: v, value: v })),
        };
      }
      if (elementDef.type === 'object') {
        const fields = objectFields(here, element);
        return { ...out, widget: 'list', fields, collapsed: 'auto', ...(summaryOf(fields) && { summary: summaryOf(fields) }) };
      }
      if (elementDef.type === 'number')
        return { ...out, widget: 'list', field: { name: 'number', label: out.label, widget: 'number', value_type: 'int' } };
      // Strings: one a line.
      return { ...out, widget: 'list' };
    }
    case 'object':
      return { ...out, widget: 'object', fields: objectFields(here, inner), ...(!isLocalized(inner) && { collapsed: 'auto' }) };
    case 'record': {
      // Table 1.1's counts: one number per semester of the table (empty = "to be confirmed").
      const value = unwrap(def.valueType as z.ZodType);
      const semesters = walk.edition?.semesters ?? [];
      const sub = (choice: Choice): EditorField => ({
        name: String(choice.value),
        label: choice.label,
        widget: defOf(value.inner).type === 'number' ? 'number' : 'string',
        ...(defOf(value.inner).type === 'number' && { value_type: 'int', min: 0 }),
        ...(value.nullable && { required: false }),
      });
      if (walk.kind === 'table' && semesters.length) return { ...out, widget: 'object', fields: semesters.map(sub) };
      return { ...out, widget: 'keyvalue' };
    }
    case 'pipe': {
      // A day written YYYY-MM-DD and read as a date (the check sees it as written).
      const input = defOf(def.in as z.ZodType);
      if (input.type === 'string')
        return { ...out, widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
      return field(walk, name, def.in as z.ZodType);
    }
    default:
      throw new Error(`The editor has no field for a schema of type "${def.type}" (${walk.kind} → ${here.path.join('.')}).`);
  }
}

/** In a question or page, texts differ per language; ids, numbers and choices are the same in both. */
function isTranslated(inner: z.ZodType): boolean {
  if (inner === idSchema) return false;
  const def = defOf(inner);
  if (def.type === 'string' || def.type === 'date' || def.type === 'pipe') return true;
  if (def.type === 'array') {
    const element = unwrap(def.element as z.ZodType).inner;
    return element !== idSchema && defOf(element).type === 'string';
  }
  return false;
}

function objectFields(walk: Walk, schema: z.ZodType): EditorField[] {
  const shape = defOf(schema).shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, sub]) => field(walk, name, sub));
}

/** A collapsed list item is shown by its id (and its Latvian text), like the content check names it. */
function summaryOf(fields: EditorField[]): string | undefined {
  const names = fields.map((f) => f.name);
  const key = names.find((n) => n === 'id' || n === 'number' || n === 'activity');
  const text = names.find((n) => ['title', 'text', 'term', 'label'].includes(n));
  if (!key && !text) return undefined;
  return [key && `{{fields.${key}}}`, text && `{{fields.${text}.${DEFAULT_LOCALE}}}`].filter(Boolean).join(' — ');
}

/** The fields of a JSON file: an array file is one list at the file's root. */
function fileFields(walk: Walk, schema: z.ZodType): EditorField[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'array')
    return [
      {
        ...field(walk, 'entries', inner),
        root: true,
        label: COLLECTION_WORDS[walk.kind as keyof typeof COLLECTION_WORDS]?.label[walk.language] ?? walk.kind,
      },
    ];
  return objectFields(walk, inner);
}

const bodyField = (walk: Walk, name: string, components: string[]): EditorField => ({
  name: 'body',
  label: (FIELD_WORDS[`${walk.kind}.body`] ?? FIELD_WORDS.body)!.label[walk.language],
  widget: 'markdown',
  i18n: true,
  ...(components.length && { editor_components: components }),
  modes: name === 'pages' ? ['raw', 'rich_text'] : ['rich_text', 'raw'],
});

/**
 * Parts of an edition the plan's file collection leaves out: edition.json is the "plan periods" collection
 * (where a new period is made), and repairs.json is the record of the extraction repairs made to the
 * school's source text (source.lv.txt), kept by whoever repairs that text, not by the editors.
 */
export const NOT_IN_PLAN_FILES: readonly EditionPart[] = ['meta', 'repairs'];

/** The name of the editor component for <List id="…" /> (registered by the editor's page script). */
export const LIST_COMPONENT = 'list';

/**
 * The whole configuration. `backend` is the editor's storage: the project folder on this computer
 * ("Work with Local Repository"), chosen once in the browser; nothing goes to GitHub.
 */
export function editorConfig(content: EditorContent, language: Locale = DEFAULT_LOCALE): Record<string, unknown> {
  const say = (key: keyof typeof COLLECTION_WORDS) => COLLECTION_WORDS[key].label[language];
  const walk = (kind: string, edition?: EditionChoices, translated = false): Walk => ({
    kind,
    edition,
    content,
    language,
    path: [],
    translated,
  });
  const collections: Record<string, unknown>[] = [];
  const i18n = { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE };

  for (const edition of content.editions) {
    const years = edition.id.replace('-', '–');
    const folder = `content/editions/${edition.id}`;
    collections.push({
      name: `questions-${edition.id}`,
      label: `${say('questions')} ${years}`,
      label_singular: say('question'),
      icon: 'quiz',
      folder: `${folder}/questions`,
      extension: 'mdx',
      format: 'frontmatter',
      i18n,
      // The file name is the question's id in both languages: typed when the question is made, then kept.
      slug: { editable: ['create'] },
      identifier_field: 'title',
      summary: '{{order}}. {{title}}',
      sortable_fields: { fields: ['section', 'order', 'title'], default: { field: 'section' } },
      view_groups: [{ label: say('sections').toString(), field: 'section' }],
      media_folder: `/${folder}/images`,
      public_folder: '../../images',
      fields: [
        ...objectFields(walk('questions', edition, true), questionSchema),
        bodyField(walk('questions', edition, true), 'questions', [LIST_COMPONENT, 'image']),
      ],
    });
    const parts = (Object.keys(EDITION_PARTS) as EditionPart[]).filter((part) => !NOT_IN_PLAN_FILES.includes(part));
    collections.push({
      name: `plan-${edition.id}`,
      label: `${say('plan')} ${years}`,
      icon: 'description',
      files: parts.map((part) => ({
        name: part,
        label: say(part as keyof typeof COLLECTION_WORDS),
        file: `${folder}/${EDITION_PARTS[part].file}`,
        format: 'json',
        fields: fileFields(walk(part, edition), EDITION_PARTS[part].schema),
      })),
    });
  }

  collections.push({
    name: 'editions',
    label: say('editions'),
    label_singular: say('edition'),
    description: COLLECTION_WORDS.editionHint.label[language],
    icon: 'calendar_month',
    folder: 'content/editions',
    path: '{{slug}}/edition',
    format: 'json',
    extension: 'json',
    slug: '{{period.start}}-{{period.end}}',
    identifier_field: 'title',
    summary: `{{period.start}}–{{period.end}}: {{title.${DEFAULT_LOCALE}}}`,
    delete: false,
    fields: objectFields(walk('meta', content.editions[0]), EDITION_PARTS.meta.schema),
  });

  collections.push({
    name: 'site',
    label: say('shared'),
    icon: 'school',
    files: (['school', 'site', 'participation', 'glossary', 'search'] as const).map((kind) => ({
      name: kind,
      label: say(kind),
      file: `content/${EDITOR_FILES[kind].file}`,
      format: 'json',
      fields: fileFields(walk(kind, content.editions[0]), EDITOR_FILES[kind].schema),
    })),
  });

  collections.push({
    name: 'pages',
    label: say('pages'),
    label_singular: say('pageEntry'),
    icon: 'article',
    folder: 'content/pages',
    extension: 'md',
    format: 'frontmatter',
    i18n,
    slug: { editable: ['create'] },
    identifier_field: 'title',
    fields: [...objectFields(walk('pages', undefined, true), pageSchema), bodyField(walk('pages', undefined, true), 'pages', [])],
  });

  return {
    // The project folder on this computer, opened in Chrome or Edge ("Work with Local Repository").
    backend: { name: 'github', repo: 'local/project', branch: 'main' },
    app_title: say('plan'),
    media_folder: 'content/images',
    i18n,
    // JSON as the project writes it (2 spaces). A field left empty is left out of the file: the schemas read an
    // omitted optional field, an omitted "not known" value (null) and an omitted Table 1.1 figure as not given.
    output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } },
    collections,
  };
}
