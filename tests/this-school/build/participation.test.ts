/**
 * This school's built site (dist/, from content/): what it shows of content/participation.json and of its plan's
 * period, with no empty shell for what the content does not tell (tests/support/participation-site.ts; the
 * fixture school, which tells every topic, runs the same tests in tests/another-school/build/site.test.ts).
 */
import { describe } from 'vitest';
import { checkContent } from '../../../src/content/check.ts';
import { readPage, requireBuiltSite } from '../../../support/site.ts';
import { participationSiteTests } from '../../support/participation-site.ts';

requireBuiltSite();
const { model } = checkContent();

describe("this school's site: how to take part, and its plan's period", () => {
  participationSiteTests(
    () => readPage,
    () => model,
  );
});
