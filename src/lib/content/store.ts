/**
 * Content read and checked once per process. `npm run build` runs the check, Astro (its integrations, the
 * collection loader and every page) and the search index in one process; they all ask here and get the
 * same report. Astro loads its config, the content config and the pages as separate module graphs, each
 * with its own copy of this module, so the report is kept on globalThis rather than in a module variable.
 */
import { type CheckOptions, checkContent, type ContentReport } from './check.ts';
import { formatIssue } from './issues.ts';
import { contentDir } from './files.ts';
import type { ContentModel } from './model.ts';

interface Store {
  reports: Map<string, ContentReport>;
  /** How many times content was read and checked in this process (the build reports it). */
  reads: number;
}

const KEY = Symbol.for('vtdt-erasmus-plan.content-store');
const store = ((globalThis as Record<symbol, Store | undefined>)[KEY] ??= { reports: new Map(), reads: 0 });

/** The checked content (read on first use, then the same report until `forgetContent()`). */
export function loadContent(options: CheckOptions = {}): ContentReport {
  const root = options.root ?? contentDir();
  const key = `${root}\0${options.strict ? 'strict' : ''}`;
  let report = store.reports.get(key);
  if (!report) {
    report = checkContent({ ...options, root });
    store.reads++;
    store.reports.set(key, report);
  }
  return report;
}

/** Content changed (npm run dev): the next `loadContent()` reads it again. */
export function forgetContent(): void {
  store.reports.clear();
}

export function contentReads(): number {
  return store.reads;
}

/** The model pages are built from; content with errors never gets this far (the build stops first). */
export function siteContent(): ContentModel {
  const report = loadContent();
  if (report.errors.length) {
    throw new Error(`Content has ${report.errors.length} error(s):\n${report.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`);
  }
  return report.model;
}
