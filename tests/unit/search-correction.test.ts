import { describe, expect, it } from 'vitest';
import { corrections, decodeVocabulary, editDistance, maxEdits } from '../../src/lib/search/vocabulary.ts';
import { buildVocabulary, encodeVocabulary } from '../../src/integrations/pagefind/vocabulary.ts';

describe('edit distance (Damerau–Levenshtein)', () => {
  it('counts an insertion, a deletion, a substitution and a swap of neighbours as one edit each', () => {
    expect(editDistance('mobilitate', 'mobilitate')).toBe(0);
    expect(editDistance('skolotju', 'skolotaju')).toBe(1); // dropped
    expect(editDistance('partnerriba', 'partneriba')).toBe(1); // doubled
    expect(editDistance('erasmsu', 'erasmus')).toBe(1); // swapped
    expect(editDistance('mobilitare', 'mobilitate')).toBe(1); // neighbouring key
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('gives up above the limit it is given', () => {
    expect(editDistance('mobilitate', 'strategiska', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('allows one edit, two for words of 8 letters or more, none under 4 letters', () => {
    expect([maxEdits(3), maxEdits(4), maxEdits(7), maxEdits(8)]).toEqual([0, 1, 1, 2]);
  });
});

describe('the vocabulary', () => {
  const texts = [
    'Mācību mobilitāte un mobilitātes projekts.',
    'Mobilitāte, mobilitāte! Stratēģiskās partnerības.',
    'Skolotāju mobilitāte; skolotāji 2020.',
  ];
  const vocabulary = buildVocabulary(texts);

  it('counts every word without diacritics and keeps its most frequent written form', () => {
    expect(vocabulary.get('mobilitate')).toEqual({ word: 'mobilitāte', count: 4 });
    expect(vocabulary.get('skolotaju')).toEqual({ word: 'skolotāju', count: 1 });
    expect(vocabulary.has('2020')).toBe(false);
  });

  it('survives its compact file form', () => {
    const file = encodeVocabulary(vocabulary);
    expect(file['4']).toBe('mobilitāte');
    expect(decodeVocabulary(JSON.parse(JSON.stringify(file)) as typeof file)).toEqual(vocabulary);
  });
});

describe('correcting typing mistakes', () => {
  const lv = buildVocabulary([
    'mobilitāte mobilitāte mobilitāte mobilitātes mobilitātes mobilitātes mobilitātes mobilitāti',
    'skolotāji skolotāju skolotājiem partnerība partnerības stratēģiskās svešvalodu svešvalodas jauniešu prakse ārzemēs kvalifikācijas',
  ]);
  const en = buildVocabulary(['Erasmus erasmus plan mobility mobility partnership apprentices shadowing volunteers']);
  const first = (typed: string, vocabulary = lv, locale: 'lv' | 'en' = 'lv') => corrections(typed, vocabulary, locale)[0]?.word;

  it('corrects dropped, doubled, swapped and neighbouring-key letters', () => {
    expect(first('skolotju')).toBe('skolotāju');
    expect(first('partnerrība')).toBe('partnerība');
    expect(first('stratēgsikās')).toBe('stratēģiskās');
    expect(first('prakze')).toBe('prakse');
    expect(first('erasmsu', en, 'en')).toBe('erasmus');
    expect(first('mobilty', en, 'en')).toBe('mobility');
    expect(first('shadowimg', en, 'en')).toBe('shadowing');
  });

  it('prefers the form nearest to what was typed, then the most frequent', () => {
    // "mobilitātes" is more frequent, but "mobilitāte" is one letter away from what was typed.
    expect(first('mobilitāre')).toBe('mobilitāte');
  });

  it('reads sh, ch, zh as š, č, ž and doubled vowels as long ones', () => {
    expect(first('sveshvalodas')).toBe('svešvalodas');
    expect(first('jaunieshu')).toBe('jauniešu');
    expect(first('aarzemees')).toBe('ārzemēs');
  });

  it('corrects a slip in a form the text does not use, by its stem', () => {
    expect(first('skolotjiem')).toBe('skolotājiem');
    expect(first('partnerrībām')).toMatch(/^partnerīb/);
  });

  it('leaves known words, short words and words too far from any alone', () => {
    expect(corrections('mobilitātes', lv, 'lv')).toEqual([]);
    expect(corrections('mobilitates', lv, 'lv')).toEqual([]); // known, without diacritics
    expect(corrections('pra', lv, 'lv')).toEqual([]);
    expect(corrections('vācijā', lv, 'lv')).toEqual([]);
    expect(corrections('germany', en, 'en')).toEqual([]);
  });
});
