/**
 * The printed plan (Chromium's PDF, read with poppler's pdftotext) carries what readers come for: each
 * participation topic the content tells (content/participation.json) with the day it was last checked, the
 * school's contact written out, and, once the plan's period is over, that it has ended and where to go now,
 * with the address on paper. Follows the content: this school's site prints the ended plan's notice, the
 * fixture school's (npm run test:another-school) every topic.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../../support/e2e.ts';
import { requireBuiltSite } from '../../../support/site.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { schoolContact } from '../../../src/lib/contact.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import type { Locale } from '../../../src/lib/locales.ts';
import { presentTopics, readableDay, TOPIC_INFO } from '../../../src/lib/participation.ts';
import { buildDate } from '../../../src/lib/period.ts';
import { endedPlan } from '../../../src/lib/plan-status.ts';
import { localizedUrl } from '../../../src/lib/urls.ts';

requireBuiltSite();
const model = checkContent().model;
const work = mkdtempSync(path.join(tmpdir(), 'participation-print-'));
let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  rmSync(work, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(['lv', 'en'] as Locale[])('the printed plan (%s)', (locale) => {
  const t = useTranslations(locale);
  let text = '';
  beforeAll(async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url(localizedUrl('plan', locale, { base: '/' })));
    const file = path.join(work, `${locale}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    await page.context().close();
    text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  });

  it('has each participation topic the content tells, with the day it was last checked, and the contact written out', ({ skip }) => {
    const topics = presentTopics(model.participation);
    if (!topics.length) return skip('content/participation.json tells no topic (the plan prints none, and its readiness list says so)');
    for (const topic of topics) {
      expect(text, topic).toContain(t(TOPIC_INFO[topic].title));
      expect(text, topic).toContain(`${t('participation.updated')} ${readableDay(model.participation[topic]!.updated, locale)}`);
    }
    for (const line of schoolContact(model.school, locale).lines) expect(text).toContain(squash(line.text));
  });

  it('says that an ended plan has ended and where to go now, with the address on paper', ({ skip }) => {
    const now = endedPlan(model, currentEdition(model), buildDate(), locale);
    if (!now) return skip("the plan's period has not ended on the day of the build");
    expect(text).toContain(t('planEnded.ended'));
    if (now.kind === 'page') expect(text).toContain(now.text);
    if (now.kind === 'contact') for (const line of now.lines) expect(text).toContain(squash(line.text));
  });
});
