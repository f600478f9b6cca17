/** An answer's `<List id="…" />` lines: found, checked, and put back in place after rendering (markup.ts). */
import { describe, expect, it } from 'vitest';
import { answerParts, citationsIn, listIdsIn, listPlaceholders, markupProblems } from '../../src/lib/content/markup.ts';

const body = 'Vajadzības ir šādas [1]:\n\n<List id="needs" />\n\nUn mērķi:\n\n  <List id=\'goals\' />\n';

describe('answer markup', () => {
  it('finds the lists and the citations an answer names', () => {
    expect(listIdsIn(body)).toEqual(['needs', 'goals']);
    expect(citationsIn(body)).toEqual([1]);
    expect(listIdsIn('Teksts <List id="needs" /> turpinās.')).toEqual([]);
  });

  it('marks each list for after rendering, and cuts the rendered HTML there', () => {
    const marked = listPlaceholders(body);
    expect(marked).not.toContain('<List');
    const html = marked.replace(/^([^<\n].*)$/gm, '<p>$1</p>');
    expect(answerParts(html)).toEqual([{ html: '<p>Vajadzības ir šādas [1]:</p>\n\n\n' }, { list: 'needs' }, { html: '\n\n\n<p>Un mērķi:</p>\n\n\n' }, { list: 'goals' }]);
  });

  it('accepts Markdown, autolinks and comparisons, and reports tags with their line', () => {
    expect(markupProblems('Teksts <https://viaa.gov.lv> un 2 < 3, {iekavas}.\n\n<List id="needs" />')).toEqual([]);
    const problems = markupProblems('<List id="needs">\n<list id="goals" />\nTeksts <b>treknrakstā</b>.\n<List of="x" />');
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 3, 4]);
    expect(problems[1]!.message).toMatch(/check the spelling and capital L/);
    expect(problems[2]!.message).toMatch(/uses <b>/);
  });
});
