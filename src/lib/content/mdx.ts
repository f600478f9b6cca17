/**
 * An answer's MDX, parsed once by the content reader with the same parser MDX itself uses (remark-parse +
 * remark-mdx): what it says as plain text (for search, structured data and previews), which lists and
 * citations it shows, and what an editor wrote that the site cannot show — a syntax error (an unclosed tag,
 * a stray "{") or a component the site does not have — each with the line to go to.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { citationsIn } from '../markdown/citations.ts';

interface MarkupProblem {
  /** Line in the body, 1 first. */
  line: number;
  message: string;
}

/** A piece of an answer in reading order: a paragraph's text, or a list kept as data (`<List id="…" />`). */
export type AnswerBlock = { text: string } | { list: string };

export interface ParsedAnswer {
  blocks: AnswerBlock[];
  /** Ids of the lists the answer shows, in order. */
  lists: string[];
  /** Reference numbers cited ([1], [2], …), in order of appearance. */
  citations: number[];
  problems: MarkupProblem[];
}

/** The components an answer may use, with the one attribute each needs. */
const CONTENT_COMPONENTS = { List: 'id' } as const;

const mdx = unified().use(remarkParse).use(remarkMdx);
const markdown = unified().use(remarkParse);

interface MdxMessage {
  line?: number;
  reason?: string;
  ruleId?: string;
  source?: string;
}

/** A parser's message in an editor's words; the parser's own words follow for whoever needs them. */
function syntaxProblem(error: MdxMessage, body: string): MarkupProblem {
  const reason = error.reason ?? String(error);
  let line = error.line ?? 1;
  // At the end of the file the parser only knows where it stopped: point at the line that opened the tag or brace.
  if (error.ruleId === 'unexpected-eof') {
    const opener = error.source === 'micromark-extension-mdx-expression' ? '{' : '<';
    const lines = body.split('\n').slice(0, line);
    const opened = lines.findLastIndex((text) => text.includes(opener));
    if (opened >= 0) line = opened + 1;
  }
  let message: string;
  if (error.source === 'micromark-extension-mdx-expression') {
    message = 'a "{" starts code in MDX and needs a matching "}": for a plain brace write \\{';
  } else if (/link in MDX/.test(reason)) {
    message = 'MDX has no <https://…> links: write [text](https://…)';
  } else if (error.source === 'micromark-extension-mdx-jsx') {
    message = 'a tag is not closed or a "<" stands alone: components are written <List id="…" />, and a plain "<" as \\<';
  } else {
    message = 'the text cannot be read as MDX';
  }
  return { line, message: `${message} (MDX: ${reason})` };
}

function attributeValue(node: { attributes: { type: string; name?: string; value?: unknown }[] }, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

const HTML_PROBLEM = 'HTML tags are not shown in answers: write the text without tags';

/** Parses an answer; `.md` bodies are plain Markdown (no components), `.mdx` bodies MDX. */
export function parseAnswer(body: string, format: 'md' | 'mdx' = 'mdx'): ParsedAnswer {
  let tree: Root;
  try {
    tree = (format === 'mdx' ? mdx : markdown).parse(body);
  } catch (error) {
    return { blocks: [], lists: [], citations: [], problems: [syntaxProblem(error as MdxMessage, body)] };
  }
  const problems: MarkupProblem[] = [];
  const blocks: AnswerBlock[] = [];
  const visit = (node: RootContent | Root, topLevel: boolean) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (name === 'List') {
        const id = attributeValue(node, CONTENT_COMPONENTS.List);
        if (!id) problems.push({ line, message: '<List> needs an id, e.g. <List id="needs" />' });
        else if (node.type === 'mdxJsxTextElement' || !topLevel) problems.push({ line, message: `<List id="${id}" /> needs a paragraph of its own (a blank line before and after it)` });
        else blocks.push({ list: id });
      } else {
        const hint = name.toLowerCase() === 'list' ? ' (check the spelling: <List> with a capital L)' : '';
        problems.push({ line, message: `uses <${name || '>'}>, but answers may only use ${Object.keys(CONTENT_COMPONENTS).map((c) => `<${c}>`).join(', ')}${hint}` });
      }
      return;
    }
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ line, message: 'code in { } or import/export lines are not allowed in answers: for a plain brace write \\{' });
      return;
    }
    if (node.type === 'html') {
      if (!problems.some((p) => p.line === line && p.message === HTML_PROBLEM)) problems.push({ line, message: HTML_PROBLEM });
      return;
    }
    // A paragraph, heading or list of text is one block; anything holding a component, code in braces or HTML
    // (each a problem inside a sentence too) is walked into.
    const holdsMarkup = 'children' in node && /"type":"(mdx|html")/.test(JSON.stringify(node.children));
    if (topLevel && !holdsMarkup && node.type !== 'root') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ text });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, node.type === 'root');
  };
  visit(tree, true);
  return { blocks, lists: blocks.flatMap((b) => ('list' in b ? [b.list] : [])), citations: citationsIn(tree), problems };
}
