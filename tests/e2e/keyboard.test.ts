/**
 * Full keyboard use: the skip link comes first and moves focus into <main>; Tab reaches every control
 * and each shows a visible focus indicator; Ctrl/Cmd+K opens search, focus stays in the dialog and goes
 * back to the opener on Escape; no single-character key does anything (WCAG 2.1.1, 2.1.4, 2.4.1, 2.4.7).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SEARCH_QUERY, useE2E } from '../support/e2e.ts';
import { requireBuiltSite, sitePages } from '../../support/site.ts';

requireBuiltSite();
const pages = sitePages();
const e2e = useE2E();

interface FocusStyle {
  outline: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
}

interface Step {
  key: string;
  label: string;
  focused: FocusStyle;
  onScreen: boolean;
}

/** Marks every control a keyboard user must be able to reach, returning their keys. */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }))
      .map((el, i) => {
        el.dataset.kbd = String(i);
        return String(i);
      });
  });
}

const describeActive = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !document.hasFocus()) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      key: el.dataset.kbd ?? `(unmarked ${el.tagName.toLowerCase()}.${el.className})`,
      label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      focused: {
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      },
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    };
  });

/** Presses Tab from the top of the page until focus leaves the document or comes round again. */
async function tabWalk(page: Page, limit: number): Promise<Step[]> {
  const steps: Step[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const step = await describeActive(page);
    if (!step || step.key === steps[0]?.key) break;
    steps.push(step);
  }
  return steps;
}

const unfocusedStyle = (page: Page, key: string) =>
  page.evaluate((k) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const style = getComputedStyle(document.querySelector(`[data-kbd="${k}"]`)!);
    return {
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
    };
  }, key);

const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
function indicatorVisible(focused: FocusStyle, unfocused: FocusStyle): boolean {
  const outline = focused.outline !== 'none' && focused.outlineWidth >= 2 && !transparent(focused.outlineColor);
  const shadow = focused.boxShadow !== 'none';
  const changed = JSON.stringify(focused) !== JSON.stringify(unfocused);
  return (outline || shadow) && changed;
}

describe.each(['light', 'dark'] as const)('keyboard, %s theme', (colorScheme) => {
  test.each(pages)('%s: skip link first, every control reachable by Tab and visibly focused', async (pathname) => {
    const page = await e2e().newPage({ colorScheme });
    await page.goto(e2e().url(pathname));
    const controls = await markControls(page);
    const steps = await tabWalk(page, controls.length * 2 + 10);

    // A page with repeated blocks (header, navigation) starts with the skip link; an embed view has
    // nothing before <main> to skip, so it needs none: there, the first stop must already be in main.
    const first = await page.evaluate(() => ({
      skipLink: document.querySelector('[data-kbd="0"]')?.classList.contains('skip-link') ?? false,
      firstInMain: !!document.querySelector('[data-kbd="0"]')?.closest('main'),
    }));
    if (first.skipLink) expect(steps[0]?.key, 'the skip link is the first Tab stop').toBe('0');
    else expect(first, 'no skip link, so the first control must be inside main').toEqual({ skipLink: false, firstInMain: true });

    const reached = new Set(steps.map((s) => s.key));
    const missed = controls.filter((k) => !reached.has(k));
    const missedLabels = await page.evaluate(
      (keys) => keys.map((k) => document.querySelector(`[data-kbd="${k}"]`)!.outerHTML.slice(0, 120)),
      missed,
    );
    expect(missedLabels, 'controls Tab never reached').toEqual([]);

    const problems: string[] = [];
    for (const step of steps) {
      if (!step.onScreen) problems.push(`${step.label}: not on screen while focused`);
      if (step.key.startsWith('(')) continue; // a focusable scroll area the browser added; its own outline is checked below
      const unfocused = await unfocusedStyle(page, step.key);
      if (!indicatorVisible(step.focused, unfocused))
        problems.push(`${step.label}: no visible focus indicator (${JSON.stringify(step.focused)})`);
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });
});

test.each(['/', '/en/faq/'])('%s: the skip link moves focus to main', async (pathname) => {
  const page = await e2e().newPage();
  await page.goto(e2e().url(pathname));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  await page.context().close();
});

describe('search dialog', () => {
  const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.open);

  test.each([
    ['/', 'Control+k', SEARCH_QUERY.lv],
    ['/en/faq/', 'Meta+k', SEARCH_QUERY.en],
  ])('%s: %s opens it, Tab stays inside, Escape closes and returns focus', async (pathname, shortcut, query) => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(pathname));
    // Put focus on some control first: it must get focus back.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.evaluate(() => document.activeElement!.setAttribute('data-opener', ''));
    expect(await dialogOpen(page)).toBe(false);

    await page.keyboard.press(shortcut);
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches('dialog input[type="search"]'))).toBe(true);
    await page.keyboard.type(query);
    await page.locator('dialog .search-result a').first().waitFor({ timeout: 15_000 });

    // A modal <dialog> makes the page inert: Tab cycles through the dialog and, between rounds, the
    // browser's own controls (document loses focus), never to the page behind it.
    const inDialog = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        if (!document.hasFocus()) return 'browser';
        return el.closest('dialog[data-search-dialog]')
          ? `dialog:${el.tagName}:${el.textContent?.slice(0, 20)}`
          : `OUTSIDE:${el.outerHTML.slice(0, 80)}`;
      });
      expect(where).not.toMatch(/^OUTSIDE/);
      if (where !== 'browser') inDialog.add(where);
    }
    expect(inDialog.size, 'Tab visits the close button, input, submit and results').toBeGreaterThanOrEqual(4);

    // Escape from a result link closes at once (in the filled search field the browser's first Escape
    // clears the field, the second closes; checked below).
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.matches('.search-result a'))); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-opener'))).toBe(true);
    await page.context().close();
  });

  test('Escape in the filled search field clears it, then closes the dialog', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    await page.keyboard.press('Control+k');
    await page.keyboard.type('prakse');
    await page.keyboard.press('Escape');
    if (await dialogOpen(page)) {
      expect(await page.inputValue('dialog input[type="search"]')).toBe('');
      await page.keyboard.press('Escape');
    }
    expect(await dialogOpen(page)).toBe(false);
    await page.context().close();
  });

  test('the header search control opens it by keyboard and the close button returns focus to it', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/plans/'));
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Shift+Tab'); // from the input back to the close button
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-close'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.context().close();
  });

  test.each(['/', '/en/', '/buj/'])('%s: no single-character key opens search or moves focus', async (pathname) => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(pathname));
    const url = page.url();
    for (const key of ['k', 'K', '/', 's', '?', 'Shift+K', 'Alt+k']) {
      await page.keyboard.press(key);
      expect(await dialogOpen(page), `key ${key}`).toBe(false);
      expect(await page.evaluate(() => document.activeElement === document.body), `key ${key}`).toBe(true);
    }
    expect(page.url()).toBe(url);
    await page.context().close();
  });
});
