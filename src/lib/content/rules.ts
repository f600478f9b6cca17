/**
 * The rules of the content check: small functions over what the reader read. A rule that needs a part
 * of an edition (say needs.json) runs only when that part was read, so a broken file gives its own error
 * and nothing else; each issue names the file and the field an editor has to change.
 */
import { LOCALE_NAMES, LOCALES, otherLocale } from '../locales.ts';
import { listIds } from '../lists.ts';
import { missingFigures } from '../table.ts';
import { type ContentIssue, oneOf } from './issues.ts';
import type { ContentSource, EditionSource } from './reader.ts';
import { EDITION_PARTS, type EditionPart, type EditionParts } from './schemas.ts';
import { translationStatus, translationUnits } from './translations.ts';

interface RuleOptions {
  /** Unknown Table 1.1 figures are errors (staff's "is everything filled in?" check), not warnings. */
  strict: boolean;
}

interface RuleResult {
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

export type Rule = (source: ContentSource, options: RuleOptions) => Partial<RuleResult>;

/** A rule over each edition that has the given parts; the others are skipped (their files were reported). */
function editionRule<K extends EditionPart>(
  needs: readonly K[],
  check: (edition: EditionSource, parts: Pick<EditionParts, K>, options: RuleOptions) => Partial<RuleResult>,
): Rule {
  return (source, options) => {
    const out: RuleResult = { errors: [], warnings: [] };
    for (const edition of source.editions) {
      if (!needs.every((part) => edition.parts[part] !== undefined)) continue;
      const result = check(edition, edition.parts as Pick<EditionParts, K>, options);
      out.errors.push(...(result.errors ?? []));
      out.warnings.push(...(result.warnings ?? []));
    }
    return out;
  };
}

function duplicates(values: (string | number)[], file: string, field: string): ContentIssue[] {
  const seen = new Set<string | number>();
  return values.flatMap((value, i) => {
    const twice = seen.has(value);
    seen.add(value);
    return twice ? [{ file, field: `[${i}].${field}`, message: `"${value}" is used twice; each ${field} must be unique` }] : [];
  });
}

/** Ids (or reference numbers) are unique within each file that has them. */
const uniqueEntries: Rule = (source) => {
  const errors: ContentIssue[] = [];
  for (const edition of source.editions) {
    for (const [part, spec] of Object.entries(EDITION_PARTS) as [EditionPart, { unique?: string }][]) {
      const data = edition.parts[part];
      if (!spec.unique || !Array.isArray(data)) continue;
      errors.push(...duplicates(data.map((e) => (e as unknown as Record<string, string | number>)[spec.unique!]!), edition.files[part], spec.unique));
    }
  }
  if (source.glossary) errors.push(...duplicates(source.glossary.map((t) => t.id), source.glossaryFile, 'id'));
  return { errors };
};

/** Each need names a goal that exists, and every goal answers exactly one need (the plan pairs them). */
const needsAndGoals = editionRule(['needs', 'goals'], (edition, { needs, goals }) => {
  const goalIds = goals.map((g) => g.id);
  return {
    errors: [
      ...needs.flatMap((need, i) =>
        goalIds.includes(need.goal) ? [] : [{ file: edition.files.needs, field: `[${i}] (${need.id}).goal`, message: `unknown goal "${need.goal}" (expected one of ${oneOf(goalIds)})` }],
      ),
      ...goals.flatMap((goal, i) => {
        const pairs = needs.filter((n) => n.goal === goal.id).length;
        return pairs === 1 ? [] : [{ file: edition.files.goals, field: `[${i}] (${goal.id})`, message: `is the goal of ${pairs} needs; the plan pairs each need with exactly one goal` }];
      }),
    ],
  };
});

/** Every reference number cited by an item of data is in references.json. */
const dataCitations = editionRule(['references'], (edition, { references }) => {
  const numbers = references.map((r) => r.number);
  const errors: ContentIssue[] = [];
  const check = (refs: number[], file: string, field: string) =>
    refs.forEach((n, i) => {
      if (!numbers.includes(n)) errors.push({ file, field: `${field}[${i}]`, message: `unknown reference ${n} (expected one of ${oneOf(numbers)})` });
    });
  const { needs, goals, activities, lists } = edition.parts;
  needs?.forEach((n, i) => check(n.references, edition.files.needs, `[${i}] (${n.id}).references`));
  goals?.forEach((g, i) => check(g.references, edition.files.goals, `[${i}] (${g.id}).references`));
  activities?.forEach((a, i) => check(a.references, edition.files.activities, `[${i}] (${a.id}).references`));
  lists?.forEach((l, i) => l.items.forEach((item, j) => check(item.references, edition.files.lists, `[${i}] (${l.id}).items[${j}].references`)));
  return { errors };
});

/** At most one list is the home page's "what you gain" (onHomePage). */
const oneHomePageList = editionRule(['lists'], (edition, { lists }) => {
  const flagged = lists.flatMap((l, i) => (l.onHomePage ? [{ l, i }] : []));
  return {
    errors: flagged.slice(1).map(({ l, i }) => ({
      file: edition.files.lists,
      field: `[${i}] (${l.id}).onHomePage`,
      message: `only one list can be shown on the home page, and "${flagged[0]!.l.id}" already is: remove "onHomePage" from one of them`,
    })),
  };
});

/**
 * Table 1.1: one row per planned activity, each figure a number or not known (null, or left out as the browser
 * editor writes an empty field: warned about below, with the figures written null).
 */
const tableRows = editionRule(['table', 'activities'], (edition, { table, activities }) => {
  const file = edition.files.table;
  const activityIds = activities.map((a) => a.id);
  const semesterIds = table.semesters.map((s) => s.id);
  const errors = [...duplicates(semesterIds, file, 'semesters.id'), ...duplicates(table.rows.map((r) => r.activity), file, 'rows.activity')];
  table.rows.forEach((row, i) => {
    if (!activityIds.includes(row.activity)) errors.push({ file, field: `rows[${i}].activity`, message: `unknown activity "${row.activity}" (expected one of ${oneOf(activityIds)})` });
    for (const key of Object.keys(row.counts)) {
      if (!semesterIds.includes(key)) errors.push({ file, field: `rows[${i}] (${row.activity}).counts.${key}`, message: `unknown semester "${key}" (expected one of ${oneOf(semesterIds)})` });
    }
  });
  for (const activity of activityIds) {
    if (!table.rows.some((r) => r.activity === activity)) errors.push({ file, field: 'rows', message: `has no row for activity "${activity}" (every planned activity is a row of Table 1.1)` });
  }
  return { errors };
});

/** Each Table 1.1 figure still unknown: a warning (shown as "to be confirmed"), an error with --strict. */
const unknownFigures = editionRule(['table'], (edition, { table }, options) => {
  const issues = missingFigures(table).map((missing) => ({
    file: edition.files.table,
    field: `rows[${missing.row}] (${missing.activity}).counts.${missing.semester}`,
    message: 'participant count is not known yet (null): shown as "tiks precizēts / to be confirmed"',
    group: 'unknown-figure' as const,
  }));
  return options.strict ? { errors: issues } : { warnings: issues };
});

/** Every answer exists in every language (a file of one language only is named with its missing twin). */
const questionParity = editionRule([], (edition) => {
  const errors: ContentIssue[] = [];
  if (edition.questionFiles.lv.size === 0) errors.push({ file: edition.questionDirs.lv, field: '', message: 'has no questions: every edition needs its questions in Latvian and English' });
  for (const locale of LOCALES) {
    const other = otherLocale(locale);
    for (const [id, file] of edition.questionFiles[locale]) {
      if (!edition.questionFiles[other].has(id)) {
        errors.push({ file, field: '', message: `has no ${LOCALE_NAMES[other]} version (expected ${edition.questionDirs[other]}/${file.split('/').at(-1)})` });
      }
    }
  }
  return { errors };
});

/** An answer's front matter and body name sections, references, terms and lists that exist. */
const questionReferences: Rule = (source) => {
  const errors: ContentIssue[] = [];
  const termIds = source.glossary?.map((t) => t.id);
  for (const edition of source.editions) {
    const { sections, references, lists } = edition.parts;
    const sectionIds = sections?.map((s) => s.id);
    const numbers = references?.map((r) => r.number);
    const knownLists = lists && listIds({ lists });
    for (const locale of LOCALES) {
      for (const q of edition.questions[locale]) {
        if (sectionIds && !sectionIds.includes(q.section)) errors.push({ file: q.file, field: 'front matter: section', message: `unknown section "${q.section}" (expected one of ${oneOf(sectionIds)})` });
        if (numbers) {
          q.references.forEach((n, i) => {
            if (!numbers.includes(n)) errors.push({ file: q.file, field: `front matter: references[${i}]`, message: `unknown reference ${n} (expected one of ${oneOf(numbers)})` });
          });
          for (const n of q.citations) {
            if (!numbers.includes(n)) errors.push({ file: q.file, field: 'body', message: `cites [${n}], but there is no reference ${n} (expected one of ${oneOf(numbers)})` });
            else if (!q.references.includes(n)) errors.push({ file: q.file, field: 'front matter: references', message: `must list ${n}: the answer cites [${n}]` });
          }
        }
        if (termIds) {
          q.terms.forEach((t, i) => {
            if (!termIds.includes(t)) errors.push({ file: q.file, field: `front matter: terms[${i}]`, message: `unknown glossary term "${t}" (expected one of ${oneOf(termIds)})` });
          });
        }
        if (knownLists) {
          for (const id of q.lists) {
            if (!knownLists.includes(id)) errors.push({ file: q.file, field: 'body', message: `<List id="${id}" /> names an unknown list (expected one of ${oneOf(knownLists)})` });
          }
        }
      }
    }
  }
  return { errors };
};

/** No two answers of a section share a place, and every translation stands where the Latvian stands and cites what it cites. */
const questionPlaces = editionRule([], (edition) => {
  const errors: ContentIssue[] = [];
  for (const locale of LOCALES) {
    for (const q of edition.questions[locale]) {
      const others = edition.questions[locale].filter((o) => o.section === q.section && o.order === q.order && o.id !== q.id);
      if (others.length) errors.push({ file: q.file, field: 'front matter: order', message: `${q.order} is also used by ${others.map((o) => o.file).join(', ')} in section "${q.section}"` });
    }
  }
  const same = (a: readonly (string | number)[], b: readonly (string | number)[]) => [...a].sort().join() === [...b].sort().join();
  for (const q of edition.questions.lv) {
    for (const locale of LOCALES.filter((l) => l !== 'lv')) {
      const twin = edition.questions[locale].find((o) => o.id === q.id);
      if (!twin) continue;
      if (twin.section !== q.section || twin.order !== q.order) errors.push({ file: twin.file, field: 'front matter: section/order', message: `must match the Latvian version (${q.section}, ${q.order})` });
      if (!same(twin.references, q.references)) errors.push({ file: twin.file, field: 'front matter: references', message: `must match the Latvian version ([${q.references.join(', ')}])` });
      if (!same(twin.terms, q.terms)) errors.push({ file: twin.file, field: 'front matter: terms', message: `must match the Latvian version ([${q.terms.join(', ')}])` });
    }
  }
  return { errors };
});

/** Stand-alone pages the site needs, each in every language. */
const REQUIRED_PAGES = ['accessibility'] as const;
const pagesInEveryLanguage: Rule = (source) => {
  const ids = new Set<string>([...REQUIRED_PAGES, ...LOCALES.flatMap((l) => [...source.pageFiles[l].keys()])]);
  const errors: ContentIssue[] = [];
  for (const id of ids) {
    for (const locale of LOCALES) {
      if (!source.pageFiles[locale].has(id)) errors.push({ file: `${source.pageDirs[locale]}/${id}.md`, field: '', message: `is missing: every page exists in ${LOCALES.map((l) => LOCALE_NAMES[l]).join(' and ')}` });
    }
  }
  return { errors };
};

/** English that no longer follows its Latvian, or was never confirmed (see translations.ts). */
const translationFreshness: Rule = (source) => {
  if (!source.translations) return {};
  const status = translationStatus(translationUnits(source), source.translations);
  return {
    warnings: [
      ...status.outdated.map((u) => ({ file: u.file, field: u.key, message: 'English translation is out of date: the Latvian text changed after it was translated (npm run i18n:status)', group: 'translation' as const })),
      ...status.unconfirmed.map((u) => ({ file: u.file, field: u.key, message: 'English translation is not confirmed yet (npm run i18n:status -- --accept <key>)', group: 'translation' as const })),
    ],
  };
};

export const RULES: readonly Rule[] = [
  uniqueEntries,
  needsAndGoals,
  dataCitations,
  oneHomePageList,
  tableRows,
  questionParity,
  questionReferences,
  questionPlaces,
  pagesInEveryLanguage,
  unknownFigures,
  translationFreshness,
];

