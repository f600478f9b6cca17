/**
 * A light Latvian stemmer for search. Pagefind has no Latvian stemmer, but it matches query words as
 * prefixes of indexed words and ignores diacritics. So cutting a query word back to its stem (without
 * diacritics) lets every inflected form in the text match: "pieaugušajiem" → "pieaugus" finds "pieaugušo",
 * "tirgus" → "tirg" finds "tirgū", "gars" → "gar" finds "gara".
 *
 * Short words have short stems: a stem of three letters is kept for four-letter words (gars, gads, vide) and
 * behind a case ending of two letters or more (gadiem, gadām); otherwise stems keep four letters at least
 * ("ecvet" stays whole). A word answers a term only when the word's own stem is the same (sameWord): the stem
 * is no prefix of other words ("gar" of "garumā", "pas" of "pasākums").
 */

import { foldDiacritics } from '../fold.ts';
import { wordList, type Analyzer } from './types.ts';

/**
 * Noun, adjective, participle and verb endings (reflexive and future too: -ties, -sies), diacritics folded,
 * longest first. Definite adjective endings (-ajiem, -ajam, …) come before the plain ones so "pieaugušajiem"
 * loses all of "-ajiem". "-ju" is the
 * genitive plural after a labial that takes a j ("ārzemju" → "arzem", which finds "ārzemēs").
 */
const ENDINGS = [
  'ajiem',
  'siet',
  'sies',
  'ties',
  'ajam',
  'ajai',
  'ajas',
  'ajos',
  'ajie',
  'sim',
  'iem',
  'ies',
  'ais',
  'aja',
  'ajo',
  'oss',
  'ams',
  'ama',
  'amas',
  'as',
  'es',
  'is',
  'us',
  'os',
  'am',
  'em',
  'im',
  'um',
  'ai',
  'ei',
  'ie',
  'ij',
  'ju',
  'ot',
  'at',
  'et',
  'it',
  'a',
  'e',
  'i',
  'o',
  'u',
  's',
  't',
];

/** The shortest stem: a word of four letters keeps three ("gars" → "gar"), a longer one four at least. */
const SHORT_STEM = 3;

/** Verb endings: too like the end of a word that has none ("ecvet") to leave a stem of three letters. */
const VERB_ENDINGS = new Set(['ot', 'at', 'et', 'it']);

export function stemLatvian(word: string): string {
  return latvianStems(foldDiacritics(word))[0]!;
}

/**
 * Every stem a folded word may have, the one stemLatvian gives first: an ending can be read in more than one
 * way ("skolotājiem" is "skolotāj-iem", not the adjective's "-ajiem"), so a form is recognised by any of them.
 */
function latvianStems(folded: string): string[] {
  if (folded.length <= SHORT_STEM || /\d/.test(folded)) return [folded];
  const stems: string[] = [];
  for (const ending of ENDINGS) {
    // "-ju" only after the labials that take a j in the genitive plural ("zemju", "tiesību" has none).
    if (ending === 'ju' && !/[bmpvf]ju$/.test(folded)) continue;
    // "-t" of an infinitive after a consonant ("braukt", "pieteikt"); after a vowel it is "-at", "-it", … ("ecvet" has none).
    if (ending === 't' && !/[^aeiou]t$/.test(folded)) continue;
    const shortest = folded.length === SHORT_STEM + 1 || (ending.length >= 2 && !VERB_ENDINGS.has(ending)) ? SHORT_STEM : SHORT_STEM + 1;
    if (folded.endsWith(ending) && folded.length - ending.length >= shortest) stems.push(folded.slice(0, -ending.length));
  }
  return stems.length ? stems : [folded];
}

/**
 * A stem without the "-aj-" of a definite adjective or an agent noun, with a verb's "c"/"dz" read as the "k"/"g"
 * of its infinitive ("brauc" is a form of "braukt", "lūdz" of "lūgt") and without a verb's theme vowel
 * ("uzlabo-sies" of "uzlab-ot"), so that either reading compares equal.
 */
const core = (stem: string) =>
  stem
    .replace(/aj$/, '')
    .replace(/c$/, 'k')
    .replace(/dz$/, 'g')
    .replace(/(?<=\p{L}{4})[aeiou]$/u, '');

/**
 * Words that carry no meaning of their own in a query: conjunctions, prepositions, pronouns, question
 * words, auxiliaries, "darīt" (do), "gribēt" (want) and "nozīmē" (means: "ko nozīmē K1"), as people type them in questions ("vai es varu …", "kā man pieteikties"). Kept
 * folded, so they are recognised with or without diacritics.
 */
const LATVIAN_STOP_WORDS = new Set(
  wordList(`
un ar par pa uz no pie ap bez līdz pēc pirms caur zem virs starp pret aiz priekš dēļ iekš vai bet jo
lai ja tad gan arī vēl tikai ļoti nu jā nē ne nav ir būs bija būt tiek tika tikt kļūt kas ko kam kā
kur kad cik kāpēc kādēļ kāds kāda kādi kādas kādu kādā kādās kādos kurš kura kuri kuras kuru kurā
kurās kuros kuriem kurām es man mani mans mana manu mani manam manai mēs mums mūs mūsu tu tev tevi
tavs tava tavu jūs jums jūsu viņš viņa viņi viņas viņu viņam viņai viņiem sev sevi savs sava savu
savi savas tas tā tie tās to tos tam tai tiem tām šis šī šie šīs šo šos šim šai šiem šām šeit tur
var varu varam varat varētu varēs drīkst vajag vajadzētu cits cita citā citu citi citas citās citos
citiem citām darīt dara darīs jādara kādiem kādām kādam kādai grib gribu gribam gribat gribētu nozīmē
`).map(foldDiacritics),
);

/**
 * Latvian typed without its letters: "sh", "ch", "zh" for š, č, ž and a doubled vowel for a long one
 * ("skolotaaji"). Each such pair becomes one letter, costing one edit like any other slip.
 */
function untangleLatvian(folded: string): { word: string; edits: number } {
  let edits = 0;
  const word = folded.replace(/([scz])h|([aeiu])\2/g, (_, consonant: string | undefined, vowel: string | undefined) => {
    edits++;
    return consonant ?? vowel!;
  });
  return { word, edits };
}

export const latvian: Analyzer = {
  fold: foldDiacritics,
  stem: stemLatvian,
  stopWords: LATVIAN_STOP_WORDS,
  sameWord: (term, word) => latvianStems(word).some((stem) => core(stem) === core(term)),
  variants(folded) {
    const untangled = untangleLatvian(folded);
    return untangled.edits > 0 ? [untangled] : [];
  },
  correctsStems: true,
  audience: {
    staff: wordList(
      `skolotaj pedagog personal pasniedzej darbiniek specialist macibspek izglitotaj pieaugus docent lektor trener kolleg koleg direktor`,
    ),
    learners: wordList(`skolen audzekn student macekl izglitojam absolvent jaunies bern praktikant stazier`),
  },
  questions: {
    asks: {
      people: wordList(`kas var, kas drikst, kam ir, kuri var, kurs var, vai es varu, vai var`),
      number: wordList(`cik`),
      time: wordList(`kad`),
      // Without diacritics, as the query is compared: "cik ilgā" is "cik ilga".
      duration: wordList(`cik ilgi, cik ilgs, cik ilga, cik ilgu, uz cik ilgu, cik gars, cik gara, cik dienas, cik nedelas, cik menesus`),
    },
    duration: /\b(\d+|viena|vienu|divas|divi|divus|tris|cetras|cetri|piecas|piecus|sesas)\s+(dien|nedel|menes|gad)/,
  },
};
