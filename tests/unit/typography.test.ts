/** The one typographic rule (src/lib/content/typography.ts): what it sets, and what it leaves as written. */
import { describe, expect, it } from 'vitest';
import { typeset, typesetData, typographyProblems } from '../../src/lib/content/typography.ts';

describe('the typographic rule', () => {
  it('puts an en dash in a range of years', () => {
    expect(typeset('plāns 2020.-2022. gadam', 'lv')).toBe('plāns 2020.–2022. gadam');
    expect(typeset('the plan 2020-2022', 'en')).toBe('the plan 2020–2022');
    expect(typeset('2020. - 2022.', 'lv')).toBe('2020.–2022.');
  });

  it('puts a space after a year written with its full stop', () => {
    expect(typeset('Līdz 2023.gadam', 'lv')).toBe('Līdz 2023. gadam');
    expect(typeset('2020.–2022.gadam', 'lv')).toBe('2020.–2022. gadam');
  });

  it('makes a dash between words an en dash with spaces, and leaves hyphenated words alone', () => {
    expect(typeset('Latvijā - sevišķi', 'lv')).toBe('Latvijā – sevišķi');
    expect(typeset('level — improved', 'en')).toBe('level – improved');
    expect(typeset('e-pasts, ES/starptautisko, 1-2 dienas', 'lv')).toBe('e-pasts, ES/starptautisko, 1-2 dienas');
  });

  it('uses the language’s quotation marks, opening and closing by place', () => {
    expect(typeset('programmas “Erasmus+” ceļvedis', 'lv')).toBe('programmas „Erasmus+” ceļvedis');
    expect(typeset('saite "Pāriet uz saturu" ir pirmā', 'lv')).toBe('saite „Pāriet uz saturu” ir pirmā');
    expect(typeset('the "Skip to content" link', 'en')).toBe('the “Skip to content” link');
    expect(typeset('(„tostarp …”)', 'en')).toBe('(“tostarp …”)');
    expect(typeset("the school's plan", 'en')).toBe("the school's plan");
  });

  it('leaves web addresses exactly as written', () => {
    const address = 'http://viaa.gov.lv/lat/2020-2022/"x"/2023.gadam';
    expect(typeset(`skat. ${address} - tur`, 'lv')).toBe(`skat. ${address} – tur`);
    const [problem, ...more] = typographyProblems(`skat. ${address} - tur`, 'lv');
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ rule: 'dash', found: expect.stringContaining('- tur'), expected: expect.stringContaining('– tur') });
    expect(problem!.found).not.toMatch(/\uE000/);
  });

  it('says where a text breaks the rule, and nothing for a text that follows it', () => {
    const problems = typographyProblems('Plāns 2020.-2022.gadam par “Erasmus+”.', 'lv');
    expect(problems.map((p) => p.rule)).toEqual(['yearRange', 'yearSpace', 'quotes']);
    expect(problems[0]!.found).toContain('2020.-2022.');
    expect(problems[0]!.expected).toContain('2020.–2022.');
    expect(typographyProblems('Plāns 2020.–2022. gadam par „Erasmus+”.', 'lv')).toEqual([]);
  });

  it('sets every text in a language of content data, and nothing else', () => {
    const data = {
      id: 'need-1',
      urls: ['http://x.lv/a-b'],
      text: { lv: 'Latvijā - sevišķi', en: 'In Latvia - in particular' },
      source: '2020.-2022.',
    };
    expect(typesetData(data)).toEqual({
      id: 'need-1',
      urls: ['http://x.lv/a-b'],
      text: { lv: 'Latvijā – sevišķi', en: 'In Latvia – in particular' },
      source: '2020.-2022.',
    });
    expect(data.text.lv).toBe('Latvijā - sevišķi');
  });
});
