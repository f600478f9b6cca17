/** Where the site is published (content/site.json): what its schema accepts, and Astro's site and base made from it. */
import { describe, expect, it } from 'vitest';
import { SITE_FILE } from '../../src/lib/content/schemas.ts';
import { siteAddress } from '../../src/integrations/site/address.ts';

const parse = (data: unknown) => SITE_FILE.schema.safeParse(data);

describe('content/site.json', () => {
  it('takes the address of the home page, or null (also when the field is left out) while it is not known', () => {
    expect(parse({ url: 'https://www.example.lv/erasmus/' }).success).toBe(true);
    expect(parse({ url: null, note: 'not known yet' }).success).toBe(true);
    expect(parse({}).data).toEqual({ url: null });
  });

  it('refuses what is not the full address of a home page', () => {
    for (const url of [
      'www.example.lv/erasmus/',
      'ftp://www.example.lv/',
      'https://www.example.lv/erasmus/?lang=lv',
      'https://www.example.lv/#plan',
      '',
    ])
      expect(parse({ url }).success, url).toBe(false);
    expect(parse({ address: 'https://www.example.lv/' }).success).toBe(false);
  });

  it("says what is wrong in the check's own words (a message key of its catalogue, not English text)", () => {
    const messages = (url: string) => parse({ url }).error?.issues.map((i) => i.message);
    expect(messages('www.example.lv/erasmus/')).toEqual(['schema.siteUrl']);
    expect(messages('https://www.example.lv/erasmus/?lang=lv')).toEqual(['schema.siteUrlQuery']);
  });

  it("gives Astro the address's origin as the site and its folder as the base path", () => {
    expect(siteAddress({ url: 'https://www.example.lv/erasmus/' })).toEqual({ site: 'https://www.example.lv', base: '/erasmus/' });
    expect(siteAddress({ url: 'https://www.example.lv/erasmus' })).toEqual({ site: 'https://www.example.lv', base: '/erasmus/' });
    expect(siteAddress({ url: 'http://erasmus.example.lv' })).toEqual({ site: 'http://erasmus.example.lv', base: '/' });
    expect(siteAddress({ url: null })).toEqual({ site: undefined, base: '/' });
  });
});
