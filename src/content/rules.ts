/**
 * The rules of the content check: small functions over what the reader read. A rule that needs a part
 * of an edition (say needs.json) runs only when that part was read, so a broken file gives its own error
 * and nothing else; each issue names the file and the field an editor has to change.
 */
import { LOCALES, otherLocale } from '../lib/locales.ts';
import { listIds } from '../lib/lists.ts';
import { missingFigures } from '../lib/table.ts';
import type { CheckKey } from '../lib/i18n.ts';
import { type ContentIssue, entry, type Message, msg, nearest, oneOf } from '../lib/content/issues.ts';
import { answerImages, answerLinks } from './links.ts';
import type { Question } from '../lib/content/model.ts';
import type { ContentSource, EditionSource } from './reader.ts';
import { EDITION_PARTS, type EditionPart, type EditionParts } from '../lib/content/schemas.ts';
import { translationStatus, translationUnits } from './translations.ts';
import { participationIds } from './participation-rule.ts';

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

/** "unknown goal "goal-9" (expected one of …)", with "did you mean" when one is near. */
function unknownId(key: CheckKey, value: string, expected: readonly string[]): Message {
  const suggestion = nearest(value, expected);
  return { ...msg(key, { value, expected: oneOf(expected) }), hint: suggestion ? msg('hint.didYouMean', { suggestion }) : undefined };
}

/** The file line of the first line of an answer's text that holds a piece of text. */
function bodyLine(q: Question, text: string): number | undefined {
  const index = q.body.split('\n').findIndex((line) => line.includes(text));
  return index >= 0 ? index + 1 + q.bodyLineOffset : undefined;
}

/** A value used twice: reported at its second use, naming the entry that has it first. */
function duplicates(values: (string | number)[], file: string, field: string, at: (i: number) => ContentIssue['path'] = (i) => [{ index: i }, field]): ContentIssue[] {
  const first = new Map<string | number, number>();
  return values.flatMap((value, i) => {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, i);
    return earlier !== undefined ? [{ file, path: at(i), message: msg('rules.duplicate', { value: JSON.stringify(value), field, first: earlier + 1 }) }] : [];
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
        goalIds.includes(need.goal) ? [] : [{ file: edition.files.needs, path: [entry(i, need), 'goal'], message: unknownId('rules.unknownGoal', need.goal, goalIds) }],
      ),
      ...goals.flatMap((goal, i) => {
        const pairs = needs.filter((n) => n.goal === goal.id).length;
        return pairs === 1 ? [] : [{ file: edition.files.goals, path: [entry(i, goal)], message: msg('rules.goalPairs', { count: pairs }) }];
      }),
    ],
  };
});

/** Every reference number cited by an item of data is in references.json. */
const dataCitations = editionRule(['references'], (edition, { references }) => {
  const numbers = references.map((r) => r.number);
  const errors: ContentIssue[] = [];
  const check = (refs: number[], file: string, path: NonNullable<ContentIssue['path']>) =>
    refs.forEach((n) => {
      if (!numbers.includes(n)) errors.push({ file, path, message: msg('rules.unknownReference', { number: n, expected: oneOf(numbers) }) });
    });
  const { needs, goals, activities, lists } = edition.parts;
  needs?.forEach((n, i) => check(n.references, edition.files.needs, [entry(i, n), 'references']));
  goals?.forEach((g, i) => check(g.references, edition.files.goals, [entry(i, g), 'references']));
  activities?.forEach((a, i) => check(a.references, edition.files.activities, [entry(i, a), 'references']));
  lists?.forEach((l, i) => l.items.forEach((item, j) => check(item.references, edition.files.lists, [entry(i, l), 'items', entry(j, item), 'references'])));
  return { errors };
});

/** At most one list is the home page's "what you gain" (onHomePage). */
const oneHomePageList = editionRule(['lists'], (edition, { lists }) => {
  const flagged = lists.flatMap((l, i) => (l.onHomePage ? [{ l, i }] : []));
  return {
    errors: flagged.slice(1).map(({ l, i }) => ({
      file: edition.files.lists,
      path: [entry(i, l), 'onHomePage'],
      message: msg('rules.onHomePage', { first: flagged[0]!.l.id }),
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
  const errors = [
    ...duplicates(semesterIds, file, 'id', (i) => ['semesters', { index: i }, 'id']),
    ...duplicates(table.rows.map((r) => r.activity), file, 'activity', (i) => ['rows', { index: i }, 'activity']),
  ];
  table.rows.forEach((row, i) => {
    const at = ['rows', entry(i, row), 'counts'] as const;
    if (!activityIds.includes(row.activity)) errors.push({ file, path: ['rows', { index: i }, 'activity'], message: unknownId('rules.unknownActivity', row.activity, activityIds) });
    for (const key of Object.keys(row.counts)) {
      if (!semesterIds.includes(key)) errors.push({ file, path: [...at, key], message: unknownId('rules.unknownSemester', key, semesterIds) });
    }
  });
  for (const activity of activityIds) {
    if (!table.rows.some((r) => r.activity === activity)) errors.push({ file, path: ['rows'], message: msg('rules.rowMissing', { activity }) });
  }
  return { errors };
});

/** Each Table 1.1 figure still unknown: a warning (shown as "to be confirmed"), an error with --strict. */
const unknownFigures = editionRule(['table'], (edition, { table }, options) => {
  const issues = missingFigures(table).map((missing) => ({
    file: edition.files.table,
    path: ['rows', { index: missing.row, name: missing.activity }, 'counts', missing.semester],
    message: msg('rules.unknownFigure'),
    group: 'unknown-figure' as const,
  }));
  return options.strict ? { errors: issues } : { warnings: issues };
});

/** Every answer exists in every language (a file of one language only is named with its missing twin). */
const questionParity = editionRule([], (edition) => {
  const errors: ContentIssue[] = [];
  if (edition.questionFiles.lv.size === 0) errors.push({ file: edition.questionDirs.lv, message: msg('rules.noQuestions') });
  for (const locale of LOCALES) {
    const other = otherLocale(locale);
    for (const [id, file] of edition.questionFiles[locale]) {
      if (!edition.questionFiles[other].has(id)) {
        errors.push({ file, message: msg('rules.noTwin', { language: `$t(language.${other})`, expected: `${edition.questionDirs[other]}/${file.split('/').at(-1)}` }) });
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
        const front = (field: string) => ({ file: q.file, place: 'frontmatter' as const, path: [field] });
        if (sectionIds && !sectionIds.includes(q.section)) errors.push({ ...front('section'), message: unknownId('rules.unknownSection', q.section, sectionIds) });
        if (numbers) {
          q.references.forEach((n) => {
            if (!numbers.includes(n)) errors.push({ ...front('references'), message: msg('rules.unknownReference', { number: n, expected: oneOf(numbers) }) });
          });
          for (const n of q.citations) {
            if (!numbers.includes(n)) errors.push({ file: q.file, place: 'body', line: bodyLine(q, `[${n}]`), message: msg('rules.unknownCitation', { number: n, expected: oneOf(numbers) }) });
            else if (!q.references.includes(n)) errors.push({ ...front('references'), message: msg('rules.citationNotListed', { number: n }) });
          }
        }
        if (termIds) {
          q.terms.forEach((t) => {
            if (!termIds.includes(t)) errors.push({ ...front('terms'), message: unknownId('rules.unknownTerm', t, termIds) });
          });
        }
        if (knownLists) {
          for (const id of q.lists) {
            if (!knownLists.includes(id)) errors.push({ file: q.file, place: 'body', line: bodyLine(q, `id="${id}"`), message: unknownId('rules.unknownList', id, knownLists) });
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
      if (others.length) errors.push({ file: q.file, place: 'frontmatter', path: ['order'], message: msg('rules.orderTaken', { order: q.order, others: others.map((o) => o.file).join(', '), section: q.section }) });
    }
  }
  const same = (a: readonly (string | number)[], b: readonly (string | number)[]) => [...a].sort().join() === [...b].sort().join();
  for (const q of edition.questions.lv) {
    for (const locale of LOCALES.filter((l) => l !== 'lv')) {
      const twin = edition.questions[locale].find((o) => o.id === q.id);
      if (!twin) continue;
      if (twin.section !== q.section) errors.push({ file: twin.file, place: 'frontmatter', path: ['section'], message: msg('rules.matchLatvian', { value: q.section }) });
      if (twin.order !== q.order) errors.push({ file: twin.file, place: 'frontmatter', path: ['order'], message: msg('rules.matchLatvian', { value: q.order }) });
      if (!same(twin.references, q.references)) errors.push({ file: twin.file, place: 'frontmatter', path: ['references'], message: msg('rules.matchLatvian', { value: `[${q.references.join(', ')}]` }) });
      if (!same(twin.terms, q.terms)) errors.push({ file: twin.file, place: 'frontmatter', path: ['terms'], message: msg('rules.matchLatvian', { value: `[${q.terms.join(', ')}]` }) });
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
      if (!source.pageFiles[locale].has(id)) errors.push({ file: `${source.pageDirs[locale]}/${id}.md`, message: msg('rules.pageMissing') });
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
      ...status.outdated.map((u) => ({ file: u.file, message: msg('rules.translationOutdated', { key: u.key }), group: 'translation-outdated' as const })),
      ...status.unconfirmed.map((u) => ({ file: u.file, message: msg('rules.translationUnconfirmed', { key: u.key }), group: 'translation-unconfirmed' as const })),
    ],
  };
};

/** Links in answers lead to pages and anchors the site has (links.ts). */
const links: Rule = (source) => ({ errors: answerLinks(source) });

/** Images in answers are files beside the content, and not straight from the camera (links.ts). */
const images: Rule = (source) => answerImages(source);

export const RULES: readonly Rule[] = [
  links,
  images,
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
  participationIds,
];

