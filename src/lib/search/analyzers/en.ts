/** English: Pagefind's own English stemmer does most of the work; we add stop words and base forms. */
import type { Analyzer } from './types.ts';

const fold = (word: string) => word.toLowerCase();

/** An English word without its plural or verb ending, for comparing words ("goes", "going" → "go"). */
function englishBase(word: string): string {
  if (word.length <= 3) return word;
  return word.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
}

/** Above this length a base is long enough to match as a beginning (SHORT_STEM in query.ts). */
const SHORT = 3;

export const english: Analyzer = {
  fold,
  stem: fold,
  /** Words of an English question that carry no meaning of their own ("can my child study abroad"). */
  stopWords: new Set([
    'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'but', 'if', 'at', 'by', 'with', 'about', 'from', 'as', 'into', 'than', 'so', 'too', 'very', 'just', 'not', 'no',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must',
    'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'there', 'here', 'this', 'that', 'these', 'those', 'it', 'its',
    'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'any', 'some', 'other', 'another',
  ]),
  sameBase(term, word, short) {
    if (short) return englishBase(word) === term;
    const base = englishBase(term);
    return base.length > SHORT && (englishBase(word) === base || word.startsWith(base));
  },
  variants: () => [],
  correctsStems: false,
  audience: {
    staff: ['staff', 'teacher', 'teaching', 'trainer', 'educator', 'adult', 'lecturer', 'professor', 'employee', 'personnel', 'specialist', 'worker', 'colleague', 'tutor', 'instructor', 'mentor'],
    learners: ['student', 'learner', 'pupil', 'apprentice', 'child', 'son', 'daughter', 'youth', 'young', 'graduate', 'trainee', 'kid'],
  },
  questions: {
    asks: {
      people: ['who can', 'who is', 'who may', 'can i', 'can my', 'can students', 'can teachers'],
      number: ['how many', 'number of'],
      benefit: ['what do i get', 'what will i get', 'what do i gain', 'what do', 'why', 'benefit'],
      time: ['when'],
    },
    benefitWords: ['benefit', 'improv', 'result', 'outcome', 'gain', 'impact'],
  },
};
