/**
 * The content check: reads all of content/, validates every file against its schema, then checks
 * cross-references, translation parity and Table 1.1's figures. Every problem names the file and field.
 * Used by `npm run check`, by the build (which refuses to start on errors) and by the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  ContentFileError,
  type ContentIssue,
  displayPath,
  editionFile,
  type EditionFileKind,
  glossaryFile,
  listEditions,
  listQuestionFiles,
  readJson,
  readQuestionFile,
  contentDir,
} from './files.ts';
import { describeIssue, fieldPath } from './issues.ts';
import {
  activitySchema,
  editionSchema,
  glossaryTermSchema,
  goalSchema,
  idSchema,
  listSchema,
  LOCALES,
  type Locale,
  needSchema,
  pageSchema,
  questionSchema,
  referenceSchema,
  repairSchema,
  sectionSchema,
  tableSchema,
  type Activity,
  type Edition,
  type GlossaryTerm,
  type Goal,
  type List,
  type Need,
  type QuestionFrontmatter,
  type Reference,
  type Repair,
  type Section,
  type Table,
} from './schemas.ts';
import { missingFigures } from '../table.ts';
import { readLock, translationStatus, translationUnits, translationWarnings } from './translations.ts';
import { mdxProblems } from './mdx.ts';

export interface QuestionEntry extends QuestionFrontmatter {
  id: string;
  file: string;
  body: string;
}

export interface EditionContent {
  id: string;
  edition: Edition;
  sections: Section[];
  needs: Need[];
  goals: Goal[];
  activities: Activity[];
  lists: List[];
  references: Reference[];
  table: Table;
  repairs: Repair[];
  questions: Record<Locale, QuestionEntry[]>;
}

export interface ContentReport {
  editions: EditionContent[];
  glossary: GlossaryTerm[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

export interface CheckOptions {
  /** Treat missing Table 1.1 figures as errors (staff's "is everything filled in?" check). */
  strict?: boolean;
  root?: string;
}

/** Component names an answer may use for lists kept as data, and the ids they take besides lists.json's. */
const DATA_LISTS = ['needs', 'goals', 'activities'] as const;
const LIST_TAG = /<List\s+id=["']([^"']*)["']\s*\/>/g;
const CITATION = /\[(\d+)\]/g;

export function checkContent(options: CheckOptions = {}): ContentReport {
  const root = options.root ?? contentDir();
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];

  function parseFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    let data: unknown;
    try {
      data = readJson(file);
    } catch (error) {
      if (error instanceof ContentFileError) errors.push(error.issue);
      else throw error;
      return undefined;
    }
    return parseData(displayPath(file), data, schema, '');
  }

  function parseData<S extends z.ZodType>(file: string, data: unknown, schema: S, prefix: string): z.infer<S> | undefined {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = fieldPath(issue.path, data);
      errors.push({ file, field: field ? prefix + field : prefix.replace(/:\s*$/, ''), message: describeIssue(issue) });
    }
    return undefined;
  }

  const glossaryParsed = parseFile(glossaryFile(root), z_array(glossaryTermSchema));
  const glossary = glossaryParsed ?? [];
  reportDuplicates(glossary.map((t) => t.id), displayPath(glossaryFile(root)), 'id', errors);
  // Terms named in answers are checked against the ids written in the file even when one entry is broken,
  // so a single mistake there is reported once, not again in every answer.
  const termIds = glossaryParsed ? glossary.map((t) => t.id) : rawIds(glossaryFile(root));

  const editionIds = listEditions(root);
  if (editionIds.length === 0) {
    errors.push({ file: displayPath(`${root}/editions`), field: '', message: 'no plan edition found (expected a folder such as content/editions/2020-2022/)' });
  }

  const editions: EditionContent[] = [];
  for (const id of editionIds) {
    if (!/^\d{4}-\d{4}$/.test(id)) {
      errors.push({ file: displayPath(path.join(root, 'editions', id)), field: '', message: 'edition folders are named by their years, e.g. "2023-2027" (the newest by name becomes the site)' });
      continue;
    }
    const file = (kind: EditionFileKind) => editionFile(id, kind, root);
    const parsed = {
      edition: parseFile(file('edition'), editionSchema),
      sections: parseFile(file('sections'), z_array(sectionSchema)),
      needs: parseFile(file('needs'), z_array(needSchema)),
      goals: parseFile(file('goals'), z_array(goalSchema)),
      activities: parseFile(file('activities'), z_array(activitySchema)),
      lists: parseFile(file('lists'), z_array(listSchema)),
      references: parseFile(file('references'), z_array(referenceSchema)),
      table: parseFile(file('table'), tableSchema),
      repairs: parseFile(file('repairs'), z_array(repairSchema)),
    };
    for (const kind of ['sections', 'needs', 'goals', 'activities', 'lists', 'repairs'] as const) {
      reportDuplicates((parsed[kind] ?? []).map((e) => e.id), displayPath(file(kind)), 'id', errors);
    }
    reportDuplicates((parsed.references ?? []).map((r) => String(r.number)), displayPath(file('references')), 'number', errors);

    const questions: Record<Locale, QuestionEntry[]> = { lv: [], en: [] };
    /** Question files present per language, valid or not: translation parity is about files. */
    const present: Record<Locale, Map<string, string>> = { lv: new Map(), en: new Map() };
    for (const { file: qFile, locale } of listQuestionFiles(id, root)) {
      const shown = displayPath(qFile);
      if (!(LOCALES as readonly string[]).includes(locale)) {
        errors.push({ file: shown, field: '', message: `is in an unknown language folder "${locale}" (expected one of ${LOCALES.join(', ')})` });
        continue;
      }
      const questionId = path.basename(qFile).replace(/\.mdx?$/, '');
      present[locale as Locale].set(questionId, shown);
      if (!idSchema.safeParse(questionId).success) {
        errors.push({ file: shown, field: 'file name', message: 'is the question\'s id in links (#id): use lower-case letters, digits and hyphens, no spaces or accents (e.g. "how-to-apply.mdx")' });
        continue;
      }
      try {
        const raw = readQuestionFile(qFile, id, locale);
        for (const problem of mdxProblems(raw.body)) errors.push({ file: shown, field: problem.line ? `body (line ${problem.line + bodyLineOffset(qFile)})` : 'body', message: problem.message });
        const frontmatter = parseData(shown, raw.frontmatter ?? {}, questionSchema, 'front matter: ');
        if (frontmatter) questions[locale as Locale].push({ ...frontmatter, id: raw.id, file: shown, body: raw.body });
      } catch (error) {
        if (error instanceof ContentFileError) errors.push(error.issue);
        else throw error;
      }
    }

    const complete =
      parsed.edition && parsed.sections && parsed.needs && parsed.goals && parsed.activities && parsed.lists && parsed.references && parsed.table && parsed.repairs;
    if (!complete) continue; // the schema errors above already say what is wrong; cross-references would only repeat them
    const content: EditionContent = { id, ...parsed, questions } as EditionContent;
    if (present.lv.size === 0) errors.push({ file: displayPath(path.join(root, 'editions', id, 'questions', 'lv')), field: '', message: 'has no questions: every edition needs its questions in Latvian and English' });
    for (const locale of LOCALES) {
      const other = LOCALES.find((l) => l !== locale)!;
      for (const [qid, shown] of present[locale]) {
        if (!present[other].has(qid)) {
          errors.push({ file: shown, field: '', message: `has no ${other === 'lv' ? 'Latvian' : 'English'} version (expected ${shown.replace(`/questions/${locale}/`, `/questions/${other}/`)})` });
        }
      }
    }
    checkCrossReferences(content, termIds, root, errors);
    for (const missing of missingFigures(content.table)) {
      (options.strict ? errors : warnings).push({
        file: displayPath(file('table')),
        field: `rows[${missing.row}] (${missing.activity}).counts.${missing.semester}`,
        message: 'participant count is not known yet (null): shown as "tiks precizēts / to be confirmed"',
      });
    }
    content.questions.lv.sort(byOrder);
    content.questions.en.sort(byOrder);
    editions.push(content);
  }
  checkPages(root, errors);
  const report = { editions, glossary, errors, warnings };
  warnings.push(...translationWarnings(translationStatus(translationUnits(report, root), readLock(root))));
  return report;
}

/** Stand-alone pages (content/pages/<lang>/<page>.md): valid front matter, every page in both languages. */
const REQUIRED_PAGES = ['accessibility'];
function checkPages(root: string, errors: ContentIssue[]): void {
  const names = new Set(REQUIRED_PAGES);
  for (const locale of LOCALES) {
    const dir = path.join(root, 'pages', locale);
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (/\.mdx?$/.test(f)) names.add(f.replace(/\.mdx?$/, ''));
  }
  for (const name of names) {
    for (const locale of LOCALES) {
      const file = ['md', 'mdx'].map((ext) => path.join(root, 'pages', locale, `${name}.${ext}`)).find((f) => existsSync(f));
      if (!file) {
        errors.push({ file: displayPath(path.join(root, 'pages', locale, `${name}.md`)), field: '', message: 'is missing: every page exists in Latvian and English' });
        continue;
      }
      try {
        const raw = readQuestionFile(file, '', locale);
        const result = pageSchema.safeParse(raw.frontmatter ?? {}, { reportInput: true });
        if (!result.success) for (const issue of result.error.issues) errors.push({ file: displayPath(file), field: `front matter: ${fieldPath(issue.path)}`, message: describeIssue(issue) });
      } catch (error) {
        if (error instanceof ContentFileError) errors.push(error.issue);
        else throw error;
      }
    }
  }
}

function byOrder(a: QuestionEntry, b: QuestionEntry): number {
  return a.section === b.section ? a.order - b.order : 0;
}

// A named helper keeps the schema lists above readable.
function z_array<S extends z.ZodType>(schema: S) {
  return schema.array();
}

function reportDuplicates(ids: string[], file: string, field: string, errors: ContentIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ file, field: `[${i}].${field}`, message: `"${id}" is used twice; each ${field} must be unique` });
    seen.add(id);
  });
}

function oneOf(values: readonly (string | number)[]): string {
  return values.length ? values.map((v) => JSON.stringify(v)).join(', ') : '(none defined)';
}

function checkCrossReferences(c: EditionContent, termIds: string[], root: string, errors: ContentIssue[]): void {
  const file = (kind: EditionFileKind) => displayPath(editionFile(c.id, kind, root));
  const referenceNumbers = c.references.map((r) => r.number);
  const checkRefs = (refs: number[], where: string, field: string) =>
    refs.forEach((n, i) => {
      if (!referenceNumbers.includes(n)) errors.push({ file: where, field: `${field}[${i}]`, message: `unknown reference ${n} (expected one of ${oneOf(referenceNumbers)})` });
    });

  // Needs and goals: each need names its goal, and every goal answers exactly one need.
  const goalIds = c.goals.map((g) => g.id);
  c.needs.forEach((need, i) => {
    if (!goalIds.includes(need.goal)) errors.push({ file: file('needs'), field: `[${i}] (${need.id}).goal`, message: `unknown goal "${need.goal}" (expected one of ${oneOf(goalIds)})` });
    checkRefs(need.references, file('needs'), `[${i}] (${need.id}).references`);
  });
  c.goals.forEach((goal, i) => {
    const pairs = c.needs.filter((n) => n.goal === goal.id).length;
    if (pairs !== 1) errors.push({ file: file('goals'), field: `[${i}] (${goal.id})`, message: `is the goal of ${pairs} needs; the plan pairs each need with exactly one goal` });
    checkRefs(goal.references, file('goals'), `[${i}] (${goal.id}).references`);
  });
  c.activities.forEach((a, i) => checkRefs(a.references, file('activities'), `[${i}] (${a.id}).references`));
  c.lists.forEach((list, i) => list.items.forEach((item, j) => checkRefs(item.references, file('lists'), `[${i}] (${list.id}).items[${j}].references`)));

  // Table 1.1: rows are activities, and every semester has an explicit value (a number or null).
  const activityIds = c.activities.map((a) => a.id);
  const semesterIds = c.table.semesters.map((s) => s.id);
  reportDuplicates(semesterIds, file('table'), 'semesters.id', errors);
  reportDuplicates(c.table.rows.map((r) => r.activity), file('table'), 'rows.activity', errors);
  c.table.rows.forEach((row, i) => {
    if (!activityIds.includes(row.activity)) errors.push({ file: file('table'), field: `rows[${i}].activity`, message: `unknown activity "${row.activity}" (expected one of ${oneOf(activityIds)})` });
    for (const semester of semesterIds) {
      if (!(semester in row.counts)) errors.push({ file: file('table'), field: `rows[${i}] (${row.activity}).counts.${semester}`, message: 'is missing: write the number of participants, or null while it is not known' });
    }
    for (const key of Object.keys(row.counts)) {
      if (!semesterIds.includes(key)) errors.push({ file: file('table'), field: `rows[${i}] (${row.activity}).counts.${key}`, message: `unknown semester "${key}" (expected one of ${oneOf(semesterIds)})` });
    }
  });
  for (const activity of activityIds) {
    if (!c.table.rows.some((r) => r.activity === activity)) errors.push({ file: file('table'), field: 'rows', message: `has no row for activity "${activity}" (every planned activity is a row of Table 1.1)` });
  }

  // Questions: sections, references, glossary terms and lists they use exist; every question exists in both languages.
  const sectionIds = c.sections.map((s) => s.id);
  const listIds = [...DATA_LISTS, ...c.lists.map((l) => l.id)];
  for (const locale of LOCALES) {
    for (const q of c.questions[locale]) {
      if (!sectionIds.includes(q.section)) errors.push({ file: q.file, field: 'front matter: section', message: `unknown section "${q.section}" (expected one of ${oneOf(sectionIds)})` });
      checkRefs(q.references, q.file, 'front matter: references');
      q.terms.forEach((t, i) => {
        if (!termIds.includes(t)) errors.push({ file: q.file, field: `front matter: terms[${i}]`, message: `unknown glossary term "${t}" (expected one of ${oneOf(termIds)})` });
      });
      for (const [, n] of q.body.matchAll(CITATION)) {
        if (!referenceNumbers.includes(Number(n))) errors.push({ file: q.file, field: 'body', message: `cites [${n}], but there is no reference ${n} (expected one of ${oneOf(referenceNumbers)})` });
        else if (!q.references.includes(Number(n))) errors.push({ file: q.file, field: 'front matter: references', message: `must list ${n}: the answer cites [${n}]` });
      }
      for (const [, listId] of q.body.matchAll(LIST_TAG)) {
        if (!listIds.includes(listId!)) errors.push({ file: q.file, field: 'body', message: `<List id="${listId}" /> names an unknown list (expected one of ${oneOf(listIds)})` });
      }
      const others = c.questions[locale].filter((o) => o.section === q.section && o.order === q.order && o.id !== q.id);
      if (others.length) errors.push({ file: q.file, field: 'front matter: order', message: `${q.order} is also used by ${others.map((o) => o.file).join(', ')} in section "${q.section}"` });
    }
  }
  // The English follows the Latvian in where it stands and what it cites (missing files are reported above).
  for (const q of c.questions.lv) {
    const twin = c.questions.en.find((o) => o.id === q.id);
    if (!twin) continue;
    if (twin.section !== q.section || twin.order !== q.order) {
      errors.push({ file: twin.file, field: 'front matter: section/order', message: `must match the Latvian version (${q.section}, ${q.order})` });
    }
    const same = (a: readonly (string | number)[], b: readonly (string | number)[]) => [...a].sort().join() === [...b].sort().join();
    if (!same(twin.references, q.references)) errors.push({ file: twin.file, field: 'front matter: references', message: `must match the Latvian version ([${q.references.join(', ')}])` });
    if (!same(twin.terms, q.terms)) errors.push({ file: twin.file, field: 'front matter: terms', message: `must match the Latvian version ([${q.terms.join(', ')}])` });
  }
}

/** ids written in an array file, read leniently (for cross-references when the file has errors). */
function rawIds(file: string): string[] {
  try {
    const data = readJson(file);
    return Array.isArray(data) ? data.map((d) => (d as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Lines before an MDX body (its front matter), so body line numbers match the file. */
function bodyLineOffset(file: string): number {
  const raw = readFileSync(file, 'utf8');
  const end = raw.indexOf('\n---', 3);
  return end < 0 ? 0 : raw.slice(0, end).split('\n').length + 1;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.field ? ` → ${issue.field}` : ''}: ${issue.message}`;
}
