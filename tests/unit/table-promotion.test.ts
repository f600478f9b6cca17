/**
 * Table 1.1 is put forward (main menu, home card, its own preview image, the table in the plan) only once a
 * figure is known: the fixture plan with every figure unknown and with its figures known; the content's own
 * plan follows the same rule, with as many figures known as its checks say (content/checks/text.json).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import { promotedPages } from '../../src/lib/navigation.ts';
import { socialImage } from '../../src/lib/social-preview.ts';
import { figureCount, tableIsPromoted } from '../../src/lib/table.ts';
import { contentChecks, noContentCheck } from '../support/content-checks.ts';
import { copyFixtureContent, FIXTURE_CONTENT, FIXTURE_EDITION } from '../support/fixture-content.ts';

const fixture = checkContent({ root: FIXTURE_CONTENT }).model;
/** The fixture plan with every figure of Table 1.1 "to be confirmed". */
const unknownCopy = copyFixtureContent();
unknownCopy.editJson(`editions/${FIXTURE_EDITION}/table-1-1.json`, (d) => {
  for (const row of d.rows) for (const key of Object.keys(row.counts)) row.counts[key] = null;
});
const unknown = checkContent({ root: unknownCopy.root }).model;
afterAll(() => unknownCopy.dispose());

describe('Table 1.1 while no figure is known (the fixture plan, every figure unknown)', () => {
  const edition = currentEdition(unknown);
  it('has no known figure', () => {
    expect(figureCount(edition.table).known).toBe(0);
    expect(tableIsPromoted(edition.table)).toBe(false);
  });
  it('is left out of the main menu and the home cards', () => {
    expect(promotedPages(edition)).toEqual(['faq', 'plan', 'glossary']);
  });
  it('gives the table page and its embed the site-wide preview image, not one named "Table 1.1"', () => {
    expect(socialImage(unknown, 'table', 'lv').page).toBe('preview');
    expect(socialImage(unknown, 'embedTable', 'en').page).toBe('preview');
    expect(socialImage(unknown, 'faq', 'en').page).toBe('faqPreview');
  });
});

describe('Table 1.1 with known figures (the fixture plan)', () => {
  const edition = currentEdition(fixture);
  it('returns to the main menu, the home cards and its own preview image', () => {
    expect(figureCount(edition.table).known).toBeGreaterThan(0);
    expect(promotedPages(edition)).toEqual(['faq', 'plan', 'table', 'glossary']);
    expect(socialImage(fixture, 'table', 'lv').page).toBe('tablePreview');
    expect(socialImage(fixture, 'embedTable', 'en').page).toBe('tablePreview');
  });
});

describe("Table 1.1 of the content's own plan", () => {
  const own = checkContent().model;
  const edition = currentEdition(own);
  const known = figureCount(edition.table).known;
  it('has as many known figures as content/checks/text.json says', ({ skip }) => {
    const expected = contentChecks().editions?.[edition.id]?.tableFiguresKnown;
    if (expected === undefined) return skip(noContentCheck(`editions["${edition.id}"].tableFiguresKnown`));
    expect(known).toBe(expected);
  });
  it('is put forward exactly when a figure is known', () => {
    const promoted = known > 0;
    expect(tableIsPromoted(edition.table)).toBe(promoted);
    expect(promotedPages(edition)).toEqual(promoted ? ['faq', 'plan', 'table', 'glossary'] : ['faq', 'plan', 'glossary']);
    expect(socialImage(own, 'table', 'lv').page).toBe(promoted ? 'tablePreview' : 'preview');
    expect(socialImage(own, 'embedTable', 'en').page).toBe(promoted ? 'tablePreview' : 'preview');
    expect(socialImage(own, 'faq', 'en').page).toBe('faqPreview');
  });
});
