/**
 * What the pages show of a plan edition, decided here so components only render: answers grouped in
 * their sections, needs paired with their goals, the glossary terms an answer uses, the glossary in
 * alphabetical order, activity titles for Table 1.1, and which answer shows a given list.
 */
import type { Locale } from './locales.ts';
import type { PlanEdition, Question } from './content/model.ts';
import type { GlossaryTerm, Goal, LocalizedText, Need, Section } from './content/schemas.ts';

export interface SectionWithQuestions {
  section: Section;
  questions: Question[];
}

/** The edition's sections in order, each with its answers in one language (empty sections left out). */
export function questionsBySection(edition: PlanEdition, locale: Locale): SectionWithQuestions[] {
  return edition.sections
    .map((section) => ({ section, questions: edition.questions[locale].filter((q) => q.section === section.id) }))
    .filter((s) => s.questions.length > 0);
}

/** An activity's title in one language, by id (Table 1.1 names its rows by activity id). */
export function activityTitles(edition: Pick<PlanEdition, 'activities'>, locale: Locale): (id: string) => string {
  const titles = new Map(edition.activities.map((a) => [a.id, a.title[locale]]));
  return (id) => titles.get(id) ?? id;
}

export interface NeedGoalPair {
  need: Need;
  goal: Goal;
}

/** Each need beside the goal it names (the check makes sure every need has exactly one). */
export function needGoalPairs(edition: Pick<PlanEdition, 'needs' | 'goals'>): NeedGoalPair[] {
  return edition.needs.flatMap((need) => {
    const goal = edition.goals.find((g) => g.id === need.goal);
    return goal ? [{ need, goal }] : [];
  });
}

/** The glossary entries an answer names, in the answer's order. */
export function termsOf(question: Pick<Question, 'terms'>, glossary: GlossaryTerm[]): GlossaryTerm[] {
  return question.terms.flatMap((id) => glossary.filter((g) => g.id === id));
}

/** The glossary sorted by term in one language, with that language's alphabet (ā after a, š after s). */
export function glossaryInOrder(glossary: GlossaryTerm[], locale: Locale): GlossaryTerm[] {
  return [...glossary].sort((a, b) => a.term[locale].localeCompare(b.term[locale], locale));
}

/**
 * The other names the glossary shows for a term ("Arī: …"): its `also` list without repeats that differ only
 * in capitals and without the term itself (search-only forms are in `searchAliases` and never shown).
 */
export function glossaryAlso(term: GlossaryTerm, locale: Locale): string[] {
  const key = (s: string) => s.toLocaleLowerCase(locale).replace(/\s+/g, ' ').trim();
  const seen = new Set([key(term.term[locale])]);
  return term.also[locale].filter((name) => !seen.has(key(name)) && Boolean(seen.add(key(name))));
}

/** The answer that shows a given list (e.g. "activities"), so other pages can link to it. */
export function questionShowingList(edition: PlanEdition, locale: Locale, listId: string): Question | undefined {
  return edition.questions[locale].find((q) => q.lists.includes(listId));
}

/** A need and the goal that answers it, each with its number in the plan's two lists and its words. */
export interface NeedGoalNumbers {
  need: number;
  goal: number;
  needId: string;
  goalId: string;
  needText: LocalizedText;
  goalText: LocalizedText;
  needReferences: number[];
  goalReferences: number[];
}

/** The pairing as the plan numbers its lists, with both texts, so a reader sees each need beside its goal. */
export function needGoalNumbers(edition: Pick<PlanEdition, 'needs' | 'goals'>): NeedGoalNumbers[] {
  return needGoalPairs(edition).map(({ need, goal }) => ({
    need: edition.needs.indexOf(need) + 1,
    goal: edition.goals.indexOf(goal) + 1,
    needId: need.id,
    goalId: goal.id,
    needText: need.text,
    goalText: goal.text,
    needReferences: need.references,
    goalReferences: goal.references,
  }));
}

/** One line of the plan's table of contents: an anchor on the page and its title, with the lines under it. */
export interface ContentsEntry {
  id: string;
  title: string;
  children: ContentsEntry[];
}

/**
 * The plan document's table of contents: its sections with their questions, in the school's order, then
 * the parts the page adds after them (needs↔goals, Table 1.1, references), given as id and title.
 */
export function planContents(edition: PlanEdition, locale: Locale, after: { id: string; title: string }[]): ContentsEntry[] {
  return [
    ...questionsBySection(edition, locale).map(({ section, questions }) => ({
      id: `section-${section.id}`,
      title: section.title[locale],
      children: questions.map((q) => ({ id: q.id, title: q.title, children: [] })),
    })),
    ...after.map((part) => ({ ...part, children: [] })),
  ];
}
