/**
 * Keyboard use and focus you can see (WCAG 2.1.1, 2.4.1, 2.4.7, 1.4.11): on every page, at 1280 px and on
 * the pages whose header differs on a phone at 360 px, the Tab key starts at the skip link (an embed, with
 * nothing to skip, starts inside main), reaches every visible control, and each stop shows its indicator in
 * the light and the dark theme: an outline of at least 2 px at 3:1 against what is behind it (found where the
 * outline is drawn: elementsFromPoint just outside the element on each side, then up the tree to the first
 * opaque background, compositing translucent layers such as the header's navigation row), different from
 * the unfocused look, on screen while focused. Every <details> is opened first, so the controls inside (the
 * phone menu, the FAQ's answers) are reached and measured too. The open search dialog is walked the same
 * way, and there every link's text also needs 4.5:1. axe-core checks none of this. How the walk and the
 * measure work: tests/support/tab-walk.ts.
 */
import { describe, expect, test } from 'vitest';
import type { Page, ViewportSize } from 'playwright-core';
import { DESKTOP, PHONE, useE2E } from '../../support/e2e.ts';
import { noSearchUiCheck, SEARCH_QUERY, SEARCH_TYPO } from '../../support/content-checks.ts';
import { composite, contrastRatio, hex, parseColor } from '../../support/contrast.ts';
import { markControls, measureStops, tabOrder, type FocusStyle, type Stop } from '../../support/tab-walk.ts';
import { requireBuiltSite, sitePages, pathOf } from '../../../support/site.ts';
import { LOCALES } from '../../../src/lib/locales.ts';

requireBuiltSite();
const e2e = useE2E();
const THEMES = ['light', 'dark'] as const;
/** Phone runs: the pages whose header and contents differ on a phone (menu button, contents at the top). */
const PHONE_PAGES = (['home', 'faq', 'plan'] as const).flatMap((page) => LOCALES.map((locale) => pathOf(page, locale)));
const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/** What is wrong with one stop's indicator, or nothing. */
function problemsOf(where: string, stop: Stop): string[] {
  if (!stop.focusVisible) return [`${where}: ${stop.label}: does not match :focus-visible when focused after Tab`];
  const problems: string[] = [];
  if (!stop.onScreen) problems.push(`${where}: ${stop.label}: not on screen while focused`);
  const { focused } = stop;
  if (focused.outline === 'none' || focused.outlineWidth < 2 || transparent(focused.outlineColor))
    return [
      ...problems,
      `${where}: ${stop.label}: outline ${focused.outline} ${focused.outlineWidth}px (needs a solid outline of at least 2 px)`,
    ];
  if (sameLook(focused, stop.unfocused)) problems.push(`${where}: ${stop.label}: looks the same focused and unfocused`);
  const outline = parseColor(focused.outlineColor);
  for (const { under, layers } of stop.behind) {
    const background = composite(layers.map(parseColor));
    const ratio = contrastRatio(composite([outline, ...layers.map(parseColor)]), background);
    if (ratio < 3)
      problems.push(`${where}: ${stop.label}: outline ${hex(outline)} on ${hex(background)} (behind: ${under}) is ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

const sameLook = (a: FocusStyle, b: FocusStyle) => JSON.stringify(a) === JSON.stringify(b);

/** Loads a page with every <details> open and numbers its controls. */
async function openPage(pathname: string, viewport: typeof DESKTOP): Promise<{ page: Page; controls: string[] }> {
  const page = await e2e().visit(pathname, { viewport });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return { page, controls: await markControls(page) };
}

/** Tabs through the page, checks the order, then measures every stop in both themes. */
async function walkPage(pathname: string, viewport: typeof DESKTOP): Promise<{ stops: Stop[]; problems: string[] }> {
  const { page, controls } = await openPage(pathname, viewport);
  const order = await tabOrder(page, controls.length * 2 + 10);
  const first = await page.evaluate((n) => {
    const el = document.querySelector<HTMLElement>(`[data-tab-stop="${n}"]`);
    const control0 = document.querySelector('[data-kbd="0"]');
    return {
      isFirstControl: el?.dataset.kbd === '0',
      skipLink: control0?.classList.contains('skip-link') ?? false,
      inMain: !!el?.closest('main'),
    };
  }, order[0]);
  const problems: string[] = [];
  // A page with repeated blocks (header, navigation) starts with the skip link; an embed view has nothing
  // before <main> to skip, so it needs none: there, the first stop must already be in main.
  if (first.skipLink && !first.isFirstControl) problems.push(`${pathname}: the skip link is not the first Tab stop`);
  if (!first.skipLink && !first.inMain) problems.push(`${pathname}: no skip link, and the first Tab stop is outside main`);
  const stops: Stop[] = [];
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    const measured = await measureStops(page, order);
    stops.push(...measured);
    problems.push(...measured.flatMap((stop) => problemsOf(`${pathname} (${colorScheme}, ${viewport.width} px)`, stop)));
  }
  const reached = new Set(stops.map((s) => s.control));
  const missed = controls.filter((k) => !reached.has(k));
  const missedLabels = await page.evaluate(
    (keys) => keys.map((k) => document.querySelector(`[data-kbd="${k}"]`)!.outerHTML.slice(0, 120)),
    missed,
  );
  problems.push(...missedLabels.map((html) => `${pathname} at ${viewport.width} px: Tab never reaches ${html}`));
  return { stops, problems };
}

test.each(sitePages())(
  '%s at 1280 px: Tab from the skip link through every control, each indicator at 3:1 (light and dark)',
  async (pathname) => {
    const { stops, problems } = await walkPage(pathname, DESKTOP);
    expect(stops.length, 'Tab reached some controls').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  },
);

test.each(PHONE_PAGES)(
  '%s at 360 px (menu and contents open): Tab through every control, each indicator at 3:1 (light and dark)',
  async (pathname) => {
    const { stops, problems } = await walkPage(pathname, PHONE);
    expect(
      stops.some((s) => s.label.includes('site-menu')),
      'the phone menu was measured',
    ).toBe(true);
    expect(problems).toEqual([]);
  },
);

describe.each([
  ['/', 'lv'],
  ['/en/', 'en'],
] as const)('%s with the search dialog open', (pathname, locale) => {
  // A typing mistake, so the dialog also shows its "search exactly what I typed" link.
  const typo = SEARCH_TYPO[locale];
  if (!typo) test.skip(`results for a typing mistake: ${noSearchUiCheck(`probe.${locale}.typo`)}`, () => {});
  const queries = typo ? [SEARCH_QUERY[locale], typo] : [SEARCH_QUERY[locale]];
  test.each(
    queries.flatMap((query): [ViewportSize, string][] => [
      [DESKTOP, query],
      [PHONE, query],
    ]),
  )('at %o, results for "%s": outlines at 3:1, link text at 4.5:1 (light and dark)', async (viewport, query) => {
    const page = await e2e().visit(pathname, { viewport });
    await page.click('[data-search-open]');
    const dialog = page.locator('dialog[data-search-dialog]');
    await dialog.locator('input[type="search"]').fill(query);
    await dialog.locator('.search-result a').first().waitFor({ timeout: 15_000 });
    const where = `${pathname} dialog "${query}" at ${viewport.width} px`;
    if (query === typo)
      expect(await dialog.locator('.search-status a').count(), `${where}: the correction's link is shown`).toBeGreaterThan(0);
    const order = await tabOrder(page, 60, 10);
    expect(order.length, `${where}: Tab moved through the dialog`).toBeGreaterThanOrEqual(4);
    const problems: string[] = [];
    for (const colorScheme of THEMES) {
      await page.emulateMedia({ colorScheme });
      const stops = await measureStops(page, order);
      expect(stops.every((s) => s.behind.length > 0)).toBe(true);
      problems.push(...stops.flatMap((s) => problemsOf(`${where} (${colorScheme})`, s)));
      const links = await dialog.evaluate((d) =>
        [...d.querySelectorAll<HTMLElement>('a')]
          .filter((a) => a.checkVisibility())
          .map((a) => {
            const layers: string[] = [];
            for (let n: HTMLElement | null = a; n; n = n.parentElement) {
              const c = getComputedStyle(n).backgroundColor;
              if (c !== 'transparent' && !/[,/]\s*0\)$/.test(c)) layers.push(c);
              if (/^rgb\(/.test(c) || /[,/]\s*1\)$/.test(c)) break;
            }
            // A result's title is the link text readers see; other links are their own text.
            const textEl = a.querySelector<HTMLElement>('.search-result__title') ?? a;
            return { text: (a.textContent ?? '').trim().slice(0, 40), color: getComputedStyle(textEl).color, layers };
          }),
      );
      expect(links.length, `${where}: links in the dialog`).toBeGreaterThan(0);
      problems.push(
        ...links.flatMap((l) => {
          const bg = composite(l.layers.map(parseColor));
          const ratio = contrastRatio(composite([parseColor(l.color), ...l.layers.map(parseColor)]), bg);
          return ratio < 4.5 ? [`${where} (${colorScheme}): link "${l.text}" ${l.color} on ${hex(bg)} is ${ratio.toFixed(2)}:1`] : [];
        }),
      );
    }
    expect(problems).toEqual([]);
  });
});

test('the measure sees a focus outline that does not stand out, and one too thin (it can fail)', async () => {
  const page = await e2e().newPage({ viewport: DESKTOP, bypassCSP: true });
  await page.goto(e2e().url('/'));
  // The finding this test was written for: the header's pale focus colour on the white dialog.
  await page.addStyleTag({ content: 'main :focus-visible { outline: 3px solid #ffd27a !important; }' });
  const order = await tabOrder(page);
  const inMain = async () => {
    const stops = await measureStops(page, order);
    const main = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main [data-tab-stop]')].map((n) => n.dataset.tabStop),
    );
    return stops.filter((s) => main.includes(s.stop));
  };
  const pale = await inMain();
  expect(pale.length).toBeGreaterThan(0);
  expect(problemsOf('/', pale[0]!).join()).toMatch(/1\.\d\d:1/);
  await page.addStyleTag({ content: 'main :focus-visible { outline: 1px solid #000 !important; }' });
  expect(problemsOf('/', (await inMain())[0]!).join()).toMatch(/at least 2 px/);
  await page.addStyleTag({ content: 'main a:focus-visible { outline: none !important; }' });
  expect(problemsOf('/', (await inMain())[0]!).join()).toMatch(/outline none/);
  await page.context().close();
});

test('the walk sees a control that Tab skips (it can fail)', async () => {
  const page = await e2e().newPage({ viewport: DESKTOP });
  await page.goto(e2e().url('/'));
  const controls = await markControls(page);
  await page.evaluate(() => document.querySelector('main a')!.setAttribute('tabindex', '-1'));
  const order = await tabOrder(page, controls.length * 2 + 10);
  const reached = await page.evaluate(
    (o) => o.map((n) => document.querySelector<HTMLElement>(`[data-tab-stop="${n}"]`)!.dataset.kbd),
    order,
  );
  await page.context().close();
  expect(reached.length).toBe(controls.length - 1);
  expect(controls.filter((k) => !reached.includes(k))).toHaveLength(1);
});
