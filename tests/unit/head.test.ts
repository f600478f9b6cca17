/** What a page's <head> says (src/lib/head.ts): canonical, alternates, Open Graph. */
import { describe, expect, it } from 'vitest';
import { pageHead } from '../../src/lib/head.ts';

const site = new URL('https://www.example.lv/erasmus/');
const image = { page: 'preview' as const, alt: 'Plāna nosaukums.' };
const base = { title: 'Jautājumi un atbildes', description: 'Apraksts.', siteName: 'Erasmus+ plāns · Skola', site, image };

describe('page head', () => {
  it('names the page, then the site; the home page by the site alone', () => {
    expect(pageHead({ ...base, locale: 'lv', page: 'faq' }).title).toBe('Jautājumi un atbildes · Erasmus+ plāns · Skola');
    expect(pageHead({ ...base, locale: 'lv', page: 'home' }).title).toBe('Erasmus+ plāns · Skola');
  });

  it('links the canonical URL and every language twin, with Latvian as x-default', () => {
    const head = pageHead({ ...base, locale: 'en', page: 'faq', editionId: '2020-2022' });
    const links = head.links.map((l) => `${l.rel} ${l.hreflang ?? ''} ${l.href}`.replace('  ', ' '));
    expect(links).toEqual([
      'canonical https://www.example.lv/en/archive/2020-2022/faq/',
      'alternate lv https://www.example.lv/arhivs/2020-2022/buj/',
      'alternate en https://www.example.lv/en/archive/2020-2022/faq/',
      'alternate x-default https://www.example.lv/arhivs/2020-2022/buj/',
    ]);
  });

  it('gives an embed its own twins but the full page as canonical, and keeps it out of search engines', () => {
    const head = pageHead({ ...base, locale: 'lv', page: 'embedFaq', canonicalPage: 'faq', noindex: true });
    expect(head.links.find((l) => l.rel === 'canonical')?.href).toBe('https://www.example.lv/buj/');
    expect(head.links.filter((l) => l.rel === 'alternate').map((l) => l.href)).toContain('https://www.example.lv/en/embed/faq/');
    expect(head.meta).toContainEqual({ key: 'name', name: 'robots', content: 'noindex' });
  });

  it('has neither canonical nor alternates for a page that is no page kind (the 404)', () => {
    expect(pageHead({ ...base, locale: 'lv', page: undefined }).links).toEqual([]);
  });

  it("shows the page's preview image by an absolute address", () => {
    const meta = Object.fromEntries(pageHead({ ...base, locale: 'en', page: 'faq' }).meta.map((m) => [m.name, m.content]));
    expect(meta['og:image']).toBe('https://www.example.lv/en/preview.png');
    expect(meta).toMatchObject({
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Plāna nosaukums.',
      'twitter:card': 'summary_large_image',
    });
  });

  it('describes the page for link previews in its language, naming the other languages', () => {
    const meta = Object.fromEntries(pageHead({ ...base, locale: 'lv', page: 'faq' }).meta.map((m) => [m.name, m.content]));
    expect(meta).toMatchObject({
      description: 'Apraksts.',
      'og:title': 'Jautājumi un atbildes',
      'og:locale': 'lv_LV',
      'og:locale:alternate': 'en_GB',
      'og:url': 'https://www.example.lv/buj/',
    });
  });
});
