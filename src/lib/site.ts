/**
 * What the pages show, gathered from the content collections: one plan edition in one language.
 * The newest edition is the current one; older ones stay available as an archive.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { editionOfEntry } from './content/loader.ts';
import type { Activity, Edition, GlossaryTerm, Goal, List, Locale, Need, Reference, Repair, Section, Table } from './content/schemas.ts';

export interface QuestionView {
  id: string;
  entry: CollectionEntry<'questions'>;
  title: string;
  section: string;
  order: number;
  keywords: string[];
  terms: string[];
}

export interface SectionView extends Section {
  questions: QuestionView[];
}

export interface EditionView {
  id: string;
  edition: Edition;
  sections: SectionView[];
  needs: Need[];
  goals: Goal[];
  activities: Activity[];
  lists: List[];
  references: Reference[];
  table: Table;
  glossary: GlossaryTerm[];
  /** The editors' repairs of extraction artefacts in the school's text. */
  repairs: Repair[];
}

type Positioned = { position: number };
const byPosition = (a: { data: unknown }, b: { data: unknown }) => (a.data as Positioned).position - (b.data as Positioned).position;

async function itemsOf<C extends 'sections' | 'needs' | 'goals' | 'activities' | 'lists' | 'references' | 'repairs'>(
  collection: C,
  edition: string,
): Promise<CollectionEntry<C>['data'][]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries
    .filter((e) => editionOfEntry(e.id) === edition)
    .sort(byPosition)
    .map((e) => e.data);
}

/** Edition ids, oldest first (folder names sort by their years). */
export async function editionIds(): Promise<string[]> {
  return (await getCollection('editions')).map((e) => e.id).sort();
}

export async function currentEditionId(): Promise<string> {
  const ids = await editionIds();
  const newest = ids.at(-1);
  if (!newest) throw new Error('No plan edition in content/editions/');
  return newest;
}

export async function loadEdition(editionId: string, locale: Locale): Promise<EditionView> {
  const [editionEntries, tables, glossary, questionEntries] = await Promise.all([
    getCollection('editions', (e) => e.id === editionId),
    getCollection('tables', (e) => e.id === editionId),
    getCollection('glossary'),
    getCollection('questions', (e) => e.id.startsWith(`${editionId}/questions/${locale}/`)),
  ]);
  const edition = editionEntries[0]?.data;
  const table = tables[0]?.data;
  if (!edition || !table) throw new Error(`Plan edition "${editionId}" is incomplete`);
  const questions: QuestionView[] = questionEntries.map((entry) => ({
    id: entry.id.split('/').at(-1)!,
    entry,
    title: entry.data.title,
    section: entry.data.section,
    order: entry.data.order,
    keywords: entry.data.keywords,
    terms: entry.data.terms,
  }));
  const sections = (await itemsOf('sections', editionId)).map((section) => ({
    ...section,
    questions: questions.filter((q) => q.section === section.id).sort((a, b) => a.order - b.order),
  }));
  return {
    id: editionId,
    edition,
    sections,
    needs: await itemsOf('needs', editionId),
    goals: await itemsOf('goals', editionId),
    activities: await itemsOf('activities', editionId),
    lists: await itemsOf('lists', editionId),
    references: await itemsOf('references', editionId),
    table,
    glossary: glossary.map((g) => g.data),
    repairs: await itemsOf('repairs', editionId),
  };
}

export function activityTitle(view: EditionView, locale: Locale): (id: string) => string {
  return (id) => view.activities.find((a) => a.id === id)?.title[locale] ?? id;
}

/** Older editions, each with its archived pages (the newest edition is the site itself). */
export async function archivedEditionIds(): Promise<string[]> {
  return (await editionIds()).slice(0, -1);
}

/** getStaticPaths for the pages of archived editions. */
export async function archivedEditionPaths() {
  return (await archivedEditionIds()).map((edition) => ({ params: { edition } }));
}

/** The question whose answer shows a given list (e.g. "activities"), so other pages can link to it. */
export function questionShowingList(view: EditionView, listId: string): QuestionView | undefined {
  const tag = new RegExp(`<List\\s+id=["']${listId}["']`);
  return view.sections.flatMap((s) => s.questions).find((q) => tag.test(q.entry.body ?? ''));
}
