/**
 * The content reader: the one code path that turns content/ into data. Every file is read once and parsed
 * with its schema; a file that cannot be read or parsed is reported (file and field) and left out, and the
 * rules (rules.ts) skip whatever depends on it, so one mistake gives one message.
 *
 * The result is a ContentSource: what was read, including the parts of an edition that failed. The model
 * (model.ts) is made from it with `toModel()`, holding only editions whose every file was read.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { isLocale, LOCALES, perLocale, type Locale } from '../lib/locales.ts';
import { ContentFileError, contentDir, displayPath, fileId, filesIn, MARKDOWN_ENDING, readJson, readMarkdownFile, readText, subfolders } from './files.ts';
import { type ContentIssue, msg, schemaIssues } from '../lib/content/issues.ts';

const IMAGE_ENDING = /\.(png|jpe?g|webp|gif|avif|svg)$/i;
/** Files Windows itself puts in folders. */
const SYSTEM_FILE = /^(thumbs\.db|desktop\.ini)$/i;
import { parseAnswer } from '../lib/content/mdx.ts';
import { typesetModel } from '../lib/content/typography.ts';
import { byEditionId, type ContentModel, type Page, type PlanEdition, type Question } from '../lib/content/model.ts';
import {
  EDITION_PARTS,
  type EditionPart,
  type EditionParts,
  GLOSSARY_FILE,
  type GlossaryTerm,
  PARTICIPATION_FILE,
  type Participation,
  SCHOOL_FILE,
  type School,
  SEARCH_FILE,
  type SearchTeaching,
  SITE_FILE,
  type SiteSettings,
  idSchema,
  pageSchema,
  questionSchema,
  translationLockSchema,
  type TranslationLock,
} from '../lib/content/schemas.ts';

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
  /** content/site.json: where the site is published (optional file). */
  site?: SiteSettings;
  /** content/participation.json: what readers come for beyond the plan (optional file). */
  participation?: Participation;
  participationFile: string;
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
    issues.push(...schemaIssues(displayPath(file), data, result.error, schema));
    return undefined;
  }

  /** Front matter + body of a Markdown file, or undefined (and reported). */
  function readMarkdown<S extends z.ZodType>(file: string, schema: S) {
    try {
      const raw = readMarkdownFile(file);
      const result = schema.safeParse(raw.frontmatter, { reportInput: true });
      if (!result.success) {
        issues.push(...schemaIssues(displayPath(file), raw.frontmatter, result.error, schema, 'frontmatter'));
        return undefined;
      }
      return { data: result.data as z.infer<S>, body: raw.body, bodyLineOffset: raw.bodyLineOffset };
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      issues.push(error.issue);
      return undefined;
    }
  }

  /**
   * The Markdown files of a folder of answers or pages. Any other file there is reported by name: a file
   * saved as .MD or .mdx.txt would otherwise vanish from the site without a word.
   */
  function answerFiles(dir: string, misnamed?: Map<string, string>): string[] {
    const files = filesIn(dir);
    // Images may stand beside the answers that show them.
    for (const file of files.filter((f) => !MARKDOWN_ENDING.test(f) && !IMAGE_ENDING.test(f) && !SYSTEM_FILE.test(path.basename(f)))) {
      const name = path.basename(file);
      const stem = name.replace(/\.(mdx?|markdown|txt)(\.txt)?$/i, '');
      issues.push({ file: displayPath(file), place: 'fileName', message: msg(stem === name ? 'reader.strayFile' : 'reader.wrongEnding', { name: `${stem}.mdx` }) });
      // Its twin in the other language is not to blame: the question is there, under a wrong name.
      if (stem !== name) misnamed?.set(stem, displayPath(file));
    }
    return files.filter((f) => MARKDOWN_ENDING.test(f));
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
    // An answer saved in questions/ itself belongs to no language: the site would not show it.
    for (const file of answerFiles(questionsDir)) {
      issues.push({ file: displayPath(file), message: msg('reader.outsideLanguageFolder', { expected: LOCALES.map((l) => `${displayPath(path.join(questionsDir, l))}/`).join(', ') }) });
    }
    for (const folder of subfolders(questionsDir)) {
      const misnamed = new Map<string, string>();
      const answers = answerFiles(path.join(questionsDir, folder), misnamed);
      if (isLocale(folder)) for (const [stem, file] of misnamed) questionFiles[folder].set(stem, file);
      for (const file of answers) {
        const shown = displayPath(file);
        if (!isLocale(folder)) {
          issues.push({ file: shown, message: msg('reader.unknownLanguageFolder', { folder, expected: LOCALES.join(', ') }) });
          continue;
        }
        const questionId = fileId(file);
        questionFiles[folder].set(questionId, shown);
        if (!idSchema.safeParse(questionId).success) {
          issues.push({ file: shown, place: 'fileName', message: msg('reader.questionFileName') });
          continue;
        }
        const read = readMarkdown(file, questionSchema);
        if (!read) continue;
        const format = file.endsWith('.mdx') ? 'mdx' : 'md';
        const parsed = parseAnswer(read.body, format);
        for (const problem of parsed.problems) {
          issues.push({ file: shown, line: problem.line + read.bodyLineOffset, place: 'body', message: problem.message });
        }
        if (!parsed.problems.length && parsed.blocks.length === 0) issues.push({ file: shown, line: read.bodyLineOffset + 1, place: 'body', message: msg('mdx.empty') });
        if (parsed.problems.length || parsed.blocks.length === 0) continue;
        const { blocks, lists, citations, links } = parsed;
        questions[folder].push({
          ...read.data,
          id: questionId,
          editionId: id,
          locale: folder,
          file: shown,
          body: read.body,
          bodyLineOffset: read.bodyLineOffset,
          format,
          blocks,
          lists,
          citations,
          links: links.map((l) => ({ ...l, line: l.line + read.bodyLineOffset })),
        });
      }
    }
    const sourceFile = path.join(dir, SOURCE_TEXT_FILE);
    let sourceText: string | undefined;
    try {
      sourceText = existsSync(sourceFile) ? readText(sourceFile) : undefined;
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      issues.push(error.issue);
    }
    // A copied folder (a new plan period) must say its own years in edition.json too.
    const [start, end] = id.split('-').map(Number);
    const period = parts.meta?.period;
    if (period && (period.start !== start || period.end !== end)) {
      issues.push({ file: files.meta, path: ['period'], message: msg('reader.periodMismatch', { folder: id, start: period.start, end: period.end }) });
    }
    return { id, files, parts, questions, questionFiles, questionDirs: perLocale((l) => displayPath(path.join(questionsDir, l))), sourceText };
  }

  const editions: EditionSource[] = [];
  const editionsDir = path.join(root, 'editions');
  const folders = subfolders(editionsDir);
  if (folders.length === 0) {
    issues.push({ file: displayPath(editionsDir), message: msg('reader.noEdition') });
  }
  for (const id of folders) {
    if (!/^\d{4}-\d{4}$/.test(id)) {
      issues.push({ file: displayPath(path.join(editionsDir, id)), message: msg('reader.editionFolderName') });
      continue;
    }
    editions.push(readEdition(id));
  }
  editions.sort(byEditionId);

  const school = readData(path.join(root, SCHOOL_FILE.file), SCHOOL_FILE.schema);
  const glossaryFile = path.join(root, GLOSSARY_FILE.file);
  const glossary = readData(glossaryFile, GLOSSARY_FILE.schema);
  const search = readData(path.join(root, SEARCH_FILE.file), SEARCH_FILE.schema, true);
  const site = readData(path.join(root, SITE_FILE.file), SITE_FILE.schema, true);
  const participationFile = path.join(root, PARTICIPATION_FILE.file);
  const participation = readData(participationFile, PARTICIPATION_FILE.schema, true);

  const pages: Page[] = [];
  const pageFiles = perLocale(() => new Map<string, string>());
  const pagesDir = path.join(root, 'pages');
  // Pages outside a language's folder would not be shown: said by name.
  const strayPages = [...answerFiles(pagesDir), ...subfolders(pagesDir).filter((f) => !isLocale(f)).flatMap((f) => answerFiles(path.join(pagesDir, f)))];
  for (const file of strayPages) {
    issues.push({ file: displayPath(file), message: msg('reader.outsideLanguageFolder', { expected: LOCALES.map((l) => `${displayPath(path.join(pagesDir, l))}/`).join(', ') }) });
  }
  for (const locale of LOCALES) {
    for (const file of answerFiles(path.join(pagesDir, locale))) {
      if (file.endsWith('.mdx')) {
        issues.push({ file: displayPath(file), place: 'fileName', message: msg('reader.pageNotMd') });
        continue;
      }
      const id = fileId(file);
      pageFiles[locale].set(id, displayPath(file));
      const read = readMarkdown(file, pageSchema);
      if (!read) continue;
      // Its links, for the check (a page's own markup is plain Markdown, which Astro renders as it is).
      const links = parseAnswer(read.body, 'md').links.map((l) => ({ ...l, line: l.line + read.bodyLineOffset }));
      pages.push({ ...read.data, id, locale, file: displayPath(file), body: read.body, links });
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
      site,
      participation,
      participationFile: displayPath(participationFile),
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

/** The model of what was read: complete editions only (the check reports why any other is left out), typeset by one rule. */
export function toModel(source: ContentSource): ContentModel {
  return typesetModel({
    editions: source.editions.map(completeEdition).filter((e): e is PlanEdition => e !== undefined),
    glossary: source.glossary ?? [],
    // Without content/search.json: no synonyms, no names (the schema's defaults).
    search: source.search ?? SEARCH_FILE.schema.parse({}),
    // Without content/site.json (or with a mistake in it, reported): the address is not known.
    site: source.site ?? SITE_FILE.absent,
    pages: source.pages,
    // Without content/participation.json: no section, and the site says whom to ask.
    participation: source.participation ?? {},
    // Without school.json the check has reported it and nothing is built; the model still needs a value.
    school: source.school ?? { name: { lv: '', en: '' }, shortName: { lv: '', en: '' }, website: null, accessibilityContact: null, contact: {} },
  });
}
