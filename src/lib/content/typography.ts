/**
 * One typographic rule for the text readers see, applied when content is read (the content model, and the
 * answers' and pages' Markdown through remarkTypography): a repair of form, never of wording.
 *
 * - A range of years takes an en dash: "2020.-2022." → "2020.–2022.", "2020-2022" → "2020–2022".
 * - A year written with its full stop is a word of its own: "2023.gadam" → "2023. gadam".
 * - A dash between words is an en dash with spaces: "Latvijā - sevišķi" → "Latvijā – sevišķi".
 * - Quotation marks are the language's: Latvian „…”, English “…” (the plan's „…” for the titles it quotes;
 *   its “Erasmus+” follows them). Apostrophes are left as written.
 *
 * Web addresses in the text are left exactly as they are.
 */
import { isLocale, LANGUAGES, perLocale, type Locale } from '../locales.ts';
import type { ContentModel, Question } from './model.ts';

/** A year 1900–2099, with or without the full stop Latvian writes after it. */
const YEAR = String.raw`(?:19|20)\d\d`;

/** One place where a text breaks the rule: a few characters around it as written, and as the rule makes them. */
export interface TypographyProblem {
  rule: TypographyRule;
  found: string;
  expected: string;
}

/** The rule's parts, by name (the Sources page says each in the reader's language). */
export type TypographyRule = 'yearRange' | 'yearSpace' | 'dash' | 'quotes';

interface Rule {
  name: TypographyRule;
  pattern: RegExp;
  /** The replacement of one match (the whole text and the match's place, for marks that depend on what is before). */
  replace: (match: RegExpExecArray, text: string) => string;
}

/** A quotation mark opens after a space, an opening bracket or dash, another opening mark, or at the start. */
function opens(text: string, at: number): boolean {
  return at === 0 || /[\s([{\u2013\u2014/„“]/.test(text[at - 1]!);
}

const rulesFor = (locale: Locale): Rule[] => [
  {
    name: 'yearRange',
    pattern: new RegExp(String.raw`\b(${YEAR}\.?)\s*[-‐‑—]\s*(?=${YEAR}\b)`, 'g'),
    replace: (m) => `${m[1]}–`,
  },
  {
    name: 'yearSpace',
    pattern: new RegExp(String.raw`\b(${YEAR}\.)(?=\p{Ll})`, 'gu'),
    replace: (m) => `${m[1]} `,
  },
  { name: 'dash', pattern: /(?<=\S)[ \t]+[-‐‑—][ \t]+(?=\S)/g, replace: () => ' – ' },
  {
    name: 'quotes',
    pattern: /["“”„]/g,
    replace: (m, text) => (opens(text, m.index) ? LANGUAGES[locale].quotes.open : LANGUAGES[locale].quotes.close),
  },
];
const RULES: Record<Locale, Rule[]> = perLocale(rulesFor);

/** Where an address starts: it runs to the next space. */
const ADDRESS = /(?:https?:\/\/|www\.)\S+/g;

/** A few whole words either side of a place in a text (for a reader to find it). */
function around(text: string, start: number, end: number): { before: string; after: string } {
  const from = Math.max(0, start - 24);
  let before = text.slice(from, start);
  if (from > 0) before = before.replace(/^\S*\s*/, '');
  let after = text.slice(end, end + 24);
  if (end + 24 < text.length) after = after.replace(/\s*\S*$/, '');
  return { before, after };
}

function typesetPlain(text: string, locale: Locale, problems?: TypographyProblem[]): string {
  let result = text;
  for (const rule of RULES[locale]) {
    let out = '';
    let last = 0;
    for (const match of result.matchAll(rule.pattern)) {
      const replacement = rule.replace(match as RegExpExecArray, result);
      out += result.slice(last, match.index) + replacement;
      last = match.index + match[0].length;
      if (problems && replacement !== match[0]) {
        const { before, after } = around(result, match.index, last);
        problems.push({ rule: rule.name, found: `${before}${match[0]}${after}`, expected: `${before}${replacement}${after}` });
      }
    }
    result = out + result.slice(last);
  }
  return result;
}

/** Stands for an address while the rule runs, so the rule neither changes it nor takes it for a space. */
const MASK = '\uE000';

/** Runs the rule over the text; its addresses come back as written. */
function apply(text: string, locale: Locale, problems?: TypographyProblem[]): string {
  const addresses = text.match(ADDRESS) ?? [];
  if (addresses.length === 0) return typesetPlain(text, locale, problems);
  const masked = text.replace(ADDRESS, (address) => MASK.repeat(address.length));
  const found: TypographyProblem[] = [];
  let next = 0;
  const result = typesetPlain(masked, locale, problems && found).replace(/\uE000+/g, () => addresses[next++]!);
  // An address beside a problem is shown as "…" in its few words of context.
  const unmask = (s: string) => s.replace(/\uE000+/g, '…');
  problems?.push(...found.map((p) => ({ ...p, found: unmask(p.found), expected: unmask(p.expected) })));
  return result;
}

/** A text with the rule applied. */
export function typeset(text: string, locale: Locale): string {
  return apply(text, locale);
}

/** Where a text breaks the rule (none when typeset() would leave it as it is). */
export function typographyProblems(text: string, locale: Locale): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  apply(text, locale, problems);
  return problems;
}


/**
 * A copy of content data with the rule applied to every text in a language ({ lv, en } values: strings and
 * lists of strings). Ids, addresses, numbers and any text outside a language's field are left as they are.
 */
export function typesetData<T>(value: T): T {
  const walk = (node: unknown, locale?: Locale): unknown => {
    if (typeof node === 'string') return locale ? typeset(node, locale) : node;
    if (Array.isArray(node)) return node.map((item) => walk(item, locale));
    if (node && typeof node === 'object' && !(node instanceof Date)) {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, isLocale(key) ? key : locale)]));
    }
    return node;
  };
  return walk(value) as T;
}

/** The rule over what a question shows: its title and its answer's text (search-only words are left as typed). */
function typesetQuestion(question: Question): Question {
  const { locale } = question;
  return {
    ...question,
    title: typeset(question.title, locale),
    blocks: question.blocks.map((block) => ('text' in block ? { text: typeset(block.text, locale) } : block)),
  };
}

/**
 * The content model with the rule applied to everything it shows: the editions' data and answers, the
 * glossary and the pages' titles (their Markdown gets it from remarkTypography when rendered). The reader's
 * source (what the check and the translation status read) stays as written.
 */
export function typesetModel(model: ContentModel): ContentModel {
  return {
    ...model,
    editions: model.editions.map((edition) => {
      const { questions, sourceText, id, ...parts } = edition;
      return {
        ...typesetData(parts),
        id,
        sourceText,
        questions: perLocale((locale) => questions[locale].map(typesetQuestion)),
      };
    }),
    glossary: typesetData(model.glossary),
    pages: model.pages.map((page) => ({ ...page, title: typeset(page.title, page.locale), description: typeset(page.description, page.locale) })),
  };
}

/**
 * The places where the rule changed the school's own text (source.lv.txt, Latvian): the typographic repairs,
 * listed on the Sources page beside the editors' repairs of extraction faults (repairs.json).
 */
export function typographicRepairs(sourceText: string | undefined): TypographyProblem[] {
  return sourceText ? typographyProblems(sourceText.replace(/\s+/g, ' '), 'lv') : [];
}
