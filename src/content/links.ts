/**
 * Links in answers, checked against the site's own URL table (urls.ts) in every form an editor writes them:
 * `#question-id`, `/buj/#question-id`, `/en/faq/#…`, an archived edition's page, with or without the base
 * path the site is published under. A link to a page, question or anchor that does not exist is an error;
 * so is a relative link (`../school-needs/`), which would lead elsewhere from each page that shows the
 * answer (the FAQ, the plan, the embed). Root-relative links are made base-safe when rendered
 * (src/lib/markdown/links.ts).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { type PageKey, pageOfPath, pagePath } from '../lib/urls.ts';
import { type ContentIssue, msg, nearest, oneOf } from '../lib/content/issues.ts';
import { currentOf } from '../lib/content/model.ts';
import type { AnswerLink } from '../lib/content/mdx.ts';
import type { ContentSource, EditionSource } from './reader.ts';
import { referenceAnchor } from '../lib/markdown/citations.ts';
import { answerList, listAnchors } from '../lib/lists.ts';
import { presentTopics, TOPIC_INFO } from '../lib/participation.ts';
import { IMAGE_MAX_WIDTH } from './images.ts';

/** Addresses outside the site (https:, mailto:, tel:, //host): not ours to check. */
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Anchors a page kind has, where the check knows them (other pages' anchors are not checked). */
function anchorsOf(page: PageKey, edition: EditionSource, locale: Locale, source: ContentSource): string[] | undefined {
  const questions = edition.questions[locale].map((q) => q.id);
  const sections = (edition.parts.sections ?? []).map((s) => `section-${s.id}`);
  const references = ['references', ...(edition.parts.references ?? []).map((r) => referenceAnchor(r.number))];
  // The lists the answers show (<List id="…" />), with their items and activities.
  const { lists = [], needs = [], goals = [], activities = [] } = edition.parts;
  const shown = [...new Set(edition.questions[locale].flatMap((q) => q.blocks.flatMap((b) => ('list' in b ? [b.list] : []))))];
  const listed = shown.flatMap((id) => {
    const list = answerList({ lists, needs, goals, activities }, id);
    return list ? listAnchors(list) : [];
  });
  if (page === 'faq' || page === 'embedFaq') {
    const terms = edition.questions[locale].filter((q) => q.terms.length > 0).map((q) => `${q.id}-terms`);
    // The topics of taking part are shown with the current plan, the newest edition.
    const current = currentOf(source.editions) === edition;
    const topics = current && source.participation ? presentTopics(source.participation).map((t) => TOPIC_INFO[t].id) : [];
    return [...questions, ...sections, ...references, ...listed, ...terms, ...topics, ...(topics.length ? ['section-taking-part'] : []), 'contact'];
  }
  if (page === 'plan') return [...questions, ...sections, ...references, ...listed, 'needs-goals', 'table-section'];
  // A glossary that could not be read is reported once; its anchors are then not known (nothing more to say about them).
  if (page === 'glossary') return source.glossary?.map((t) => t.id);
  return undefined;
}

/** Where a root-relative path leads: the page with or without a base path in front ("/erasmus/buj/"). */
function pageOf(pathname: string) {
  const path = pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  const withoutBase = path.replace(/^\/[^/]+/, '');
  // "/erasmus/" alone is not taken for the home page under a base: "/nav-lapas/" must not pass as one.
  return pageOfPath(path, '/') ?? (withoutBase === '/' ? undefined : pageOfPath(withoutBase, '/'));
}

/**
 * What is wrong with a link of an answer, or of a page (`inAnswer` false: a page is shown at one address, so its
 * relative and "#" links lead where they say, and its own anchors are not known here).
 */
function linkIssue(
  holder: { file: string; locale: Locale },
  inAnswer: boolean,
  line: number,
  url: string,
  source: ContentSource,
  edition: EditionSource,
): ContentIssue | undefined {
  const at = { file: holder.file, line, place: 'body' as const };
  if (EXTERNAL.test(url) || url === '') return undefined;
  const [pathname = '', hash = ''] = url.split('#', 2);
  const anchor = decodeURIComponent(hash);
  if (!inAnswer && !pathname.startsWith('/')) return undefined;
  if (pathname && !pathname.startsWith('/')) {
    const id = pathname.replace(/\.mdx?$/, '').split('/').filter(Boolean).at(-1) ?? '';
    const known = edition.questions[holder.locale].some((q) => q.id === id);
    return { ...at, message: msg('links.relative', { url, example: known ? `#${id}` : '#…' }) };
  }
  let page: PageKey = 'faq';
  let locale = holder.locale;
  let target = edition;
  if (pathname) {
    const found = pageOf(pathname);
    if (!found) {
      const known = LOCALES.flatMap((l) => (['faq', 'plan', 'glossary', 'table', 'sources'] as const).map((p) => `/${pagePath(p, l)}`));
      const suggestion = nearest(pathname, known);
      return { ...at, message: { ...msg('links.unknownPage', { url, expected: oneOf(known) }), hint: suggestion ? msg('hint.didYouMean', { suggestion }) : undefined } };
    }
    page = found.page;
    locale = found.locale;
    target = (found.editionId ? source.editions.find((e) => e.id === found.editionId) : currentOf(source.editions)) ?? edition;
  }
  if (!anchor) return undefined;
  // "#id" alone leads within whichever page shows the answer: the FAQ and the plan both need it.
  const plan = pathname ? undefined : anchorsOf('plan', target, locale, source);
  const anchors = anchorsOf(page, target, locale, source)?.filter((a) => !plan || plan.includes(a));
  if (!anchors || anchors.includes(anchor)) return undefined;
  if (plan && anchorsOf('faq', target, locale, source)?.includes(anchor)) {
    const suggestion = `/${pagePath('faq', locale)}#${anchor}`;
    return { ...at, message: { ...msg('links.unknownAnchor', { url, anchor }), hint: msg('hint.faqOnly', { suggestion }) } };
  }
  const suggestion = nearest(anchor, anchors);
  return { ...at, message: { ...msg('links.unknownAnchor', { url, anchor }), hint: suggestion ? msg('hint.didYouMean', { suggestion: `#${suggestion}` }) : undefined } };
}

/** Every link or image of every answer, with its answer and edition. */
function* answersLinks(source: ContentSource, kind: AnswerLink['kind']) {
  for (const edition of source.editions) {
    for (const locale of LOCALES) {
      for (const question of edition.questions[locale]) {
        for (const link of question.links) if (link.kind === kind) yield { edition, question, link };
      }
    }
  }
}

/** Every link of every answer and page leads to a page and anchor the site has. */
export function answerLinks(source: ContentSource): ContentIssue[] {
  const issues: (ContentIssue | undefined)[] = [];
  for (const { edition, question, link } of answersLinks(source, 'link')) issues.push(linkIssue(question, true, link.line, link.url, source, edition));
  const current = currentOf(source.editions);
  for (const page of current ? source.pages : []) {
    for (const link of page.links) if (link.kind === 'link') issues.push(linkIssue(page, false, link.line, link.url, source, current!));
  }
  return issues.filter((issue) => issue !== undefined);
}

/** A photo larger than this is worth saving smaller (the site draws it at most IMAGE_MAX_WIDTH wide anyway). */
const IMAGE_WARN_BYTES = 2 * 1024 * 1024;

/**
 * Every image of every answer is a file beside the content that exists (a missing one would stop the build
 * with Astro's own words; one from another site would break the site's promise of no third-party requests),
 * and a photo straight from the camera gets a warning.
 */
export function answerImages(source: ContentSource): { errors: ContentIssue[]; warnings: ContentIssue[] } {
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  for (const { question, link } of answersLinks(source, 'image')) {
    const at = { file: question.file, line: link.line, place: 'body' as const };
    if (EXTERNAL.test(link.url)) {
      errors.push({ ...at, message: msg('images.remote', { url: link.url }) });
      continue;
    }
    if (link.url.startsWith('/')) {
      errors.push({ ...at, message: msg('images.notContent', { url: link.url }) });
      continue;
    }
    const file = path.resolve(path.dirname(question.file), decodeURI(link.url));
    if (!existsSync(file)) {
      errors.push({ ...at, message: msg('images.missing', { url: link.url }) });
      continue;
    }
    const bytes = statSync(file).size;
    if (bytes > IMAGE_WARN_BYTES) {
      warnings.push({ ...at, message: msg('images.large', { url: link.url, size: bytes / 1024 / 1024, limit: IMAGE_WARN_BYTES / 1024 / 1024, width: IMAGE_MAX_WIDTH }) });
    }
  }
  return { errors, warnings };
}
