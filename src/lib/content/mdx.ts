/**
 * Checks an answer's MDX the way an author can act on: it must parse, and it may use only what answers
 * need — paragraphs, Markdown, citations [n] and <List id="…" />. Curly braces, imports and other
 * components would fail the build (or run code), so they are reported here with their line.
 */
import { createProcessor } from '@mdx-js/mdx';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

export interface MdxProblem {
  line?: number;
  message: string;
}

const processor = createProcessor();

export function mdxProblems(body: string): MdxProblem[] {
  let tree: Node;
  try {
    tree = processor.parse(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    return [{ line: e.line ?? e.place?.line ?? e.place?.start?.line, message: `is not valid MDX: ${e.reason ?? e.message}` }];
  }
  const problems: MdxProblem[] = [];
  visit(tree, (node: Node & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] }) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ line, message: 'has text in curly braces { }, which MDX runs as code: write \\{ and \\} for the characters themselves, or use ( )' });
    } else if (node.type === 'mdxjsEsm') {
      problems.push({ line, message: 'has an import or export line; answers need none' });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name !== 'List') {
        problems.push({ line, message: `uses <${node.name ?? ''}>, but answers may only use <List id="…" /> (check the spelling and capital L)` });
      } else {
        const attributes = node.attributes ?? [];
        const id = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        if (!id || typeof id.value !== 'string' || attributes.length !== 1) problems.push({ line, message: '<List> needs exactly one attribute, id="…" (e.g. <List id="needs" />)' });
      }
    }
  });
  return problems;
}

/** `<List id="…" />` in an answer: the one pattern for finding the lists an answer shows. */
const LIST_TAG = /<List\s+id=["']([^"']*)["']\s*\/>/g;

/** Ids of the lists an answer shows, in order. */
export function listIdsIn(body: string): string[] {
  return [...body.matchAll(LIST_TAG)].map((m) => m[1]!);
}

/** The body with each `<List id>` replaced by what `replace` returns for its id. */
export function replaceLists(body: string, replace: (id: string) => string): string {
  return body.replace(LIST_TAG, (_, id: string) => replace(id));
}

/** Reference numbers cited in an answer ([1], [2], …), in order of appearance. */
export function citationsIn(body: string): number[] {
  return [...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}
