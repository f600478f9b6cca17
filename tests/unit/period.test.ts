import { describe, expect, it } from 'vitest';
import { archiveLabels, buildDate, planTense } from '../../src/lib/period.ts';

describe('plan period', () => {
  const period = { start: 2020, end: 2022 };

  it('is current from the first to the last year, past after it, upcoming before it', () => {
    expect(planTense(period, new Date('2019-12-31T12:00:00Z'))).toBe('upcoming');
    expect(planTense(period, new Date('2020-01-01T12:00:00Z'))).toBe('current');
    expect(planTense(period, new Date('2022-12-31T12:00:00Z'))).toBe('current');
    expect(planTense(period, new Date('2023-01-01T12:00:00Z'))).toBe('past');
  });

  it('takes the build day from SOURCE_DATE_EPOCH when it is set', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1577880000' }).toISOString()).toBe('2020-01-01T12:00:00.000Z');
    expect(Math.abs(buildDate({}).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('names an ended plan as ended in the archive, and "current" only while its period runs', () => {
    const after = new Date('2026-11-28T12:00:00Z');
    expect(archiveLabels(period, after, 'lv')).toEqual({ heading: 'Jaunākais plāns', period: '2020–2022 (noslēdzies)' });
    expect(archiveLabels(period, after, 'en')).toEqual({ heading: 'Latest plan', period: '2020–2022 (ended)' });
    expect(archiveLabels(period, new Date('2021-06-01T12:00:00Z'), 'lv')).toEqual({ heading: 'Pašreizējais plāns', period: '2020–2022' });
    expect(archiveLabels(period, new Date('2019-06-01T12:00:00Z'), 'en')).toEqual({
      heading: 'Latest plan',
      period: '2020–2022 (not started yet)',
    });
  });
});
