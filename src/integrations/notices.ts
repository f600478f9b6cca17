/**
 * Warnings from the build steps that run inside Astro (integrations). `npm run build` collects them and
 * prints them in its summary, grouped with the content warnings; under `astro build` run directly nobody
 * prints a summary, so they go to Astro's logger. Kept on globalThis for the reason store.ts gives: the
 * integrations are loaded as a separate module graph from scripts/build.ts.
 */
const KEY = Symbol.for('erasmus-plan.build-warnings');

type Slot = Record<symbol, string[] | undefined>;

/** Called by the build script before Astro runs: from then on warnings are collected, not logged. */
export function collectBuildWarnings(): string[] {
  return ((globalThis as Slot)[KEY] = []);
}

export function buildWarning(logger: { warn(message: string): void }, message: string): void {
  const collected = (globalThis as Slot)[KEY];
  if (collected) collected.push(message);
  else logger.warn(message);
}
