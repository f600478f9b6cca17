import { describe, expect, it } from 'vitest';
import { foldDiacritics, stemLatvian } from '../../src/lib/search/latvian.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';

describe('Latvian query stemming', () => {
  it('folds diacritics', () => {
    expect(foldDiacritics('Mobilitāte ĀRZEMĒS')).toBe('mobilitate arzemes');
  });

  it('cuts inflected forms back to a stem that is a prefix of the other forms', () => {
    const family = (forms: string[]) => {
      const stems = forms.map(stemLatvian);
      const shortest = stems.reduce((a, b) => (a.length <= b.length ? a : b));
      for (const form of forms) expect(foldDiacritics(form).startsWith(shortest), `${form} ↔ ${shortest}`).toBe(true);
      return shortest;
    };
    expect(family(['pieaugušajiem', 'pieaugušo', 'pieaugušie'])).toBe('pieaugus');
    expect(family(['partnerība', 'partnerības', 'partnerībām'])).toBe('partnerib');
    expect(family(['mobilitāte', 'mobilitātes', 'mobilitātēs', 'mobilitāti'])).toBe('mobilitat');
    expect(family(['tirgus', 'tirgū'])).toBe('tirg');
    expect(family(['svešvalodas', 'svešvalodu', 'svešvalodām'])).toBe('svesvalod');
    expect(family(['jauniešu', 'jauniešiem', 'jaunieši'])).toBe('jaunies');
  });

  it('leaves short words, abbreviations and numbers alone', () => {
    expect(stemLatvian('ES')).toBe('es');
    expect(stemLatvian('K2')).toBe('k2');
    expect(stemLatvian('ECVET')).toBe('ecvet');
    expect(stemLatvian('2023')).toBe('2023');
  });

  it('prepares whole queries: stop words out, words stemmed', () => {
    expect(prepareQuery('Kas ir mobilitātes projekts?', 'lv')).toBe('mobilitat projekt');
    expect(prepareQuery('jauniesu apmainas', 'lv')).toBe('jaunies apmain');
    expect(prepareQuery('kas ir', 'lv')).toBe('kas ir');
    expect(prepareQuery('What is the mobility project', 'en')).toBe('mobility project');
  });
});

describe('search excerpts', () => {
  it('cuts the excerpt from the section text after its heading, never from its keywords, and marks matches', async () => {
    const { sectionExcerpt } = await import('../../src/lib/search/results.ts');
    const words = 'Iepriekšējā sadaļa beidzas. prakse ārzemēs, skolēni. Audzēkņu mobilitāte Mācību mobilitātē var doties <audzēkņi> un mācekļi uz ārzemēm'.split(' ');
    const anchor = 3; // "prakse" — the keywords stand where the heading starts
    const excerpt = sectionExcerpt(words, 'Audzēkņu mobilitāte', anchor, [3, 4, 13], 6);
    expect(excerpt).toBe('Mācību mobilitātē var doties &lt;audzēkņi&gt; <mark>un</mark> …');
    expect(excerpt).not.toContain('prakse');
  });
});
