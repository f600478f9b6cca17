/**
 * An answer's Markdown and the one thing it may carry besides text: `<List id="…" />`, on a line of its
 * own, where a list kept as data (lists.json, needs, goals, activities) stands in the answer. Everything
 * about that tag lives here: finding it, checking it with a line an author can go to, and marking it in the
 * rendered HTML so the answer's component can put the list there.
 */

export interface MarkupProblem {
  /** Line in the body, 1 first. */
  line: number;
  message: string;
}

/** The one form of the tag: `<List id="needs" />`, alone on its line. */
const LIST_LINE = /^[ \t]*<List\s+id=["']([a-z0-9]+(?:-[a-z0-9]+)*)["']\s*\/>[ \t]*$/gm;
/** Any tag that looks like HTML or a component (autolinks such as <https://…> do not). */
const TAG = /<\/?([A-Za-z][\w.-]*)(?=[\s/>])[^>\n]*>?/g;

/** Ids of the lists an answer shows, in order. */
export function listIdsIn(body: string): string[] {
  return [...body.matchAll(LIST_LINE)].map((m) => m[1]!);
}

/** The body with each `<List id>` line replaced by what `replace` returns for its id. */
export function replaceLists(body: string, replace: (id: string) => string): string {
  return body.replace(LIST_LINE, (_, id: string) => replace(id));
}

/** Reference numbers cited in an answer ([1], [2], …), in order of appearance. */
export function citationsIn(body: string): number[] {
  return [...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

/**
 * What an author wrote that the site cannot show: tags other than `<List id="…" />` (Markdown needs no
 * HTML here, and a stray tag would swallow the text after it), and a List tag that is misspelt or shares
 * its line with text.
 */
export function markupProblems(body: string): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  body.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (new RegExp(LIST_LINE.source).test(text)) return;
    for (const [tag, name] of text.matchAll(TAG)) {
      if (name === 'List') {
        problems.push({ line, message: `${tag.endsWith('>') ? '' : 'has an unclosed tag: '}<List> needs exactly one attribute, id="…", and a line of its own (e.g. <List id="needs" />)` });
      } else if (name!.toLowerCase() === 'list') {
        problems.push({ line, message: `uses <${name}>, but answers may only use <List id="…" /> (check the spelling and capital L)` });
      } else {
        problems.push({ line, message: `uses <${name}>, but answers are Markdown and may only use <List id="…" /> (write the text without tags)` });
      }
    }
  });
  return problems;
}

/**
 * What marks a list's place in the rendered HTML: an HTML comment, which Markdown passes through as it is.
 * `listPlaceholders` puts them in before rendering, `answerParts` finds them after.
 */
const PLACEHOLDER = (id: string) => `<!--answer-list:${id}-->`;

export function listPlaceholders(body: string): string {
  return replaceLists(body, (id) => `\n${PLACEHOLDER(id)}\n`);
}

export type AnswerPart = { html: string } | { list: string };

/** The rendered answer cut at its lists: HTML, a list, HTML, … */
export function answerParts(html: string): AnswerPart[] {
  const parts: AnswerPart[] = [];
  const pieces = html.split(/<!--answer-list:([a-z0-9-]+)-->/);
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) parts.push({ list: piece });
    else if (piece.trim()) parts.push({ html: piece });
  });
  return parts;
}
