/**
 * The content reader: the one code path that turns content/ into data. Every file is read once and parsed
 * with its schema; a file that cannot be read or parsed is reported (file and field) and left out, and the
 * rules (rules.ts) skip whatever depends on it, so one mistake gives one message.
 *
 * The result is a ContentSource: what was read, including the parts of an edition that failed. The model
 * (model.ts) is made from it with `toModel()`, holding only editions whose every file was read.
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { isLocale, LOCALES, perLocale, type Locale } from '../locales.ts';
import { ContentFileError, contentDir, displayPath, fileId, markdownFiles, readJson, readMarkdownFile, subfolders } from './files.ts';
import { type ContentIssue, schemaIssues } from './issues.ts';
import { parseAnswer } from './mdx.ts';
import { byEditionId, type ContentModel, type Page, type PlanEdition, type Question } from './model.ts';
import {
  EDITION_PARTS,
  type EditionPart,
  type EditionParts,
  GLOSSARY_FILE,
  type GlossaryTerm,
  SCHOOL_FILE,
  type School,
  SEARCH_FILE,
  type SearchTeaching,
  idSchema,
  pageSchema,
  questionSchema,
  translationLockSchema,
  type TranslationLock,
} from './schemas.ts';

export interface EditionSource {
  id: string;
  /** Each part's file, as shown to editors. */
  files: Record<EditionPart, string>;
  /** The parts that were read and are valid; a missing key means its file was reported. */
  parts: Partial<EditionParts>;
  /** Answers with valid front matter, per language, in file-name order. */
  questions: Record<Locale, Question[]>;
  /** Every answer file present per language (id → file), valid or not: translation parity is about files. */
  questionFiles: Record<Locale, Map<string, string>>;
  /** Where the answers of each language are (or would be), for messages about missing ones. */
  questionDirs: Record<Locale, string>;
  /** The school's own text of the plan, where the edition keeps it (source.lv.txt): what the content must contain. */
  sourceText?: string;
}

export interface ContentSource {
  root: string;
  /** Editions whose folder is named by its years, oldest first. */
  editions: EditionSource[];
  glossary?: GlossaryTerm[];
  glossaryFile: string;
  school?: School;
  /** content/search.json: how readers ask (optional file). */
  search?: SearchTeaching;
  pages: Page[];
  /** Every page file present per language (id → file). */
  pageFiles: Record<Locale, Map<string, string>>;
  /** Where the pages of each language are (or would be). */
  pageDirs: Record<Locale, string>;
  translations?: TranslationLock;
  translationsFile: string;
}

export interface ReadResult {
  source: ContentSource;
  issues: ContentIssue[];
}

/** The plan as the school wrote it, kept beside the edition made from it (the fidelity test compares the two). */
const SOURCE_TEXT_FILE = 'source.lv.txt';


export function readContent(root = contentDir()): ReadResult {
  const issues: ContentIssue[] = [];

  /** Reads a JSON file and parses it with its schema; undefined (and reported) when either fails. */
  function readData<S extends z.ZodType>(file: string, schema: S, optional = false): z.infer<S> | undefined {
    if (optional && !existsSync(file)) return undefined;
    let data: unknown;
    try {
      data = readJson(file);
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      issues.push(error.issue);
      return undefined;
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return result.data;
    issues.push(...schemaIssues(displayPath(file), data, result.error));
    return undefined;
  }

  /** Front matter + body of a Markdown file, or undefined (and reported). */
  function readMarkdown<S extends z.ZodType>(file: string, schema: S) {
    try {
      const raw = readMarkdownFile(file);
      const result = schema.safeParse(raw.frontmatter, { reportInput: true });
      if (!result.success) {
        issues.push(...schemaIssues(displayPath(file), raw.frontmatter, result.error, 'front matter: '));
        return undefined;
      }
      return { data: result.data as z.infer<S>, body: raw.body, bodyLineOffset: raw.bodyLineOffset };
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      issues.push(error.issue);
      return undefined;
    }
  }

  function readEdition(id: string): EditionSource {
    const dir = path.join(root, 'editions', id);
    const files = Object.fromEntries(Object.entries(EDITION_PARTS).map(([part, spec]) => [part, displayPath(path.join(dir, spec.file))])) as Record<EditionPart, string>;
    const parts: Partial<EditionParts> = {};
    for (const [part, spec] of Object.entries(EDITION_PARTS) as [EditionPart, (typeof EDITION_PARTS)[EditionPart]][]) {
      const file = path.join(dir, spec.file);
      // An optional part whose file is absent is empty.
      const data = 'optional' in spec && !existsSync(file) ? (spec.schema as z.ZodType).parse([]) : readData(file, spec.schema);
      if (data !== undefined) (parts as Record<string, unknown>)[part] = data;
    }
    const questions = perLocale<Question[]>(() => []);
    const questionFiles = perLocale(() => new Map<string, string>());
    const questionsDir = path.join(dir, 'questions');
    for (const folder of subfolders(questionsDir)) {
      for (const file of markdownFiles(path.join(questionsDir, folder))) {
        const shown = displayPath(file);
        if (!isLocale(folder)) {
          issues.push({ file: shown, field: '', message: `is in an unknown language folder "${folder}" (expected one of ${LOCALES.join(', ')})` });
          continue;
        }
        const questionId = fileId(file);
        questionFiles[folder].set(questionId, shown);
        if (!idSchema.safeParse(questionId).success) {
          issues.push({ file: shown, field: 'file name', message: 'is the question\'s id in links (#id): use lower-case letters, digits and hyphens, no spaces or accents (e.g. "how-to-apply.md")' });
          continue;
        }
        const read = readMarkdown(file, questionSchema);
        if (!read) continue;
        const format = file.endsWith('.mdx') ? 'mdx' : 'md';
        const parsed = parseAnswer(read.body, format);
        for (const problem of parsed.problems) {
          issues.push({ file: shown, field: `line ${problem.line + read.bodyLineOffset}`, message: problem.message });
        }
        if (parsed.problems.length) continue;
        const { blocks, lists, citations } = parsed;
        questions[folder].push({ ...read.data, id: questionId, editionId: id, locale: folder, file: shown, body: read.body, format, blocks, lists, citations });
      }
    }
    const sourceFile = path.join(dir, SOURCE_TEXT_FILE);
    const sourceText = existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : undefined;
    return { id, files, parts, questions, questionFiles, questionDirs: perLocale((l) => displayPath(path.join(questionsDir, l))), sourceText };
  }

  const editions: EditionSource[] = [];
  const editionsDir = path.join(root, 'editions');
  const folders = subfolders(editionsDir);
  if (folders.length === 0) {
    issues.push({ file: displayPath(editionsDir), field: '', message: 'no plan edition found (expected a folder such as content/editions/2020-2022/)' });
  }
  for (const id of folders) {
    if (!/^\d{4}-\d{4}$/.test(id)) {
      issues.push({ file: displayPath(path.join(editionsDir, id)), field: '', message: 'edition folders are named by their years, e.g. "2023-2027" (the newest by name becomes the site)' });
      continue;
    }
    editions.push(readEdition(id));
  }
  editions.sort(byEditionId);

  const school = readData(path.join(root, SCHOOL_FILE.file), SCHOOL_FILE.schema);
  const glossaryFile = path.join(root, GLOSSARY_FILE.file);
  const glossary = readData(glossaryFile, GLOSSARY_FILE.schema);
  const search = readData(path.join(root, SEARCH_FILE.file), SEARCH_FILE.schema, true);

  const pages: Page[] = [];
  const pageFiles = perLocale(() => new Map<string, string>());
  const pagesDir = path.join(root, 'pages');
  for (const locale of LOCALES) {
    for (const file of markdownFiles(path.join(pagesDir, locale))) {
      if (file.endsWith('.mdx')) {
        issues.push({ file: displayPath(file), field: 'file name', message: 'pages are Markdown files: rename it to end in .md' });
        continue;
      }
      const id = fileId(file);
      pageFiles[locale].set(id, displayPath(file));
      const read = readMarkdown(file, pageSchema);
      if (read) pages.push({ ...read.data, id, locale, file: displayPath(file), body: read.body });
    }
  }

  const translationsFile = path.join(root, 'translations.json');
  const translations = readData(translationsFile, translationLockSchema, true) ?? (existsSync(translationsFile) ? undefined : {});

  return {
    source: {
      root,
      editions,
      glossary,
      glossaryFile: displayPath(glossaryFile),
      school,
      search,
      pages,
      pageFiles,
      pageDirs: perLocale((l) => displayPath(path.join(pagesDir, l))),
      translations,
      translationsFile: displayPath(translationsFile),
    },
    issues,
  };
}

/** A complete edition: every part was read. */
function completeEdition(source: EditionSource): PlanEdition | undefined {
  const parts = source.parts;
  const missing = (Object.keys(EDITION_PARTS) as EditionPart[]).some((part) => parts[part] === undefined);
  if (missing) return undefined;
  const sectionIndex = new Map((parts.sections ?? []).map((s, i) => [s.id, i]));
  const inReadingOrder = (list: Question[]) =>
    [...list].sort((a, b) => (sectionIndex.get(a.section) ?? Infinity) - (sectionIndex.get(b.section) ?? Infinity) || a.order - b.order);
  return {
    ...(parts as EditionParts),
    id: source.id,
    sourceText: source.sourceText,
    questions: perLocale((l) => inReadingOrder(source.questions[l])),
  };
}

/** The model of what was read: complete editions only (the check reports why any other is left out). */
export function toModel(source: ContentSource): ContentModel {
  return {
    editions: source.editions.map(completeEdition).filter((e): e is PlanEdition => e !== undefined),
    glossary: source.glossary ?? [],
    // Without content/search.json: no synonyms, no names (the schema's defaults).
    search: source.search ?? SEARCH_FILE.schema.parse({}),
    pages: source.pages,
    // Without school.json the check has reported it and nothing is built; the model still needs a value.
    school: source.school ?? { name: { lv: '', en: '' }, shortName: { lv: '', en: '' }, website: null, accessibilityContact: null, contact: {} },
  };
}
