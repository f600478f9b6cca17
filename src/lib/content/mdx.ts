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
import { visit } from 'unist-util-visit';
import { citationsIn } from '../markdown/citations.ts';
import { type Message, msg } from './issues.ts';

interface MarkupProblem {
  /** Line in the body, 1 first. */
  line: number;
  message: Message;
}

/** A link or image an answer holds, with its line (in the body; the reader makes it a file line). */
export interface AnswerLink {
  url: string;
  line: number;
  kind: 'link' | 'image';
}

/** A piece of an answer in reading order: a paragraph's text, or a list kept as data (`<List id="…" />`). */
export type AnswerBlock = { text: string } | { list: string };

export interface ParsedAnswer {
  blocks: AnswerBlock[];
  /** Ids of the lists the answer shows, in order. */
  lists: string[];
  /** Reference numbers cited ([1], [2], …), in order of appearance. */
  citations: number[];
  /** Links and images, for the check (a link to a question that does not exist, an image too large). */
  links: AnswerLink[];
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

/** A parser's message in an editor's words, at the line to go to. */
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
  let message: Message;
  const tag = /closing tag for `<([^>\s]*)>` \((\d+):/.exec(reason);
  if (tag) {
    // Point at the tag that is open, not at the end of the paragraph where the parser gave up.
    line = Number(tag[2]);
    message = tag[1] === 'List' ? msg('mdx.listNotClosed') : msg('mdx.tagNotClosed', { tag: tag[1] });
  } else if (error.source === 'micromark-extension-mdx-expression') {
    message = msg('mdx.brace');
  } else if (/link in MDX/.test(reason)) {
    message = msg('mdx.autolink');
  } else if (error.source === 'micromark-extension-mdx-jsx') {
    message = msg('mdx.tag');
  } else {
    message = msg('mdx.other');
  }
  return { line, message };
}

function attributeValue(node: { attributes: { type: string; name?: string; value?: unknown }[] }, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

const HTML_PROBLEM = 'mdx.html' as const;

/** Parses an answer; `.md` bodies are plain Markdown (no components), `.mdx` bodies MDX. */
export function parseAnswer(body: string, format: 'md' | 'mdx' = 'mdx'): ParsedAnswer {
  let tree: Root;
  try {
    tree = (format === 'mdx' ? mdx : markdown).parse(body);
  } catch (error) {
    return { blocks: [], lists: [], citations: [], links: [], problems: [syntaxProblem(error as MdxMessage, body)] };
  }
  const problems: MarkupProblem[] = [];
  const blocks: AnswerBlock[] = [];
  const walk = (node: RootContent | Root, topLevel: boolean) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (name === 'List') {
        const id = attributeValue(node, CONTENT_COMPONENTS.List);
        if (!id) problems.push({ line, message: msg('mdx.listId') });
        else if (node.type === 'mdxJsxTextElement' || !topLevel) problems.push({ line, message: msg('mdx.listParagraph', { id }) });
        else blocks.push({ list: id });
      } else {
        const allowed = Object.keys(CONTENT_COMPONENTS).map((c) => `<${c}>`).join(', ');
        problems.push({ line, message: msg(name.toLowerCase() === 'list' ? 'mdx.listCapital' : 'mdx.component', { tag: name || '>', allowed }) });
      }
      return;
    }
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ line, message: msg('mdx.code') });
      return;
    }
    if (node.type === 'html') {
      if (!problems.some((p) => p.line === line && p.message.key === HTML_PROBLEM)) problems.push({ line, message: msg(HTML_PROBLEM) });
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
    if ('children' in node) for (const child of node.children) walk(child, node.type === 'root');
  };
  walk(tree, true);
  const links: AnswerLink[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    if ('url' in node) links.push({ url: node.url, line: node.position?.start.line ?? 1, kind: node.type === 'image' ? 'image' : 'link' });
  });
  return { blocks, lists: blocks.flatMap((b) => ('list' in b ? [b.list] : [])), citations: citationsIn(tree), links, problems };
}
