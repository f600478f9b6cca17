import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/lib/search/fold.ts';
import { stemLatvian } from '../../src/lib/search/analyzers/lv.ts';
import { queryTerms, splitWords, termMatchesWord, termOf } from '../../src/lib/search/query.ts';
import { highlightRanges, partialWordFound } from '../../src/lib/search/highlight.ts';
import { queryAudience } from '../../src/lib/search/audience.ts';
import { askedKinds, fitsAsked } from '../../src/lib/search/questions.ts';

describe('Latvian query stemming', () => {
  it('folds diacritics', () => {
    expect(foldDiacritics('Mobilitāte ĀRZEMĒS')).toBe('mobilitate arzemes');
  });

  /** Every form's stem is a prefix of every other form (what Pagefind's prefix search needs); returns the shortest. */
  const family = (forms: string[]) => {
    const stems = forms.map(stemLatvian);
    const shortest = stems.reduce((a, b) => (a.length <= b.length ? a : b));
    for (const form of forms) expect(foldDiacritics(form).startsWith(shortest), `${form} ↔ ${shortest}`).toBe(true);
    return shortest;
  };

  it('cuts inflected forms back to a stem that is a prefix of the other forms', () => {
    expect(family(['pieaugušajiem', 'pieaugušo', 'pieaugušie'])).toBe('pieaugus');
    expect(family(['partnerība', 'partnerības', 'partnerībām'])).toBe('partnerib');
    expect(family(['mobilitāte', 'mobilitātes', 'mobilitātēs', 'mobilitāti'])).toBe('mobilitat');
    expect(family(['tirgus', 'tirgū'])).toBe('tirg');
    expect(family(['svešvalodas', 'svešvalodu', 'svešvalodām'])).toBe('svesvalod');
    expect(family(['jauniešu', 'jauniešiem', 'jaunieši'])).toBe('jaunies');
  });

  it('stems short inflected words too: their other forms are found', () => {
    expect(family(['gars', 'gara', 'garam'])).toBe('gar');
    expect(family(['valoda', 'valodas', 'valodu', 'valodā'])).toBe('valod');
    expect(family(['darbs', 'darba', 'darbu', 'darbā'])).toBe('darb');
    expect(family(['gads', 'gadu', 'gada', 'gadiem', 'gadam'])).toBe('gad');
    expect(family(['vide', 'vidē', 'vidi'])).toBe('vid');
  });

  it('leaves very short words, abbreviations and numbers alone', () => {
    expect(stemLatvian('ES')).toBe('es');
    expect(stemLatvian('K2')).toBe('k2');
    expect(stemLatvian('ECVET')).toBe('ecvet');
    expect(stemLatvian('2023')).toBe('2023');
    expect(stemLatvian('un')).toBe('un');
  });

  it('prepares whole queries: stop words out, words stemmed', () => {
    const prepareQuery = (query: string, locale: 'lv' | 'en') =>
      queryTerms(query, locale)
        .map((t) => t.term)
        .join(' ');
    expect(prepareQuery('Kas ir mobilitātes projekts?', 'lv')).toBe('mobilitat projekt');
    expect(prepareQuery('jauniesu apmainas', 'lv')).toBe('jaunies apmain');
    expect(prepareQuery('kas ir', 'lv')).toBe('kas ir');
    expect(prepareQuery('What is the mobility project', 'en')).toBe('mobility project');
  });

  it('drops the words of a natural question, with or without diacritics', () => {
    expect(queryTerms('vai es varu braukt uz ārzemēm?', 'lv').map((t) => t.word)).toEqual(['braukt', 'ārzemēm']);
    expect(queryTerms('ka man pieteikties', 'lv').map((t) => t.word)).toEqual(['pieteikties']);
    expect(queryTerms('can my child study in another country', 'en').map((t) => t.word)).toEqual(['child', 'study', 'country']);
  });

  it('keeps an abbreviation typed in capitals that is also a stop word (ES is the EU, es is "I")', () => {
    expect(queryTerms('ES vērtības', 'lv').map((t) => t.term)).toEqual(['es', 'vertib']);
    expect(queryTerms('es vērtības', 'lv').map((t) => t.term)).toEqual(['vertib']);
    // A query typed all in capitals says nothing about abbreviations.
    expect(queryTerms('KAS IR ECVET', 'lv').map((t) => t.term)).toEqual(['ecvet']);
  });
});

describe('a word still being typed', () => {
  it('may be the last word of a query that does not end in a space', () => {
    expect(queryTerms('prakse ārz', 'lv').at(-1)).toEqual({ word: 'ārz', term: 'arz', partial: true });
    expect(queryTerms('prakse ārz ', 'lv').at(-1)!.partial).toBeUndefined();
    expect(queryTerms('gars', 'lv')[0]!.partial).toBe(true); // "gar" — or the beginning of "garumā"
    expect(queryTerms('mobilit', 'lv')[0]!.partial).toBe(true);
    expect(queryTerms('vērtības ES', 'lv').at(-1)!.partial).toBeUndefined(); // an abbreviation is a whole word
  });

  it('is matched as the beginning of words only where no word has its stem', () => {
    expect(termMatchesWord('arz', 'ārzemēs', 'lv')).toBe(false);
    expect(termMatchesWord('arz', 'ārzemēs', 'lv', true)).toBe(true);
    expect(partialWordFound(['prakse ārzemēs'], 'prakse ārz', 'lv')).toBe(false);
    expect(highlightRanges('prakse ārzemēs', 'prakse ārz', 'lv', true)).toEqual([
      [0, 6],
      [7, 14],
    ]);
    expect(partialWordFound(['gara, garumā'], 'gars', 'lv')).toBe(true);
  });
});

describe('which words answer a term', () => {
  it('matches inflected forms, never another word that begins or ends the same', () => {
    expect(termMatchesWord('mobilitat', 'mobilitātēs', 'lv')).toBe(true);
    expect(termMatchesWord('skolotaj', 'Skolotājiem,', 'lv')).toBe(true);
    expect(termMatchesWord('mobilitat', 'mobilitāre', 'lv')).toBe(false);
    expect(termMatchesWord('vacij', 'motivācija', 'lv')).toBe(false);
    expect(termMatchesWord('viz', 'vīzijai', 'lv')).toBe(false);
    expect(termMatchesWord('pas', 'pasākumu', 'lv')).toBe(false);
    expect(termMatchesWord('pas', 'pasaulē', 'lv')).toBe(false);
    expect(termMatchesWord('visa', 'vision', 'en')).toBe(false);
    expect(termMatchesWord('exchange', 'exchanges', 'en')).toBe(true);
    expect(termMatchesWord('apply', 'applied', 'en')).toBe(true);
  });

  it('reads a word as readers type its parts: NextSteps@TechVET, K1/KA1, 2020.–2022.; a hyphenated word whole', () => {
    expect(splitWords('NextSteps@TechVET e-pasts K1/KA1 2020.–2022. 2020-2022 Erasmus+ -x')).toEqual([
      'NextSteps',
      'TechVET',
      'e-pasts',
      'K1',
      'KA1',
      '2020',
      '2022',
      '2020',
      '2022',
      'Erasmus+',
      'x',
    ]);
    expect(termMatchesWord('techvet', '“NextSteps@TechVET”,', 'lv')).toBe(true);
    expect(termMatchesWord('2022', '2020.–2022.', 'lv')).toBe(true);
    expect(termMatchesWord('ka1', 'K1/KA1', 'lv')).toBe(true);
    expect(termMatchesWord('erasm', 'Erasmus+', 'lv')).toBe(true);
  });

  it('takes a hyphenated word as one word, as typed with or without its hyphen, and finds its parts in it', () => {
    expect(queryTerms('e-mail address', 'en').map((t) => [t.word, t.term])).toEqual([
      ['e-mail', 'email'],
      ['address', 'address'],
    ]);
    expect(queryTerms('e-pasts', 'lv').map((t) => t.term)).toEqual([stemLatvian('epasts')]);
    expect(termMatchesWord(termOf('e-mail', 'en'), 'e-mail:', 'en')).toBe(true);
    expect(termMatchesWord(termOf('email', 'en'), 'E-mail', 'en')).toBe(true);
    expect(termMatchesWord(termOf('e-pasts', 'lv'), 'e-pastu', 'lv')).toBe(true);
    expect(termMatchesWord(termOf('assessment', 'en'), 'self-assessment', 'en')).toBe(true);
    expect(termMatchesWord(termOf('e-mail', 'en'), 'mail', 'en')).toBe(false);
    const text = 'A self-assessment report';
    expect(highlightRanges(text, 'self-assessment', 'en').map(([a, b]) => text.slice(a, b))).toEqual(['self-assessment']);
  });

  it("reads a Latvian verb's forms as its own: the infinitive's -t, k/c and g/dz, reflexive and future endings", () => {
    expect(termMatchesWord(termOf('brauc', 'lv'), 'braukt', 'lv')).toBe(true);
    expect(termMatchesWord(termOf('brauks', 'lv'), 'braukt', 'lv')).toBe(true);
    expect(termMatchesWord(termOf('braukt', 'lv'), 'brauc', 'lv')).toBe(true);
    expect(termMatchesWord(termOf('lūdz', 'lv'), 'lūgt', 'lv')).toBe(true);
    // Reflexive and future forms and the theme vowel: "uzlabosies" of "uzlabot", "piedalīties" of "piedalās".
    expect(termMatchesWord(termOf('uzlabosies', 'lv'), 'uzlabot', 'lv')).toBe(true);
    expect(termMatchesWord(termOf('piedalīties', 'lv'), 'piedalās', 'lv')).toBe(true);
    expect(termMatchesWord(termOf('piedalīsies', 'lv'), 'piedalīties', 'lv')).toBe(true);
    expect(termMatchesWord(termOf('braukt', 'lv'), 'brauciens', 'lv')).toBe(false);
    expect(stemLatvian('ECVET')).toBe('ecvet');
  });

  it("matches a short stem only where it is the word's own stem", () => {
    expect(termMatchesWord('gar', 'gara', 'lv')).toBe(true);
    expect(termMatchesWord('gar', 'garumā', 'lv')).toBe(false);
    expect(termMatchesWord('go', 'going', 'en')).toBe(true);
    expect(termMatchesWord('go', 'goals', 'en')).toBe(false);
  });

  it('matches English plurals both ways, not words that only share a beginning', () => {
    expect(termMatchesWord('teachers', 'teacher', 'en')).toBe(true);
    expect(termMatchesWord('studies', 'study', 'en')).toBe(true);
    expect(termMatchesWord('teacher', 'teachers', 'en')).toBe(true);
    expect(termMatchesWord('erasmsu', 'erasmus', 'en')).toBe(false);
  });
});

describe('whom a query is about', () => {
  it('is learners unless staff are named, nobody in particular when both are', () => {
    expect(queryAudience(['prakse', 'ārzemēs'], 'lv')).toEqual({ audience: 'learners', named: false });
    expect(queryAudience(['skolotāju', 'prakse'], 'lv')).toEqual({ audience: 'staff', named: true });
    expect(queryAudience(['audzēkņu', 'prakse'], 'lv')).toEqual({ audience: 'learners', named: true });
    expect(queryAudience(['teachers', 'and', 'students'], 'en')).toEqual({ named: true });
    expect(queryAudience(['adult', 'education'], 'en')).toEqual({ audience: 'staff', named: true });
  });
});

describe('marking the searched words on the page', () => {
  it("marks every form of the query's words, and only those", () => {
    const text = 'iniciatīvas un uzņēmējdarbības gara uzlabošanās visa mūža garumā';
    const marked = highlightRanges(text, 'iniciatīvas gars', 'lv').map(([a, b]) => text.slice(a, b));
    expect(marked).toEqual(['iniciatīvas', 'gara']);
    const en = 'Teachers and a teacher: staff mobility';
    expect(highlightRanges(en, 'teachers mobility', 'en').map(([a, b]) => en.slice(a, b))).toEqual(['Teachers', 'teacher', 'mobility']);
  });

  it('marks nothing for a query of no words', () => {
    expect(highlightRanges('some text', '  ', 'en')).toEqual([]);
  });
});

describe('search excerpts', () => {
  it('cuts the excerpt from the section text after its heading, never from its keywords, and marks matches', async () => {
    const { sectionExcerpt } = await import('../../src/lib/search/results.ts');
    const words =
      'Iepriekšējā sadaļa beidzas. prakse ārzemēs, skolēni. Audzēkņu mobilitāte Mācību mobilitātē var doties <audzēkņi> un mācekļi uz ārzemēm'.split(
        ' ',
      );
    const anchor = 3; // "prakse" — the keywords stand where the heading starts
    const excerpt = sectionExcerpt(words, 'Audzēkņu mobilitāte', anchor, [3, 4, 13], undefined, 6);
    expect(excerpt).toBe('Mācību mobilitātē var doties &lt;audzēkņi&gt; <mark>un</mark> …');
    expect(excerpt).not.toContain('prakse');
  });

  it("marks only the words that answer a term, not Pagefind's looser matches", async () => {
    const { sectionExcerpt } = await import('../../src/lib/search/results.ts');
    const words = 'Tabula 1.1 2020./2021. m. g. mobilitātes skaits'.split(' ');
    expect(sectionExcerpt(words, 'Tabula 1.1', 0, [3, 5], (w) => termMatchesWord('mobilitat', w, 'lv'), 10)).toBe(
      '2020./2021. m. g. <mark>mobilitātes</mark> skaits',
    );
  });
});

describe('what a question asks for', () => {
  const unit = (text: string) => ({ kind: 'answers', audience: [], text });
  it('"how long" / "cik ilgi" asks for a length of time, which only a number of days, weeks, months or years gives', () => {
    expect(askedKinds('how long is the placement', 'en')).toContain('duration');
    expect(askedKinds('cik ilgā ir prakse', 'lv')).toContain('duration');
    expect(askedKinds('cik maksā', 'lv')).not.toContain('duration');
    expect(fitsAsked(['duration'], unit('The placement lasts three weeks.'))).toBe(true);
    expect(fitsAsked(['duration'], unit('Prakse ilgst 3 nedēļas.'))).toBe(true);
    expect(fitsAsked(['duration'], unit('Mobility pays off in the long run.'))).toBe(false);
  });
});
