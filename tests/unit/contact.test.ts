import { describe, expect, it } from 'vitest';
import { schoolContact } from '../../src/lib/contact.ts';
import type { School } from '../../src/lib/content/schemas.ts';

const school: School = {
  name: { lv: 'Skola', en: 'School' },
  shortName: { lv: 'S', en: 'S' },
  website: 'http://www.example.lv',
  accessibilityContact: null,
  contact: {},
};

describe('schoolContact', () => {
  it('falls back to the website when the school set no e-mail, phone or page', () => {
    const c = schoolContact(school, 'lv');
    expect(c.direct).toBe(false);
    expect(c.lines).toEqual([{ kind: 'website', text: 'www.example.lv', href: 'http://www.example.lv' }]);
  });
  it('gives only the school name when nothing else is known', () => {
    expect(schoolContact({ ...school, website: null }, 'en')).toEqual({ school: 'School', lines: [], direct: false });
  });
  it('shows set fields in order and links e-mail and phone', () => {
    const c = schoolContact(
      { ...school, contact: { email: 'a@example.lv', phone: '+371 6412 3456', address: { lv: 'Iela 1', en: 'Street 1' } } },
      'en',
    );
    expect(c.direct).toBe(true);
    expect(c.lines.map((l) => l.kind)).toEqual(['email', 'phone', 'address']);
    expect(c.lines[1]!.href).toBe('tel:+37164123456');
  });
});
