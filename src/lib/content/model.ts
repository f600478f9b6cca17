/**
 * The content model: what content/ means once read. One type for everything that consumes content (pages,
 * search records, the rules of the check, translation status, the build gate, tests), and the one place
 * that decides which plan edition is the current one.
 */
import type { Locale } from '../locales.ts';
import type { AnswerBlock, AnswerLink } from './mdx.ts';
import type { EditionParts, GlossaryTerm, PageFrontmatter, Participation, QuestionFrontmatter, School, SearchTeaching, SiteSettings } from './schemas.ts';

/** One answer in one language (content/editions/<edition>/questions/<locale>/<id>.mdx). */
export interface Question extends QuestionFrontmatter {
  /** The file name without .mdx: the question's stable #id, the same in every language. */
  id: string;
  editionId: string;
  locale: Locale;
  /** The file as shown to editors (relative to the project). */
  file: string;
  /** The body as written: MDX (`.mdx`, may show lists with <List id="…" />) or Markdown (`.md`). */
  body: string;
  format: 'md' | 'mdx';
  /** The body parsed once (src/lib/content/mdx.ts): its paragraphs' text and its lists, in order. */
  blocks: AnswerBlock[];
  /** Ids of the lists the answer shows. */
  lists: string[];
  /** Reference numbers it cites. */
  citations: number[];
  /** Lines before the body in the file (front matter), so a line of the body can be named as a line of the file. */
  bodyLineOffset: number;
  /** Its links and images, with their lines in the file. */
  links: AnswerLink[];
}

/** A stand-alone page in one language (content/pages/<locale>/<id>.md), e.g. the accessibility statement. */
export interface Page extends PageFrontmatter {
  id: string;
  locale: Locale;
  file: string;
  body: string;
  /** Its links and images, with their lines in the file. */
  links: AnswerLink[];
}

/** One plan edition, named by its years ("2020-2022"): its data files and its answers in every language. */
export interface PlanEdition extends EditionParts {
  id: string;
  /** The school's own text of the plan (Latvian), where the edition keeps it: the content must contain it. */
  sourceText?: string;
  /** Per language, in section order and then by `order` within a section. */
  questions: Record<Locale, Question[]>;
}

export interface ContentModel {
  /** Who publishes the plan: the only place the school is named. */
  school: School;
  /** Oldest first. */
  editions: PlanEdition[];
  glossary: GlossaryTerm[];
  /** How readers ask (content/search.json): synonyms and names search must know. */
  search: SearchTeaching;
  pages: Page[];
  /** Where the site is published (content/site.json). */
  site: SiteSettings;
  /** What readers come for beyond the plan (content/participation.json): every section optional. */
  participation: Participation;
}

/**
 * The newest edition (by its years) is the plan the site shows; older ones are its archive.
 * This is the only place that decides it.
 */
/** Which of the editions (oldest first, as read) is the current plan: the newest. Decided here only. */
export function currentOf<E>(editions: readonly E[]): E | undefined {
  return editions.at(-1);
}

export function currentEdition(model: ContentModel): PlanEdition {
  const newest = currentOf(model.editions);
  if (!newest) throw new Error('No plan edition in content/editions/ (run npm run check)');
  return newest;
}

/** Older editions, newest first, as the archive lists them. */
export function archivedEditions(model: ContentModel): PlanEdition[] {
  return model.editions.slice(0, -1).reverse();
}

/** The edition shown at an address: an archived one by id, otherwise the current one. */
export function editionFor(model: ContentModel, id?: string): PlanEdition {
  if (!id) return currentEdition(model);
  const edition = model.editions.find((e) => e.id === id);
  if (!edition) throw new Error(`No plan edition "${id}" in content/editions/`);
  return edition;
}

/** Edition folders sort by their years: "2020-2022" before "2023-2027". */
export function byEditionId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id);
}
