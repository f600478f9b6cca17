/** Reads and checks content once per process into the content store (store.ts). */
import { type CheckOptions, checkContent, type ContentReport } from './check.ts';
import { contentDir } from './files.ts';
import { contentStore } from './store.ts';

/** The checked content (read on first use, then the same report until `forgetContent()`). */
export function loadContent(options: CheckOptions = {}): ContentReport {
  const store = contentStore();
  const root = options.root ?? contentDir();
  const key = `${root}\0${options.strict ? 'strict' : ''}`;
  const site = !options.root && !options.strict;
  let report = store.reports.get(key) ?? (site ? store.site : undefined);
  if (!report) {
    report = checkContent({ ...options, root });
    store.reads++;
    store.reports.set(key, report);
  }
  if (site) store.site = report;
  return report;
}

/** Content changed (npm run dev): the next `loadContent()` reads it again. */
export function forgetContent(): void {
  const store = contentStore();
  store.reports.clear();
  store.site = undefined;
}
