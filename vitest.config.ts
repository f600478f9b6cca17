/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Tests are grouped by scenario (tests/<scenario>/: this school's content, another school's, a second edition
 * under a base path, every optional field filled, an editor's changes and mistakes), and within a scenario by
 * what they need, which is what these projects are: tests at a scenario's top level and tests/unit,
 * tests/component need nothing built; build/ tests read dist/ (npm test builds it first) or build their
 * scenario's own site; e2e/ tests drive Debian's Chromium against dist/ served on 127.0.0.1.
 */
export default getViteConfig({
  test: {
    // Unit test files two at a time (this machine's two cores); build and browser test files one after another
    // (fileParallelism below). In one run Vitest runs these projects one after the other: npm test
    // (scripts/test.ts) starts the browser tests as a run of their own beside the other two.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'tests/*/*.test.ts'] },
      },
      // One file at a time: some build tests run whole builds, which share the project's .astro/ folder.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/*/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/*/e2e/**/*.test.ts'],
          // One Chromium and one server of dist/ for every browser test file.
          globalSetup: ['tests/support/e2e-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
