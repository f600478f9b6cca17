/**
 * What readers come for beyond the plan (src/lib/participation.ts), what an ended plan points to
 * (src/lib/plan-status.ts) and the readiness list `npm run check` prints (src/lib/readiness.ts), on this
 * school's content (which tells no topic yet), on the fixture school (which tells every one) and on changed copies.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { currentEdition, type ContentModel } from '../../src/lib/content/model.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { callState, missingTopics, presentTopics, readableDay, TOPICS, topicPlainText } from '../../src/lib/participation.ts';
import { endedPlan } from '../../src/lib/plan-status.ts';
import { planTense } from '../../src/lib/period.ts';
import { readinessList } from '../../src/lib/readiness.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const fixture = checkContent({ root: FIXTURE_CONTENT }).model;
const files = { participation: 'content/participation.json', school: 'content/school.json' };
/** A day within a year of the fixture's "updated" dates and before its call's deadline, so nothing in it is stale or closed. */
const day = new Date('2027-03-01T12:00:00Z');

describe('participation topics', () => {
  it('are all told by the fixture school, in reading order', () => {
    expect(presentTopics(fixture.participation)).toEqual([...TOPICS]);
    expect(missingTopics(fixture.participation)).toEqual([]);
  });

  it('are all missing where content/participation.json has no section', () => {
    expect(presentTopics({})).toEqual([]);
    expect(missingTopics({ costs: fixture.participation.costs })).toEqual(TOPICS.filter((t) => t !== 'costs'));
  });

  it('give search the words the page shows, labels included', () => {
    const t = useTranslations('lv');
    expect(topicPlainText(fixture.participation, 'costs', 'lv', t)).toContain('Ģimene maksā tikai kabatas naudu personīgiem tēriņiem');
    expect(topicPlainText(fixture.participation, 'call', 'en', useTranslations('en'))).toContain(
      'Deadline for applications: 15 February 2031',
    );
    expect(topicPlainText(fixture.participation, 'stories', 'en', useTranslations('en'))).toContain('(A. K., woodworking, Tampere, 2031)');
    expect(topicPlainText(fixture.participation, 'destinations', 'lv', t)).toContain('Brno, Čehija: keramika, stikla apstrāde');
  });

  it('write dates as readers read them', () => {
    expect(readableDay('2031-02-15', 'lv')).toBe('2031. gada 15. februāris');
    expect(readableDay('2031-02-15', 'en')).toBe('15 February 2031');
  });
});

describe('a call for applications', () => {
  const call = { opens: '2027-01-10', deadline: '2027-02-15' };
  it('is upcoming before it opens, open up to and including its deadline, closed after it', () => {
    expect(callState(call, new Date('2027-01-09T23:00:00Z'))).toBe('upcoming');
    expect(callState(call, new Date('2027-01-10T00:00:00Z'))).toBe('open');
    expect(callState(call, new Date('2027-02-15T23:59:00Z'))).toBe('open');
    expect(callState(call, new Date('2027-02-16T00:00:00Z'))).toBe('closed');
    expect(callState({ deadline: '2027-02-15' }, new Date('2020-01-01T00:00:00Z'))).toBe('open');
  });
});

describe('an ended plan', () => {
  const withSchool = (model: ContentModel, school: Partial<ContentModel['school']>): ContentModel => ({
    ...model,
    school: { ...model.school, ...school },
  });
  const edition = currentEdition(fixture);
  const after = new Date('2033-01-01T12:00:00Z');

  it('says nothing while its period runs or before it begins', () => {
    expect(endedPlan(fixture, edition, new Date('2031-06-01T12:00:00Z'), 'lv')).toBeUndefined();
    expect(endedPlan(fixture, edition, new Date('2026-06-01T12:00:00Z'), 'lv')).toBeUndefined();
  });

  it("points to the school's current Erasmus+ page when school.json has one", () => {
    expect(endedPlan(fixture, edition, after, 'lv')).toEqual({
      kind: 'page',
      href: 'https://ziemelkalni.example.lv/erasmus/',
      text: 'ziemelkalni.example.lv/erasmus',
    });
  });

  it("points to the school's contact without one, and to its website without a contact", () => {
    const noPage = withSchool(fixture, { erasmusPage: undefined });
    expect(endedPlan(noPage, edition, after, 'en')).toMatchObject({
      kind: 'contact',
      lines: [
        { kind: 'email', href: 'mailto:erasmus@ziemelkalni.example.lv' },
        { kind: 'phone', href: 'tel:+37160000000' },
      ],
    });
    expect(endedPlan(withSchool(noPage, { contact: {} }), edition, after, 'en')).toMatchObject({
      kind: 'contact',
      lines: [{ kind: 'website', href: 'https://ziemelkalni.example.lv/' }],
    });
  });

  it('points to the newest plan when a newer one exists', () => {
    const older = { ...edition, id: '2027-2029', meta: { ...edition.meta, period: { start: 2027, end: 2029 } } };
    const model = { ...fixture, editions: [older, edition] };
    expect(endedPlan(model, older, new Date('2031-01-01T12:00:00Z'), 'lv')).toEqual({ kind: 'edition', edition });
  });
});

describe('the readiness list', () => {
  it("lists, on this school's content, every topic it does not tell, the contact it lacks and what is current now", () => {
    const { model } = checkContent();
    const today = new Date('2026-12-06T12:00:00Z');
    const lines = readinessList(model, files, today);
    for (const topic of missingTopics(model.participation))
      expect(
        lines.some((l) => l.endsWith(`content/participation.json → ${topic}`)),
        topic,
      ).toBe(true);
    for (const field of ['name', 'email', 'phone'] as const) {
      expect(lines.some((l) => l.endsWith(`content/school.json → contact.${field}`))).toBe(!model.school.contact[field]);
    }
    const ended = planTense(currentEdition(model).meta.period, today) === 'past';
    expect(lines.some((l) => l.includes('→ erasmusPage'))).toBe(ended && !model.school.erasmusPage);
    expect(lines).toHaveLength(missingTopics(model.participation).length + lines.filter((l) => l.includes('content/school.json')).length);
  });

  it('is empty for the fixture school, which tells everything', () => {
    expect(readinessList(fixture, files, day)).toEqual([]);
  });

  it("names each missing topic once, by the question readers see, in the check's language", () => {
    const model = { ...fixture, participation: { ...fixture.participation, safety: undefined } };
    expect(readinessList(model, files, day)).toEqual(['Kā gādā par drošību un atbalstu? – content/participation.json → safety']);
    expect(readinessList(model, files, day, 'en')).toEqual(['What about safety and support? – content/participation.json → safety']);
  });

  it('names a call that has closed, and information last checked over a year ago', () => {
    const later = new Date('2031-03-01T12:00:00Z');
    const lines = readinessList(fixture, files, later);
    expect(lines).toContain('Pašreizējs konkurss (pēdējais beidzās 2031-02-15): content/participation.json → call');
    expect(lines.filter((l) => l.includes('pirms vairāk nekā gada'))).toHaveLength(TOPICS.length);
    expect(lines).toContain(
      'Ko sedz programma un ko maksā ģimene? pārbaudīts 2026-11-20, pirms vairāk nekā gada: content/participation.json → costs.updated',
    );
    expect(readinessList(fixture, files, later, 'en')).toContain(
      'A current call (the last one closed on 2031-02-15): content/participation.json → call',
    );
  });

  it('names the contact fields school.json lacks, and an ended plan with nowhere to point to', () => {
    const model = { ...fixture, school: { ...fixture.school, contact: { email: 'a@example.lv' }, erasmusPage: undefined } };
    const lines = readinessList(model, files, new Date('2033-01-01T12:00:00Z'));
    expect(lines.filter((l) => l.includes('content/school.json'))).toEqual([
      'Koordinatora vārds vai amats: content/school.json → contact.name',
      'Koordinatora tālrunis: content/school.json → contact.phone',
      'Kas aktuāls tagad, kad plāns 2030–2032 beidzies: content/school.json → erasmusPage vai jauns plāns mapē content/editions/<gadi>/',
    ]);
  });
});
