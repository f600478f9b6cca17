/**
 * The FAQ and the plan have distinct jobs (dist/, no browser). The FAQ: the questions grouped by topic,
 * each a <details> that opens on its answer, its #id inside the answer (so a link opens it), every link
 * saying where it goes and the other-language link in its own language. The plan: the whole document in
 * the school's order with a table of contents that reaches every part, and none of the FAQ's extras
 * (terms lines, permanent links, language links); each need and goal stated once.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, otherLocale } from '../../../src/lib/locales.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { questionsBySection } from '../../../src/lib/plan.ts';
import { localizedUrl } from '../../../src/lib/urls.ts';
import { readPage, requireBuiltSite } from '../../../support/site.ts';

requireBuiltSite();
const edition = currentEdition(checkContent().model);
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0];
const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
/** Links with the text a sighted reader sees (text for screen readers only left out). */
const links = (html: string) =>
  [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    attrs: m[1]!,
    text: text(m[2]!.replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '')),
  }));

describe.each(LOCALES)('the FAQ (%s)', (locale) => {
  const html = main(readPage(localizedUrl('faq', locale, { base: '/' })));
  const questions = edition.questions[locale];

  it('shows each question as a closed <details> in its topic, its #id inside the answer', () => {
    const blocks = [...html.matchAll(/<details class="question"[^>]*>([\s\S]*?)<\/details>/g)].map((m) => m[0]);
    expect(blocks.length).toBe(questions.length);
    expect(blocks.filter((b) => /<details[^>]*\bopen\b/.test(b))).toEqual([]);
    for (const q of questions) {
      const block = blocks.find((b) => b.includes(`id="${q.id}"`));
      expect(block, q.id).toBeDefined();
      const [summary, answer] = block!.split('</summary>');
      expect(text(summary!), q.id).toBe(q.title);
      expect(answer, `${q.id}: the anchor is in the answer, so following a link opens it`).toContain(`id="${q.id}"`);
    }
    // In the order of the plan's topics.
    const order = questionsBySection(edition, locale).flatMap((s) => s.questions.map((q) => q.id));
    expect(order.map((id) => html.indexOf(`id="${id}"`))).toEqual([...order.map((id) => html.indexOf(`id="${id}"`))].sort((a, b) => a - b));
  });

  it('has no link that does not say where it goes, and the other-language links in their language', () => {
    const all = links(html);
    expect(all.filter((l) => /^(Saite|Link|here|šeit)$/i.test(l.text))).toEqual([]);
    const other = otherLocale(locale);
    const twins = all.filter((l) => l.attrs.includes(`hreflang="${other}"`));
    expect(twins.length).toBe(questions.length);
    for (const twin of twins) expect(twin.attrs).toContain(`lang="${other}"`);
  });
});

describe.each(LOCALES)('the plan (%s)', (locale) => {
  const html = main(readPage(localizedUrl('plan', locale, { base: '/' })));
  const doc = /<article class="[^"]*plan-document[^"]*"[\s\S]*?<\/article>/.exec(html)?.[0] ?? html;

  it('has a table of contents that reaches every section, question and part of the document', () => {
    const side = /<nav class="contents-side[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const top = /<details class="contents-top[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
    const headings = [...doc.matchAll(/<h[23][^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(edition.questions[locale].length);
    for (const contents of [side, top]) expect([...contents.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(headings);
  });

  it('gives every link to another page its address for print (paper cannot follow a link)', () => {
    const toPages = links(doc).filter((l) => /href="\/[^"#]/.test(l.attrs));
    // While Table 1.1's figures are unknown the plan links to the table page; with figures it shows the table.
    if (doc.includes('class="table-pending"')) expect(toPages.length).toBeGreaterThan(0);
    for (const link of toPages) {
      const href = /href="([^"]+)"/.exec(link.attrs)![1]!;
      const printed = /data-print-address="([^"]+)"/.exec(link.attrs)?.[1];
      expect(printed, `${href} has no data-print-address`).toBeDefined();
      expect(printed!.endsWith(href), `${printed} is the address of ${href}`).toBe(true);
    }
  });

  it('carries none of the FAQ extras', () => {
    expect(doc).not.toMatch(/question__terms|question__links|class="permalink"|<details class="question"/);
    expect(links(doc).filter((l) => /hreflang=/.test(l.attrs))).toEqual([]);
  });

  it('states each need and each goal where an answer shows their list, and once more beside its partner, no more', () => {
    const plain = text(doc);
    const pairs = /<section class="needs-goals"[\s\S]*?<\/section>/.exec(doc)?.[0] ?? '';
    const shown = (list: string) => (edition.questions[locale].some((q) => q.lists.includes(list)) ? 1 : 0);
    for (const [list, items] of [
      ['needs', edition.needs],
      ['goals', edition.goals],
    ] as const) {
      for (const item of items) {
        expect(plain.split(text(item.text[locale])).length - 1, item.id).toBe(shown(list) + 1);
        expect(text(pairs), `${item.id} in "needs and goals"`).toContain(text(item.text[locale]));
      }
    }
    // Each pair is one item: the need's words, then the words of the goal the need names.
    const items = [...pairs.matchAll(/<li class="pair">([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
    expect(items).toHaveLength(edition.needs.length);
    for (const [i, need] of edition.needs.entries()) {
      const goal = edition.goals.find((g) => g.id === need.goal)!;
      expect(items[i]!.indexOf(text(need.text[locale])), need.id).toBeGreaterThanOrEqual(0);
      expect(items[i]!.indexOf(text(goal.text[locale])), need.id).toBeGreaterThan(items[i]!.indexOf(text(need.text[locale])));
    }
  });
});
