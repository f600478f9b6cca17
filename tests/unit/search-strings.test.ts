/** The search script's strings come from the pages' UI strings, in every language (src/lib/search/strings.ts). */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { searchStrings } from '../../src/lib/search/strings.ts';

describe.each(LOCALES)('searchStrings (%s)', (locale) => {
  const t = useTranslations(locale);

  it("are the language's UI strings, with the script's placeholders kept", () => {
    const strings = searchStrings(t, false);
    expect(strings.loading).toBe(t('search.loading'));
    expect(strings.noResults).toContain('{query}');
    expect(strings.corrected).toContain('{typed}');
    expect(strings.missing).toContain('{words}');
    expect(Object.values(strings).every((s) => typeof s === 'string' && s.trim() !== '')).toBe(true);
  });

  it('carry the dev-server note only to the dev server', () => {
    expect(searchStrings(t, false)).not.toHaveProperty('devNeedsBuild');
    expect(searchStrings(t, true).devNeedsBuild).toBe(t('search.devNeedsBuild'));
  });
});
