/** English: Pagefind's own English stemmer does most of the work; we add stop words and base forms. */
import { wordList, type Analyzer } from './types.ts';

const fold = (word: string) => word.toLowerCase();

/**
 * An English word without its plural or verb ending and a final "e", for comparing words: "goes", "going" →
 * "go"; "exchange", "exchanges" → "exchang"; "studies", "studied" → "study".
 */
function englishBase(word: string): string {
  if (word.length <= 3) return word;
  return word
    .replace(/ie[sd]$/, 'y')
    .replace(/(?:ing|ed|es|(?<!s)s)$/, '')
    .replace(/e$/, '');
}

export const english: Analyzer = {
  fold,
  stem: fold,
  /**
   * Words of an English question that carry no meaning of their own ("can my child study abroad"), with "want",
   * "mean"/"meaning" ("ka1 meaning") and "eligible" ("who is eligible to go": the question is whom it is open to).
   */
  stopWords: new Set(
    wordList(`
a an the of to in on for and or but if at by with about from as into than so too very just not no is
are was were be been being am do does did have has had can could will would shall should may might
must what which who whom whose when where why how there here this that these those it its i me my we
us our you your he him his she her they them their any some other another want wants mean means meaning
eligible
`),
  ),
  sameWord: (term, word) => englishBase(word) === englishBase(term),
  variants: () => [],
  correctsStems: false,
  audience: {
    staff: wordList(
      `staff teacher teaching trainer educator adult lecturer professor employee personnel specialist worker colleague tutor instructor mentor`,
    ),
    learners: wordList(`student learner pupil apprentice child son daughter youth young graduate trainee kid`),
  },
  questions: {
    asks: {
      people: wordList(`who can, who is, who may, can i, can my, can students, can teachers`),
      number: wordList(`how many, number of`),
      time: wordList(`when`),
      duration: wordList(`how long, how many days, how many weeks, how many months`),
    },
    duration: /\b(\d+|one|two|three|four|five|six|several|a few)\s+(day|week|month|year)/,
  },
};
