/**
 * Synthetic content for growth benchmarks: a copy of the real content with the number of questions
 * multiplied (1×, 10×, 100×), written to a temporary folder — never into content/. New questions are made
 * of the real answers' own Latvian and English sentences, recombined, so word statistics, languages and
 * structure (sections, lists, citations, keywords) stay realistic.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function frontmatterAndBody(text: string): [string, string] {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return [m[1]!, m[2]!];
}

/** A deterministic pseudo-random sequence, so every run generates the same content. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export function writeSyntheticContent(target: string, factor: number, source = 'content'): { questions: number } {
  cpSync(source, target, { recursive: true });
  const editions = readdirSync(path.join(target, 'editions')).sort();
  const edition = path.join(target, 'editions', editions.at(-1)!);
  const dir = (locale: string) => path.join(edition, 'questions', locale);
  const ids = readdirSync(dir('lv')).map((f) => f.replace(/\.mdx?$/, ''));
  const sentences: Record<string, string[]> = { lv: [], en: [] };
  for (const locale of ['lv', 'en']) {
    for (const id of ids) {
      const [, body] = frontmatterAndBody(readFileSync(path.join(dir(locale), `${id}.mdx`), 'utf8'));
      // Citations stay with the answers that cite them (the check holds each answer to its own references).
      sentences[locale]!.push(
        ...body
          .replace(/<List[^>]*\/>/g, '')
          .replace(/\s*\[\d+\]/g, '')
          .split(/(?<=[.?!])\s+/)
          .map((s) => s.trim())
          .filter((s) => s.length > 30),
      );
    }
  }
  const next = random(42);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  let order = 100;
  for (let copy = 1; copy < factor; copy++) {
    for (const id of ids) {
      order++;
      const newId = `${id}-${copy}`;
      const picks = Array.from({ length: 6 }, () => Math.floor(next() * sentences.lv!.length));
      for (const locale of ['lv', 'en']) {
        const [front, body] = frontmatterAndBody(readFileSync(path.join(dir(locale), `${id}.mdx`), 'utf8'));
        const pool = sentences[locale]!;
        const paragraphs = [picks.slice(0, 3), picks.slice(3)].map((p) => p.map((i) => pool[i % pool.length]).join(' '));
        // Keep one of the source's lists, so answers keep their data lists and citations.
        const list = /<List[^>]*\/>/.exec(body)?.[0] ?? '';
        const raw = /^title: (.*)$/m.exec(front)![1]!;
        const title = `${raw.startsWith('"') ? (JSON.parse(raw) as string) : raw} (${copy})`;
        writeFileSync(
          path.join(dir(locale), `${newId}.mdx`),
          `---\n${front.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`).replace(/^order: .*$/m, `order: ${order}`)}\n---\n\n${paragraphs[0]}\n\n${list}\n\n${paragraphs[1]} ${pick(pool)}\n`,
        );
      }
    }
  }
  return { questions: ids.length * factor };
}
