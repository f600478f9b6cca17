/**
 * What this build did, for the build's closing summary (./publish/index.ts): the integrations share this module
 * (and this one object) in a build's process.
 */
export interface BuildReport {
  /** How many times content/ was read and checked in this build. */
  contentReads: number;
  /** One line on what the content holds ("plan 2020-2022, 11 questions in lv, …"). */
  content?: string;
  /** Search index entries per language. */
  indexEntries?: Record<string, number>;
  /** Wall-clock milliseconds the preview images took, drawn beside the pages. */
  previewMs?: number;
}

export const buildReport: BuildReport = { contentReads: 0 };

/** A new build in the same process starts a new report. */
export function resetBuildReport(): void {
  for (const key of Object.keys(buildReport) as (keyof BuildReport)[]) delete buildReport[key];
  buildReport.contentReads = 0;
}
