/**
 * runSearch alone, against a small in-memory stand-in for Pagefind (every word must match as a prefix of an
 * indexed word, diacritics ignored, and a word no document has is ignored, as Pagefind does): relaxation,
 * correction, ranking rules and the budget of searches.
 */
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../src/lib/search/fold.ts';
import type { PagefindResultData } from '../../src/lib/search/results.ts';
import { MAX_SEARCHES, planAnswers, runSearch, type PagefindSearch } from '../../src/lib/search/run.ts';
import { sectionExcerpt } from '../../src/lib/search/results.ts';
import type { Vocabulary } from '../../src/lib/search/vocabulary.ts';
import { buildVocabulary } from '../../src/integrations/pagefind/vocabulary.ts';
import { contactRecord } from '../../src/integrations/pagefind/records.ts';
import type { School } from '../../src/lib/content/schemas.ts';

interface Doc {
  id: string;
  title: string;
  content: string;
  keywords?: string;
  kind?: 'answers' | 'glossary';
  audience?: string[];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const fold = (w: string) => foldDiacritics(w).replace(/[^\p{L}\p{N}+@]/gu, '');

function fakePagefind(docs: Doc[]): PagefindSearch & { searches: string[] } {
  const searches: string[] = [];
  return {
    searches,
    async search(query) {
      searches.push(query);
      const all = (d: Doc) => [...words(d.content), ...words(d.title), ...words(d.keywords ?? '')];
      const has = (d: Doc, t: string) => all(d).some((w) => fold(w).startsWith(t));
      // As Pagefind does, a word no document has is ignored ("kinds projects" finds what "projects" finds).
      const terms = query.split(' ').filter((t) => t && docs.some((d) => has(d, t)));
      const results = docs
        .filter((d) => terms.length > 0 && terms.every((t) => has(d, t)))
        .map((d, i) => ({
          id: d.id,
          score: 1 / (i + 1),
          data: async (): Promise<PagefindResultData> => {
            const locations = words(d.content).flatMap((w, at) => (terms.some((t) => fold(w).startsWith(t)) ? [at] : []));
            return {
              url: `/faq/#${d.id}`,
              excerpt: d.content,
              content: d.content,
              locations,
              meta: { title: d.title, keywords: d.keywords ?? '' },
              filters: { kind: [d.kind ?? 'answers'], page: ['FAQ'], audience: d.audience ?? [] },
            };
          },
        }));
      return { results };
    },
  };
}

const DOCS: Doc[] = [
  {
    id: 'learners',
    title: 'Audzēkņu mācību mobilitāte',
    content: 'Audzēkņi var doties praksē uz ārvalstīm.',
    keywords: 'prakse ārzemēs',
    audience: ['learners'],
  },
  {
    id: 'staff',
    title: 'Personāla mācību mobilitāte',
    content: 'Pedagogi var doties praksē vai darba vērošanā.',
    keywords: 'prakse ārzemēs, skolotāji',
    audience: ['staff'],
  },
  { id: 'results', title: 'Gaidāmie rezultāti', content: 'Iniciatīvas un uzņēmējdarbības gara uzlabošanās; valodu prasmes.' },
  { id: 'lifelong', title: 'Mūžizglītība', content: 'Mācīšanās visa mūža garumā.' },
  { id: 'partnership', title: 'Stratēģiskās partnerības', content: 'Sadarbības projekti ar partneriem citās valstīs.' },
  { id: 'glossary-mobility', title: 'Mācību mobilitāte', content: 'Mācību mobilitāte: došanās uz citu valsti mācīties.', kind: 'glossary' },
];
const vocabulary: Vocabulary = buildVocabulary(DOCS.flatMap((d) => [d.title, d.content, d.keywords ?? '']));
/** A dictionary that knows no word (every word that finds nothing may be corrected). */
const noWord = async () => false;

describe('runSearch', () => {
  it('finds what has every word, without loading the vocabulary', async () => {
    let loads = 0;
    const outcome = await runSearch(fakePagefind(DOCS), 'prakse ārzemēs', 'lv', { loadVocabulary: async () => (loads++, vocabulary) });
    expect(outcome.hits.map((h) => h.url)).toEqual(['/faq/#learners', '/faq/#staff']);
    expect(outcome.notFound).toEqual([]);
    expect(outcome.correctedQuery).toBeUndefined();
    expect(loads).toBe(0);
  });

  it('shows the best partial matches, never nothing, when one word is nowhere', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'prakse ārzemēs Vācijā', 'lv', {
      loadVocabulary: async () => vocabulary,
      isWord: noWord,
    });
    expect(outcome.hits.map((h) => h.url).slice(0, 2)).toEqual(['/faq/#learners', '/faq/#staff']);
    expect(outcome.notFound).toEqual(['vācijā']);
    expect(outcome.correctedQuery).toBeUndefined();
  });

  it('puts the units with more of the words first, after any complete match', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'pedagogi prakse darba', 'lv');
    expect(outcome.hits[0]!.url).toBe('/faq/#staff');
    expect(outcome.hits[0]!.matched).toHaveLength(3);
    expect(outcome.hits[1]!.matched.length).toBeLessThan(3);
  });

  it('finds short inflected words by their stem, and not the longer words they begin', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'gars', 'lv');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/faq/#results']); // "gara", not "garumā"
  });

  it('reads a short last word that finds no word of its stem as half-typed', async () => {
    let loads = 0;
    const outcome = await runSearch(fakePagefind(DOCS), 'prakse ārz', 'lv', { loadVocabulary: async () => (loads++, vocabulary) });
    expect(outcome.hits.slice(0, 2).map((h) => h.url)).toEqual(['/faq/#learners', '/faq/#staff']);
    expect(outcome.notFound).toEqual([]);
    expect(loads).toBe(0); // three letters: nothing to correct, no vocabulary fetched
  });

  it('corrects a word that finds nothing to the nearest word of the index, and says so', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'partnerrības', 'lv', { loadVocabulary: async () => vocabulary, isWord: noWord });
    expect(outcome.correctedQuery).toBe('partnerības');
    expect(outcome.searched).toBe('partnerības');
    expect(outcome.hits[0]!.url).toBe('/faq/#partnership');
  });

  it('keeps the rest of the query as typed around a corrected word', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'Prakze ārzemēs', 'lv', { loadVocabulary: async () => vocabulary, isWord: noWord });
    expect(outcome.correctedQuery).toBe('prakse ārzemēs');
  });

  it('searches exactly what was typed when asked to', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'partnerrības', 'lv', {
      loadVocabulary: async () => vocabulary,
      isWord: noWord,
      correct: false,
    });
    expect(outcome.correctedQuery).toBeUndefined();
    expect(outcome.hits).toEqual([]);
    expect(outcome.notFound).toEqual(['partnerrības']);
  });

  it('does not correct a word the index has, even where it finds nothing', async () => {
    const known = new Map(vocabulary);
    known.set('partnerribas', { word: 'partnerrības', count: 1 });
    const outcome = await runSearch(fakePagefind(DOCS), 'partnerrības', 'lv', { loadVocabulary: async () => known, isWord: noWord });
    expect(outcome.correctedQuery).toBeUndefined();
  });

  it('never replaces a real word, and asks the dictionary only when the vocabulary has a replacement', async () => {
    const asked: string[] = [];
    const dictionary = async (word: string) => (asked.push(word), word === 'partnerrības');
    const outcome = await runSearch(fakePagefind(DOCS), 'partnerrības', 'lv', {
      loadVocabulary: async () => vocabulary,
      isWord: dictionary,
    });
    expect(outcome.correctedQuery).toBeUndefined();
    expect(outcome.notFound).toEqual(['partnerrības']);
    await runSearch(fakePagefind(DOCS), 'qwxzvyqq', 'lv', { loadVocabulary: async () => vocabulary, isWord: dictionary });
    expect(asked).toEqual(['partnerrības']); // nothing in the vocabulary is near "qwxzvyqq": no dictionary fetched
  });

  it('leaves a word as typed when the dictionary cannot be loaded', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'partnerrības', 'lv', {
      loadVocabulary: async () => vocabulary,
      isWord: () => Promise.reject(new Error('offline')),
    });
    expect(outcome.correctedQuery).toBeUndefined();
  });

  it('still answers when the vocabulary cannot be loaded', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'prakse Vācijā', 'lv', {
      loadVocabulary: () => Promise.reject(new Error('offline')),
    });
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(outcome.notFound).toEqual(['vācijā']);
  });

  it("ranks learners' answers above staff answers unless the query names staff", async () => {
    const learners = await runSearch(fakePagefind(DOCS), 'mobilitāte', 'lv');
    expect(learners.hits.map((h) => h.url).indexOf('/faq/#learners')).toBeLessThan(learners.hits.map((h) => h.url).indexOf('/faq/#staff'));
    const staff = await runSearch(fakePagefind(DOCS), 'skolotāji prakse', 'lv');
    expect(staff.hits[0]!.url).toBe('/faq/#staff');
  });

  it('ranks answers above a glossary entry with as many of the words, unless the query is the term itself', async () => {
    const answers = (await runSearch(fakePagefind(DOCS), 'mobilitāte', 'lv')).hits.map((h) => h.url);
    expect(answers.indexOf('/faq/#glossary-mobility')).toBeGreaterThan(answers.indexOf('/faq/#learners'));
    const term = await runSearch(fakePagefind(DOCS), 'mācību mobilitāte', 'lv');
    expect(term.hits[0]!.url).toBe('/faq/#glossary-mobility');
  });

  it('returns nothing for a query of nothing', async () => {
    expect(await runSearch(fakePagefind(DOCS), ' ?! ', 'lv')).toEqual({ hits: [], notFound: [], answered: false, searched: ' ?! ' });
  });

  it('says per result which words it lacks, and "not found" only for words no shown result has', async () => {
    const outcome = await runSearch(fakePagefind(DOCS), 'prakse ārzemēs Vācijā', 'lv');
    expect(outcome.notFound).toEqual(['vācijā']);
    expect(outcome.hits[0]!.missing).toEqual(['vācijā']);
    const mixed = await runSearch(fakePagefind(DOCS), 'pedagogi prakse darba', 'lv');
    expect(mixed.notFound).toEqual([]); // every word is in some shown result
    expect(mixed.hits[0]!.missing).toEqual([]);
    expect(mixed.hits.some((h) => h.missing.length > 0)).toBe(true);
  });

  it('tells a question the plan does not cover from one it answers', async () => {
    expect((await runSearch(fakePagefind(DOCS), 'prakse ārzemēs', 'lv')).answered).toBe(true);
    expect((await runSearch(fakePagefind(DOCS), 'cik maksā prakse', 'lv')).answered).toBe(false); // "maksā" is nowhere
    expect((await runSearch(fakePagefind(DOCS), 'prakse ārzemēs Vācijā', 'lv')).answered).toBe(false); // "Vācijā" is nowhere
    expect((await runSearch(fakePagefind(DOCS), 'apdrošināšana', 'lv')).answered).toBe(false);
    // Question words alone answer nothing, even where the text has them.
    expect((await runSearch(fakePagefind([{ id: 'q', title: 'Kas ir prakse', content: 'Kas ir prakse?' }]), 'kas ir', 'lv')).answered).toBe(
      false,
    );
  });

  it('never takes a finished word for the beginning of another (vīza is not vīzija), a half-typed one it does', async () => {
    const docs: Doc[] = [{ id: 'vision', title: 'Skolas mērķi', content: 'Atbilstoši skolas vīzijai un pasākumiem.' }];
    const dictionary = async (word: string) => ['vīza', 'viza', 'pase'].includes(word);
    for (const q of ['vīza', 'viza', 'pase']) {
      const outcome = await runSearch(fakePagefind(docs), q, 'lv', { isWord: dictionary });
      expect(outcome.hits, q).toEqual([]);
      expect(outcome.answered, q).toBe(false);
    }
    // A finished word that only begins a word of the text ("mobili" of "mobilitāte"): shown while typing, never an answer.
    const mobility = await runSearch(fakePagefind([{ id: 'm', title: 'Mobilitāte', content: 'Mācību mobilitāte.' }]), 'mobili', 'lv', {
      isWord: async (w) => w === 'mobili',
    });
    expect(mobility.hits.map((h) => h.url)).toEqual(['/faq/#m']);
    expect(mobility.answered).toBe(false);
    // "vīzi…" being typed: the beginning of "vīzijai".
    expect((await runSearch(fakePagefind(docs), 'vīzi', 'lv', { isWord: dictionary })).hits.map((h) => h.url)).toEqual(['/faq/#vision']);
  });
});

describe('the search budget', () => {
  const withVocabulary = { loadVocabulary: async () => vocabulary, isWord: noWord };
  const counted = async (query: string, options = {}) => {
    const pagefind = fakePagefind(DOCS);
    const outcome = await runSearch(pagefind, query, 'lv', options);
    expect(pagefind.searches.length, `${query}: ${pagefind.searches.join(' | ')}`).toBeLessThanOrEqual(MAX_SEARCHES);
    expect(new Set(pagefind.searches).size, query).toBe(pagefind.searches.length); // no term searched twice
    return outcome;
  };

  it('is at most three Pagefind searches, also for long queries', async () => {
    expect(MAX_SEARCHES).toBe(3);
    const long = await counted('pedagogi prakse darba vērošanā ārzemēs', withVocabulary);
    expect(long.hits[0]!.url).toBe('/faq/#staff'); // an unsearched word is still found in the text
    expect(long.hits[0]!.matched).toHaveLength(5);
    await counted('audzēkņi pedagogi prakse darba vērošana mūžizglītība partnerības', withVocabulary);
    await counted('prakse ārzemēs Vācijā', withVocabulary);
  });

  it('holds with a correction, a half-typed last word, and both', async () => {
    expect((await counted('partnerrības', withVocabulary)).correctedQuery).toBe('partnerības');
    expect((await counted('prakse ārz', withVocabulary)).hits.slice(0, 2).map((h) => h.url)).toEqual(['/faq/#learners', '/faq/#staff']);
    const both = await counted('prakze ārz', withVocabulary);
    expect(both.correctedQuery).toBe('prakse ārz');
    expect(both.hits[0]!.url).toBe('/faq/#learners');
    expect((await counted('pedagogi darba prakze', withVocabulary)).correctedQuery).toBe('pedagogi darba prakse');
    // Many words, a mistake and a half-typed word: still within the budget, whatever it leaves undone.
    await counted('audzēkņi pedagogi darba vērošana mūžizglītība prakze ār', withVocabulary);
  });

  it('loads the data of five complete matches, and more when asked', async () => {
    const docs = Array.from({ length: 7 }, (_, i): Doc => ({ id: `p${i}`, title: `Prakse ${i}`, content: 'Prakse ārzemēs.' }));
    let loads = 0;
    const pagefind = fakePagefind(docs);
    const counting: PagefindSearch = {
      search: async (q) => {
        const found = await pagefind.search(q);
        return { results: found!.results.map((r) => ({ ...r, data: () => (loads++, r.data()) })) };
      },
    };
    const first = await runSearch(counting, 'prakse', 'lv');
    expect([first.hits.length, loads, first.more]).toEqual([5, 5, true]);
    const more = await runSearch(counting, 'prakse', 'lv', { load: 10 });
    expect([more.hits.length, more.more]).toEqual([7, undefined]);
  });

  it("is shared by the searches of one query (the other language's too)", async () => {
    const budget = { left: MAX_SEARCHES };
    const pagefind = fakePagefind(DOCS);
    await runSearch(pagefind, 'prakse ārzemēs', 'lv', { budget });
    await runSearch(pagefind, 'mūžizglītība partnerības', 'lv', { budget });
    expect(pagefind.searches).toHaveLength(MAX_SEARCHES);
    expect(budget.left).toBe(0);
  });
});

describe('planAnswers', () => {
  const terms = (...t: string[]) => t.map((term) => ({ word: term, term }));
  it('needs one shown result with every content word', () => {
    expect(planAnswers([{ matched: ['prakse'] }], terms('prakse', 'maks'))).toBe(false);
    expect(planAnswers([{ matched: ['prakse', 'maks'] }], terms('prakse', 'maks'))).toBe(true);
    expect(planAnswers([{ matched: ['a', 'b'] }], terms('a', 'b', 'c'))).toBe(false);
    expect(planAnswers([{ matched: ['a'] }, { matched: ['b'] }], terms('a', 'b'))).toBe(false);
    expect(planAnswers([], terms('a'))).toBe(false);
    expect(planAnswers([{ matched: ['kas'] }], [{ word: 'kas', term: 'kas', stopWord: true }])).toBe(false);
    expect(planAnswers([{ matched: ['a'], notAnAnswer: true }], terms('a'))).toBe(false);
  });

  it('takes a glossary entry for an answer only when the query names its term', async () => {
    const docs: Doc[] = [
      { id: 'shadowing', title: 'Darba vērošana', content: 'Īslaicīga uzturēšanās citā valstī.', keywords: 'ēnošana', kind: 'glossary' },
    ];
    const stay = await runSearch(fakePagefind(docs), 'kur uzturēšanās', 'lv');
    expect(stay.hits.map((h) => h.url)).toEqual(['/faq/#shadowing']);
    expect(stay.answered).toBe(false);
    expect(stay.notFound).toEqual([]);
    expect((await runSearch(fakePagefind(docs), 'ēnošana', 'lv')).answered).toBe(true);
    expect((await runSearch(fakePagefind(docs), 'darba vērošana citā valstī', 'lv')).answered).toBe(true);
  });

  it('answers a "when" question only with a time (Table 1.1\'s semesters)', async () => {
    const docs: Doc[] = [
      { id: 'phases', title: 'Projekta posmi', content: 'Sagatavošana: dalībnieku atlase, līgumi.' },
      { id: 'activities', title: 'Aktivitātes', content: 'Braucieni sadalīti pa semestriem.' },
    ];
    expect((await runSearch(fakePagefind(docs), 'kad ir atlase', 'lv')).answered).toBe(false);
    expect((await runSearch(fakePagefind(docs), 'atlase', 'lv')).answered).toBe(true);
    expect((await runSearch(fakePagefind(docs), 'kad ir braucieni', 'lv')).answered).toBe(true);
  });
});

describe('excerpts', () => {
  it('end with "…" where they cut the text, and begin with it where they do not start it', () => {
    const content = 'Viens divi trīs četri pieci seši.';
    const words = content.split(' ');
    const long = 'a b c d e f g h i j k l'.split(' ');
    expect(sectionExcerpt(long, '', 0, [10], undefined, 8)).toBe('… e f g h i j <mark>k</mark> l');
    expect(sectionExcerpt(words, '', 0, [2], undefined, 3)).toBe('Viens divi <mark>trīs</mark> …');
    expect(sectionExcerpt(words, '', 0, [0], undefined, 6)).toBe('<mark>Viens</mark> divi trīs četri pieci seši.');
  });
});

describe('the school contact as a search record', () => {
  const school = (contact: School['contact'] = {}): School => ({
    name: { lv: 'Skola', en: 'School' },
    shortName: { lv: 'S', en: 'S' },
    website: 'https://skola.example.lv',
    accessibilityContact: null,
    contact,
  });

  it('is found by contact words, and by "e-pasts" or "phone" only where the school has set one', async () => {
    const record = contactRecord(school({ email: 'erasmus@skola.example.lv' }), 'lv');
    expect(record.url).toBe('/buj/#contact');
    expect(record.content).toContain('E-pasts: erasmus@skola.example.lv');
    expect(record.content).not.toContain('Tālrunis');
    expect(contactRecord(school(), 'en').content).not.toContain('E-mail');
    expect(contactRecord(school(), 'en').meta.keywords).toContain('contact');
  });
});
