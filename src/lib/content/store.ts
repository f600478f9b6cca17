/**
 * Content read and checked once per process. `npm run build` runs the check, Astro (its integrations, the
 * collection loader and every page) and the search index in one process; they all get the same report.
 * Astro loads its config, the content config and the pages as separate module graphs, each with its own
 * copy of these modules, so the report is kept on globalThis rather than in a module variable.
 *
 * This module only holds the report; `loadContent()` (load.ts) reads and checks content into it. Pages take
 * the model from here, so the reader and its parsers never become part of the pages' bundle.
 */
import type { ContentReport } from './check.ts';
import { formatIssue } from './issues.ts';
import type { ContentModel } from './model.ts';

export interface ContentStore {
  reports: Map<string, ContentReport>;
  /** The report pages are built from (the last one loaded without options). */
  site?: ContentReport;
  /** How many times content was read and checked in this process (the build reports it). */
  reads: number;
}

const KEY = Symbol.for('erasmus-plan.content-store');

export function contentStore(): ContentStore {
  return ((globalThis as Record<symbol, ContentStore | undefined>)[KEY] ??= { reports: new Map(), reads: 0 });
}

export function contentReads(): number {
  return contentStore().reads;
}

/** The model pages are built from; content with errors never gets this far (the build stops first). */
export function siteContent(): ContentModel {
  const report = contentStore().site;
  if (!report) throw new Error('Content was not loaded: the content-check integration in astro.config.mjs loads it before any page is built');
  if (report.errors.length) {
    throw new Error(`Content has ${report.errors.length} error(s):\n${report.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`);
  }
  return report.model;
}
