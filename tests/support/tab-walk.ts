/**
 * Walking a page with the Tab key, and measuring each stop's focus indicator. The walk presses the real Tab
 * key in batches (no round trip per key) and records where focus lands; the measure then focuses each stop
 * again by script, which keeps Chromium's :focus-visible after keyboard focus (checked per stop, so a stop
 * without its keyboard indicator is reported, not measured wrongly).
 */
import type { Page } from 'playwright-core';

export interface FocusStyle {
  outline: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
}

export interface Stop {
  /** The stop's number in Tab order (data-tab-stop), and data-kbd when markControls numbered it. */
  stop: string;
  control: string | null;
  label: string;
  /** Whether it matched :focus-visible when measured (the measure is only valid when it did). */
  focusVisible: boolean;
  onScreen: boolean;
  focused: FocusStyle;
  unfocused: FocusStyle;
  /** For each side where the outline is drawn: what is behind it, and the backgrounds from there up to an opaque one. */
  behind: { under: string; layers: string[] }[];
}

/** Numbers (data-kbd) every control a keyboard user must be able to reach; returns their numbers. */
export function markControls(page: Page): Promise<string[]> {
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

const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };

/**
 * Presses Tab from where focus is until focus comes round again; returns the stops' numbers in order
 * (data-tab-stop on each element), or throws when `limit` presses did not come round.
 */
export async function tabOrder(page: Page, limit = 400, batch = 25): Promise<string[]> {
  await page.evaluate(() => {
    const w = window as unknown as { tabWalk?: { stops: string[]; done: boolean } };
    document.querySelectorAll('[data-tab-stop]').forEach((n) => n.removeAttribute('data-tab-stop'));
    // The listener stays for the document's life; a new walk only starts a new record.
    const listening = !!w.tabWalk;
    w.tabWalk = { stops: [], done: false };
    if (!listening)
      document.addEventListener(
        'focusin',
        (event) => {
          const walk = w.tabWalk!;
          const el = event.target as HTMLElement;
          if (walk.done) return;
          if (el.dataset.tabStop) walk.done = true;
          else {
            el.dataset.tabStop = String(walk.stops.length);
            walk.stops.push(el.dataset.tabStop);
          }
        },
        true,
      );
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let pressed = 0; pressed < limit; pressed += batch) {
      await Promise.all(
        Array.from({ length: batch }, () => [
          cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }),
          cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }),
        ]).flat(),
      );
      const walk = await page.evaluate(() => (window as unknown as { tabWalk: { stops: string[]; done: boolean } }).tabWalk);
      if (walk.done) return walk.stops;
    }
  } finally {
    await cdp.detach();
  }
  throw new Error(`Tab did not come round within ${limit} presses`);
}

/**
 * Focuses each stop in order and measures its indicator in the current colour scheme (one call). Focus
 * is first brought back into the page with Tab, so that it was last moved by the keyboard.
 */
export async function measureStops(page: Page, stops: string[]): Promise<Stop[]> {
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.hasFocus() && document.activeElement !== document.body)); i++)
    await page.keyboard.press('Tab');
  return page.evaluate((order) => {
    const describe = (n: Element) =>
      `${n.tagName.toLowerCase()}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}`;
    const opaque = (c: string) => /^rgb\(/.test(c) || /[,/]\s*1\)$/.test(c);
    const layersFrom = (start: Element | null) => {
      const layers: string[] = [];
      for (let n = start; n; n = n.parentElement) {
        const c = getComputedStyle(n).backgroundColor;
        if (c !== 'transparent' && !/[,/]\s*0\)$/.test(c)) layers.push(c);
        if (opaque(c)) break;
      }
      return layers;
    };
    const styleOf = (el: Element) => {
      const style = getComputedStyle(el);
      return {
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      };
    };
    const measured = order.map((stop) => {
      const el = document.querySelector<HTMLElement>(`[data-tab-stop="${stop}"]`)!;
      el.focus();
      const style = getComputedStyle(el);
      const width = parseFloat(style.outlineWidth) || 0;
      const offset = parseFloat(style.outlineOffset) || 0;
      const r = el.getBoundingClientRect();
      const d = offset + width / 2; // the middle of the outline, outside the border box
      const behind: { under: string; layers: string[] }[] = [];
      if (d > 0) {
        const points = [
          [r.left + r.width / 2, r.top - d],
          [r.left + r.width / 2, r.bottom + d],
          [r.left - d, r.top + r.height / 2],
          [r.right + d, r.top + r.height / 2],
        ];
        for (const [x, y] of points as [number, number][]) {
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
          const under = document.elementsFromPoint(x, y).find((n) => n !== el && !el.contains(n));
          if (under) behind.push({ under: describe(under), layers: layersFrom(under) });
        }
      }
      // An inset outline, or one with no side on screen: the element's own box, or its parent's.
      if (behind.length === 0) {
        const from = d > 0 ? el.parentElement : el;
        if (from) behind.push({ under: describe(from), layers: layersFrom(from) });
      }
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return {
        stop,
        control: el.dataset.kbd ?? null,
        label: `${describe(el)} "${text}"`,
        focusVisible: el.matches(':focus-visible') && document.activeElement === el,
        onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
        focused: styleOf(el),
        behind,
      };
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return measured.map((m) => ({ ...m, unfocused: styleOf(document.querySelector(`[data-tab-stop="${m.stop}"]`)!) }));
  }, stops);
}
