/**
 * What search needs to know of a language: one analyzer per language (analyzers/index.ts), so adding a
 * language is one entry and no code elsewhere asks which language it is.
 */
import type { AUDIENCES } from '../../content/schemas.ts';

/** Whom an answer is for: the audiences activities name in content (schemas.ts), defined there once. */
export type Audience = (typeof AUDIENCES)[number];
export type AnswerKind = 'people' | 'number' | 'time' | 'duration';

export interface Analyzer {
  /** Lower case, without diacritics: how words are compared (Pagefind ignores diacritics too). */
  fold(word: string): string;
  /** The term sent to Pagefind for a word (Pagefind matches it as a prefix of indexed words). */
  stem(word: string): string;
  /** Words that carry no meaning of their own in a query, folded. */
  stopWords: ReadonlySet<string>;
  /** Is a folded indexed word a form of the word whose term (stem) is the folded term? */
  sameWord(term: string, word: string): boolean;
  /**
   * Other ways a folded word may have been typed, each with the edits it counts as ("sh" for š: one edit).
   * Correction (vocabulary.ts) tries them as well.
   */
  variants(folded: string): { word: string; edits: number }[];
  /** Does correction also compare stems (a slip in a form the text does not use)? */
  correctsStems: boolean;
  /** Folded word beginnings that name each audience (audience.ts). */
  audience: Record<Audience, string[]>;
  /** Question words (folded word sequences) that ask for each kind of answer (questions.ts). */
  /**
   * Question words by the kind of answer they ask for, and how a length of time is written (folded: "3 nedelas",
   * "two weeks"), which is what "how long" asks for.
   */
  questions: { asks: Record<AnswerKind, string[]>; duration: RegExp };
}

/** A list of words (or phrases separated by commas, when it has any) written as one text, as the lists read best. */
export function wordList(text: string): string[] {
  return text.includes(',') ? text.split(',').map((w) => w.trim()) : text.split(/\s+/).filter(Boolean);
}
