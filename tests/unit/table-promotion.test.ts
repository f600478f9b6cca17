/**
 * Table 1.1 is put forward (main menu, home card, its own preview image, the table in the plan) only once a
 * figure is known: the real plan's figures are all unknown, the fixture plan's are known.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import { promotedPages } from '../../src/lib/navigation.ts';
import { socialImage } from '../../src/lib/social-preview.ts';
import { figureCount, tableIsPromoted } from '../../src/lib/table.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const real = checkContent().model;
const fixture = checkContent({ root: FIXTURE_CONTENT }).model;

describe('Table 1.1 while no figure is known (the real plan)', () => {
  const edition = currentEdition(real);
  it('has no known figure', () => {
    expect(figureCount(edition.table).known).toBe(0);
    expect(tableIsPromoted(edition.table)).toBe(false);
  });
  it('is left out of the main menu and the home cards', () => {
    expect(promotedPages(edition)).toEqual(['faq', 'plan', 'glossary']);
  });
  it('gives the table page and its embed the site-wide preview image, not one named "Table 1.1"', () => {
    expect(socialImage(real, 'table', 'lv').page).toBe('preview');
    expect(socialImage(real, 'embedTable', 'en').page).toBe('preview');
    expect(socialImage(real, 'faq', 'en').page).toBe('faqPreview');
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
