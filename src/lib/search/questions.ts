/**
 * Question words that carry meaning: "kas var" / "who can" asks whom something is open to, "cik" / "how many"
 * for a number, "kad" / "when" for a time (Table 1.1, its semesters) and "cik ilgi" / "how long" for a length
 * of time ("3 nedēļas", "two weeks"). They are stop words to the search
 * itself (they find nothing), but they steer ranking (results.ts) toward that kind of answer: among answers
 * with as many of the query's words, one of that kind comes first. Each language's question words are in its
 * analyzer (analyzers/). (Steering "ko iegūstu" / "what do I gain" to outcomes changed no case.)
 */
import type { Locale } from '../locales.ts';
import { foldDiacritics } from './fold.ts';
import { ANALYZERS, type AnswerKind } from './analyzers/index.ts';

export type { AnswerKind };

/** The kinds of answer a query asks for, from its question words. */
export function askedKinds(query: string, locale: Locale): AnswerKind[] {
  const words = ` ${foldDiacritics(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
  return (Object.entries(ANALYZERS[locale].questions.asks) as [AnswerKind, string[]][])
    .filter(([, phrases]) => phrases.some((p) => words.includes(` ${p} `)))
    .map(([kind]) => kind);
}

/** What ranking knows of a unit to tell whether it is the kind of answer asked for. */
export interface UnitTraits {
  /** answers, table or glossary. */
  kind: string;
  /** Whom it is for (activities), empty when it does not say. */
  audience: string[];
  text: string;
}

/** Is the unit an answer of one of the kinds asked for? */
export function fitsAsked(kinds: AnswerKind[], unit: UnitTraits): boolean {
  return kinds.some((kind) => {
    if (kind === 'people') return unit.audience.length > 0;
    // A unit's text is in its page's language: any language's way of writing a length of time will do.
    if (kind === 'duration') return Object.values(ANALYZERS).some((a) => a.questions.duration.test(foldDiacritics(unit.text)));
    return unit.kind === 'table' || /semestr/.test(foldDiacritics(unit.text));
  });
}
