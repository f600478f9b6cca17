/** An answer's MDX, parsed once: its text blocks, lists and citations, and problems an editor can go to (mdx.ts). */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/lib/content/mdx.ts';

const body = 'Vajadzības ir šādas [1]:\n\n<List id="needs" />\n\nUn [mērķi](https://example.lv) **ir**:\n\n  <List id=\'goals\' />\n';

describe('answer MDX', () => {
  it('gives the text blocks, lists and citations in reading order', () => {
    const parsed = parseAnswer(body);
    expect(parsed.problems).toEqual([]);
    expect(parsed.blocks).toEqual([{ text: 'Vajadzības ir šādas [1]:' }, { list: 'needs' }, { text: 'Un mērķi ir:' }, { list: 'goals' }]);
    expect(parsed.lists).toEqual(['needs', 'goals']);
    expect(parsed.citations).toEqual([1]);
  });

  it("reports a syntax error once, with its line, in an editor's words", () => {
    const unclosed = parseAnswer('Teksts.\n\nVēl <Foo\n\nbeigas');
    expect(unclosed.problems).toHaveLength(1);
    expect(unclosed.problems[0]).toMatchObject({ line: 3 });
    expect(unclosed.problems[0]!.message.key).toBe('mdx.tag');
    const brace = parseAnswer('Pirmā rinda.\nOtrā { rinda');
    expect(brace.problems).toHaveLength(1);
    expect(brace.problems[0]).toMatchObject({ line: 2 });
    expect(brace.problems[0]!.message.key).toBe('mdx.brace');
  });

  it('reports code in braces inside a sentence as well as on a line of its own (it would stop the build when the page is drawn)', () => {
    const problems = parseAnswer('Teksts {nav.definets} turpinās.\n\n- punkts {x}\n\n{y}').problems;
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5]);
    for (const problem of problems) expect(problem.message.key).toBe('mdx.code');
  });

  it('reports HTML inside a sentence of a .md answer, once per line', () => {
    expect(parseAnswer('Teksts <b>treknrakstā</b>.', 'md').problems).toEqual([{ line: 1, message: { key: 'mdx.html' } }]);
  });

  it('reports components the site does not have, a List without id and a List inside a sentence', () => {
    const problems = parseAnswer(
      '<list id="goals" />\n\nTeksts <b>treknrakstā</b>.\n\n<List of="x" />\n\nTeksts <List id="needs" /> turpinās.',
    ).problems;
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5, 7]);
    expect(problems[0]!.message.key).toBe('mdx.listCapital');
    expect(problems[1]!.message).toMatchObject({ key: 'mdx.component', values: { tag: 'b' } });
    expect(problems[2]!.message.key).toBe('mdx.listId');
    expect(problems[3]!.message.key).toBe('mdx.listParagraph');
  });

  it('reads .md answers as plain Markdown, where braces are text', () => {
    expect(parseAnswer('Teksts {iekavās} un 2 < 3.', 'md')).toMatchObject({
      problems: [],
      blocks: [{ text: 'Teksts {iekavās} un 2 < 3.' }],
    });
  });
});
