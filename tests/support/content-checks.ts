/**
 * content/checks/: what the tests check about one school's own text, kept with its content so that another
 * school's content brings its own (or none). text.json: the parts each plan edition is made of, English
 * words or phrases that were mistranslations once and must not come back, the printed plan's length and the
 * words that name the school. search-*.json: search cases. search-ui.json: what the browser tests type into
 * search. Each file is parsed strictly (a misspelt key fails, naming the file); a test that needs one of
 * these and finds none skips that part and says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkContent } from '../../src/content/check.ts';
import { contentDir, displayPath } from '../../src/content/files.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import { LOCALES, perLocale, type Locale } from '../../src/lib/locales.ts';
import type { SearchCase } from '../../support/search.ts';

const printSchema = z
  .object({ pages: z.tuple([z.number().int().positive(), z.number().int().positive()]), words: z.number().int().positive() })
  .strict();

const mustNotSay = z
  .object({ phrase: z.string().min(1), why: z.string(), instead: z.string().optional(), matchCase: z.boolean().optional() })
  .strict();
const checksSchema = z
  .object({
    $comment: z.string().optional(),
    /** Per edition id: how many questions (at least), needs, goals, activities, items per list, and which references. */
    editions: z
      .record(
        z.string(),
        z
          .object({
            questions: z.number().int(),
            needs: z.number().int(),
            goals: z.number().int(),
            activities: z.number().int(),
            lists: z.record(z.string(), z.number().int()),
            references: z.array(z.number().int()),
            /** How many of Table 1.1's figures are known (the rest are "to be confirmed"). */
            tableFiguresKnown: z.number().int().optional(),
          })
          .strict(),
      )
      .optional(),
    /**
     * English that must not come back: a word or phrase (matched from the start of a word; any case unless
     * matchCase), why, what says it now (instead), and optionally the one list it is about. Searched in all
     * the English the site shows: the content, the pages and the UI strings.
     */
    englishMustNotSay: z
      .array(mustNotSay.extend({ list: z.string().min(1).optional() }))
      .min(1)
      .optional(),
    /**
     * The site's own Latvian that must not come back: searched in the Latvian UI strings and pages only, never in
     * the plan's text (the school's Latvian is kept as written, e.g. its "Tabula 1.1"); uiOnly: in the UI strings
     * only (the pages are the school's own and may use its own word for itself).
     */
    latvianUiMustNotSay: z
      .array(mustNotSay.extend({ uiOnly: z.boolean().optional() }))
      .min(1)
      .optional(),
    /** The current plan printed (tests/this-school/e2e/print.test.ts), per language: its page count [least, most] and more than this many words. */
    print: z.object({ lv: printSchema, en: printSchema }).strict().optional(),
    /** Words that name this school or its town: a site built from another school's content carries none of them. */
    schoolWords: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type ContentChecks = z.infer<typeof checksSchema>;

const textFile = (root: string) => path.join(root, 'checks', 'text.json');

/** content/checks/text.json, parsed strictly; {} when the content has none (each test then skips with noContentCheck's reason). */
export function contentChecks(root = contentDir()): ContentChecks {
  return readCheck(root, 'text.json', checksSchema) ?? {};
}

/** Why a test that needs a field of content/checks/text.json is skipped. */
export function noContentCheck(field: string, root = contentDir()): string {
  const file = textFile(root);
  return existsSync(file)
    ? `${displayPath(file)} has no ${field}: this check is not known for this school's text`
    : `${displayPath(file)} is missing: this school's own checks (${field}) are not known`;
}

/** A file of content/checks/ parsed with its schema (unknown or misspelt keys fail, naming the file); undefined when absent. */
function readCheck<T extends z.ZodType>(root: string, name: string, schema: T): z.infer<T> | undefined {
  const file = path.join(root, 'checks', name);
  if (!existsSync(file)) return undefined;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${displayPath(file)}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** What a search case stands for: one of the classes support/search.ts reports (the sample has none). */
const SEARCH_CLASSES = [
  'everyday',
  'inflection',
  'partial',
  'short',
  'typo',
  'question',
  'audience',
  'term',
  'eligibility',
  'benefit',
  'recognition',
  'partner',
  'number',
  'wording',
] as const satisfies readonly NonNullable<SearchCase['class']>[];
/** Natural questions in readers' own words: not all answered yet, so they pass against a floor. */
export const NATURAL_CLASSES: ReadonlySet<string> = new Set(['eligibility', 'benefit', 'recognition', 'partner', 'number', 'wording']);

const searchCaseSchema = z
  .object({
    q: z.string().min(1),
    passage: z.string().min(1),
    class: z.enum(SEARCH_CLASSES).optional(),
    top: z.number().int().positive().optional(),
    corrected: z.boolean().optional(),
    notFound: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict() satisfies z.ZodType<SearchCase>;
const bothLanguages = <T extends z.ZodType>(schema: T) => z.object({ lv: schema, en: schema }).strict();
/** One query, or one kind of case, per language; a language may have none. */
const perLocaleSchema = <T extends z.ZodType>(schema: T) => z.object({ lv: schema.optional(), en: schema.optional() }).strict().optional();

/** search-queries.json: the product brief's sample, per language. */
const sampleSchema = z.object({ _about: z.string().optional(), lv: z.array(searchCaseSchema), en: z.array(searchCaseSchema) }).strict();

/**
 * search-cases.json: our own cases by class; naturalFloor, how many natural questions must pass (required in a
 * language that has any, at least 1: no floor of 0); keystrokes, queries that must show results at every keystroke.
 */
const casesSchema = z
  .object({
    _about: z.string().optional(),
    lv: z.array(searchCaseSchema),
    en: z.array(searchCaseSchema),
    naturalFloor: perLocaleSchema(z.number().int().positive()),
    keystrokes: perLocaleSchema(z.array(z.string().min(1)).min(1)),
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const locale of LOCALES) {
      const natural = file[locale].filter((c) => c.class && NATURAL_CLASSES.has(c.class)).length;
      const floor = file.naturalFloor?.[locale];
      if (natural > 0 && floor === undefined)
        ctx.addIssue({ code: 'custom', path: ['naturalFloor', locale], message: `${natural} natural questions in ${locale} need a floor` });
      if (floor !== undefined && floor > natural)
        ctx.addIssue({
          code: 'custom',
          path: ['naturalFloor', locale],
          message: `floor ${floor} is above the ${natural} natural questions`,
        });
    }
  });

/** How a reader typed a question: one word or phrase, a whole question, or phone-style (no diacritics, shortened). */
const READER_CLASSES = ['word', 'question', 'phone'] as const;
const readerQuestion = z.object({ q: z.string().min(1), class: z.enum(READER_CLASSES) }).strict();

/**
 * search-unanswerable.json: readers' questions the plan does not answer (lv, en: the honest message must show)
 * and questions it does answer (answerable: it must not); knownAnswered / knownUnanswered, the ones of either
 * list search still gets wrong (the aim: none), so that a change either way shows.
 */
const unanswerableSchema = z
  .object({
    _about: z.string().optional(),
    lv: z.array(readerQuestion),
    en: z.array(readerQuestion),
    answerable: bothLanguages(z.array(readerQuestion)),
    knownAnswered: bothLanguages(z.array(z.string().min(1))),
    knownUnanswered: bothLanguages(z.array(z.string().min(1))),
  })
  .strict();

/**
 * The search cases of content/checks/, each file parsed strictly; a file the content lacks is undefined, and
 * a test that needs it skips with noSearchCheck's reason. Other search-*.json files are not read here.
 */
export interface SearchChecks {
  sample?: z.infer<typeof sampleSchema>;
  cases?: z.infer<typeof casesSchema>;
  unanswerable?: z.infer<typeof unanswerableSchema>;
}

const SEARCH_FILES = { sample: 'search-queries.json', cases: 'search-cases.json', unanswerable: 'search-unanswerable.json' } as const;

export function searchChecks(root = contentDir()): SearchChecks {
  return {
    sample: readCheck(root, SEARCH_FILES.sample, sampleSchema),
    cases: readCheck(root, SEARCH_FILES.cases, casesSchema),
    unanswerable: readCheck(root, SEARCH_FILES.unanswerable, unanswerableSchema),
  };
}

/** Why a test that needs a search check is skipped: its file (and field), absent from this content. */
export function noSearchCheck(file: keyof SearchChecks, field?: string, root = contentDir()): string {
  const where = displayPath(path.join(root, 'checks', SEARCH_FILES[file]));
  return field
    ? `${where} has no ${field}: this school's cases for it are not known`
    : `${where} is missing: this school's search cases are not known`;
}

const probeSchema = z.object({ query: z.string().min(1), typo: z.string().min(1) }).strict();

const searchUiSchema = z
  .object({
    $comment: z.string().optional(),
    /**
     * In both languages: a query that surely has results, and a typing mistake that search corrects (so the
     * dialog also shows its "search exactly what I typed" link). The browser tests that only need search to
     * show something (axe, focus, keyboard, privacy) type these.
     */
    probe: z.object({ lv: probeSchema, en: probeSchema }).strict().optional(),
    /** A typing mistake and the word search puts in its place. */
    corrected: perLocaleSchema(z.object({ typed: z.string().min(1), searched: z.string().min(1) }).strict()),
    /**
     * A query of which one word is not in the plan: the status names the words not found (notFound), the first
     * result the words it lacks (missing).
     */
    partial: perLocaleSchema(
      z.object({ q: z.string().min(1), notFound: z.array(z.string()).optional(), missing: z.array(z.string()).optional() }).strict(),
    ),
    /** A query with a typing mistake and a word the plan does not have: the status says both, with its link. */
    correctedPartial: perLocaleSchema(z.string().min(1)),
    /**
     * A query whose first result opens an answer with the words marked: every mark begins with one of marks,
     * and for each of marked (a short word's stem, say) at least one mark begins with it.
     */
    highlight: perLocaleSchema(
      z.object({ q: z.string().min(1), marks: z.array(z.string().min(1)).min(1), marked: z.array(z.string().min(1)) }).strict(),
    ),
    /** An answer of the FAQ (its id), words to mark in it (the ?h= of a result's link) and a word that is marked as written. */
    markedAnswer: perLocaleSchema(z.object({ id: z.string().min(1), h: z.string().min(1), mark: z.string().min(1) }).strict()),
    /** A query the plan does not answer: the dialog says so and whom to ask, and corrects nothing. */
    unanswered: perLocaleSchema(z.string().min(1)),
    /** A question the plan answers (no "the plan does not cover this" message). */
    answered: perLocaleSchema(z.string().min(1)),
    /** A query whose first result Enter opens. */
    opensFirst: perLocaleSchema(z.string().min(1)),
    /** Queries typed one after another while the search field must stay where it is ("" empties it). */
    fieldStays: perLocaleSchema(z.array(z.string())),
    /** A query that finds nothing in the page's language and something in the other language. */
    otherLanguage: perLocaleSchema(z.string().min(1)),
    /**
     * A word the plan does not use that finds its answer through an everyday word (content/search.json): the
     * answer opens with the plan's own word marked (a mark begins with `mark`).
     */
    synonymMarked: perLocaleSchema(z.object({ q: z.string().min(1), mark: z.string().min(1) }).strict()),
  })
  .strict();
export type SearchUiChecks = z.infer<typeof searchUiSchema>;

const searchUiFile = (root: string) => path.join(root, 'checks', 'search-ui.json');
const searchUiCache = new Map<string, SearchUiChecks>();

/** content/checks/search-ui.json: what the browser tests type into search ({} when the content has no such file). */
export function searchUiChecks(root = contentDir()): SearchUiChecks {
  const cached = searchUiCache.get(root);
  if (cached) return cached;
  const checks = readCheck(root, 'search-ui.json', searchUiSchema) ?? {};
  searchUiCache.set(root, checks);
  return checks;
}

/** Why a school-specific part of a test is skipped: the field of content/checks/search-ui.json it needs. */
export function noSearchUiCheck(field: string, root = contentDir()): string {
  return `${displayPath(searchUiFile(root))} has no ${field}: this school's query for it is not known`;
}

/** Per language, a value read when a test first uses it (a school's checks may lack what another test needs). */
function perLanguage<T>(get: (locale: Locale) => T): Record<Locale, T> {
  return Object.defineProperties(
    {} as Record<Locale, T>,
    Object.fromEntries(LOCALES.map((locale) => [locale, { get: () => get(locale), enumerable: true }])),
  );
}

let firstTitles: Record<Locale, string | undefined> | undefined;
/** The title of the current plan's first question in a language: a query its own answer surely matches. */
function firstQuestionTitle(locale: Locale): string {
  if (!firstTitles) {
    const { model, errors } = checkContent({ root: contentDir() });
    if (errors.length) throw new Error(`${displayPath(contentDir())} has content errors (npm run check lists them)`);
    const edition = currentEdition(model);
    firstTitles = perLocale((l) => edition.questions[l][0]?.title);
  }
  const title = firstTitles[locale];
  if (!title) throw new Error(`${displayPath(contentDir())} has no question in ${locale} to search for`);
  return title;
}

/**
 * Per language, a query that certainly has results in the content: content/checks/search-ui.json's probe
 * query, or else the title of the plan's first question (so that a school without that file still has
 * its search dialog walked and checked with results).
 */
export const SEARCH_QUERY = perLanguage((locale) => searchUiChecks().probe?.[locale].query ?? firstQuestionTitle(locale));

/**
 * Per language, a typing mistake that search corrects, so the dialog also shows its "search exactly" link
 * (content/checks/search-ui.json, probe.<lang>.typo); undefined where the content's checks give none: which
 * word search corrects depends on the school's text, so none is made up.
 */
export const SEARCH_TYPO = perLanguage((locale): string | undefined => searchUiChecks().probe?.[locale].typo);
