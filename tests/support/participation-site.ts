/**
 * What a built site must show of content/participation.json and of an ended plan, whatever the content: each
 * topic it tells on the home page (a link to its answer), the FAQ (its answer at its #id, with its updated
 * date) and the plan (its section, printed with it), and for each topic it does not tell, no trace but one
 * sentence that names it and says whom to ask; an ended plan says so and where to go now. Shared by the test
 * of this school's site (tests/this-school/build/participation.test.ts) and of the fixture school's
 * (tests/another-school/build/site.test.ts), which tells every topic.
 */
import { expect, it } from 'vitest';
import { participationRecords } from '../../src/integrations/pagefind/records.ts';
import type { ContentModel } from '../../src/lib/content/model.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { missingTopics, presentTopics, TOPIC_INFO, TOPICS } from '../../src/lib/participation.ts';
import { buildDate } from '../../src/lib/period.ts';
import { endedPlan } from '../../src/lib/plan-status.ts';
import { localizedUrl } from '../../src/lib/urls.ts';

/** Text as Astro writes it into HTML. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

const PAGES = (locale: Locale) => ({
  home: localizedUrl('home', locale, { base: '/' }),
  faq: localizedUrl('faq', locale, { base: '/' }),
  plan: localizedUrl('plan', locale, { base: '/' }),
});

/** The tests, for a site whose pages `read(pathname)` returns, built from `model`. */
export function participationSiteTests(read: () => (pathname: string) => string, model: () => ContentModel): void {
  const locales: Locale[] = ['lv', 'en'];

  it('shows each topic the content tells on the home page, the FAQ (with its updated date) and the plan, in both languages', () => {
    const { participation } = model();
    for (const locale of locales) {
      const t = useTranslations(locale);
      const pages = PAGES(locale);
      const home = read()(pages.home);
      const faq = read()(pages.faq);
      const plan = read()(pages.plan);
      const block = home.match(/<div class="taking-part"[\s\S]*?<\/div>/)?.[0] ?? '';
      for (const topic of presentTopics(participation)) {
        const { id, title } = TOPIC_INFO[topic];
        expect(block, `${pages.home}: ${topic}`).toContain(`href="${pages.faq}#${id}"`);
        const answer = faq.match(new RegExp(`<article class="question-article" data-topic="${topic}">[\\s\\S]*?</article>`))?.[0];
        expect(answer, `${pages.faq}: ${topic}`).toBeDefined();
        expect(answer).toContain(`id="${id}" class="question__anchor"`);
        expect(answer).toContain(escaped(t(title)));
        expect(answer).toContain(`<time datetime="${participation[topic]!.updated}">`);
        const section = plan.match(new RegExp(`<div class="plan-question" data-topic="${topic}"><h3[^>]*>[^<]*</h3>`))?.[0];
        expect(section, `${pages.plan}: ${topic}`).toBeDefined();
        expect(section).toContain(escaped(t(title)));
      }
      if (participation.stories) expect(block).toContain(escaped(participation.stories.items[0]!.words[locale]));
      if (participation.call) expect(faq).toContain(`<time datetime="${participation.call.deadline}">`);
    }
  });

  it('prints the topics with the plan and the contact beside them (nothing of them marked screen-only)', () => {
    const told = presentTopics(model().participation).length > 0;
    for (const locale of locales) {
      const plan = read()(PAGES(locale).plan);
      const section = plan.match(/<section class="([^"]*)" aria-labelledby="taking-part">[\s\S]*?<\/article>/);
      expect(Boolean(section), PAGES(locale).plan).toBe(told);
      if (!section) continue;
      expect(section[1]).toBe('plan-section participation');
      expect(section[0]).not.toMatch(/class="[^"]*\bno-print\b/);
      expect(section[0]).toContain('<section class="contact-block" aria-labelledby="plan-contact"');
    }
  });

  it('leaves no trace of a topic it does not tell: no heading, no #id, one sentence naming it that says whom to ask', () => {
    const { participation } = model();
    const missing = missingTopics(participation);
    for (const locale of locales) {
      const t = useTranslations(locale);
      const pages = PAGES(locale);
      for (const [name, pathname] of Object.entries(pages)) {
        const html = read()(pathname);
        for (const topic of missing) {
          expect(html, `${pathname}: #${TOPIC_INFO[topic].id}`).not.toContain(`id="${TOPIC_INFO[topic].id}"`);
          expect(html, pathname).not.toContain(`data-topic="${topic}"`);
        }
        if (!presentTopics(participation).length) {
          expect(html, pathname).not.toContain('id="taking-part"');
          expect(html, pathname).not.toContain('id="section-taking-part"');
          expect(html, pathname).not.toContain('class="topic-links"');
        }
        const sentence = html.match(/<p class="participation-missing" data-missing-topics="([^"]*)">([\s\S]*?)<\/p>/g) ?? [];
        // Once on the home page and the FAQ; in the plan only beside the topics it tells (else its own notice says whom to ask).
        const expected = !missing.length ? 0 : name === 'plan' && !presentTopics(participation).length ? 0 : 1;
        expect(sentence, pathname).toHaveLength(expected);
        if (!expected) continue;
        expect(sentence[0]).toContain(`data-missing-topics="${missing.join(' ')}"`);
        for (const topic of missing) expect(sentence[0]).toContain(escaped(t(TOPIC_INFO[topic].short)));
        expect(sentence[0]).toMatch(/<a href="#(plan-)?contact"( target="_self")?>/);
      }
    }
  });

  it('has a search record for each topic it tells, linked to its answer on the FAQ, and none for the others', () => {
    const { participation } = model();
    for (const locale of locales) {
      const records = participationRecords(participation, locale);
      expect(records.map((r) => r.url)).toEqual(
        presentTopics(participation).map((topic) => `${PAGES(locale).faq}#${TOPIC_INFO[topic].id}`),
      );
      for (const record of records) expect(read()(PAGES(locale).faq)).toContain(`id="${record.url.split('#')[1]}"`);
      expect(TOPICS.length).toBe(records.length + missingTopics(participation).length);
    }
  });

  it('says on the home page and the plan (and so in print) when the plan has ended, and where to go now', () => {
    const m = model();
    for (const locale of locales) {
      const now = endedPlan(m, currentEdition(m), buildDate(), locale);
      for (const pathname of [PAGES(locale).home, PAGES(locale).plan]) {
        const notice = read()(pathname).match(/<p class="notice plan-ended" data-what-now="(\w+)">([\s\S]*?)<\/p>/);
        expect(Boolean(notice), pathname).toBe(Boolean(now));
        if (!notice || !now) continue;
        expect(notice[1]).toBe(now.kind);
        expect(notice[2]).toContain(escaped(useTranslations(locale)('planEnded.ended')));
        if (now.kind === 'page') expect(notice[2]).toContain(`href="${now.href}">${now.text}</a>`);
        if (now.kind === 'contact')
          for (const line of now.lines) expect(notice[2]).toContain(`href="${line.href}">${escaped(line.text)}</a>`);
        // Never an address the content does not give.
        for (const [, href] of notice[2]!.matchAll(/href="([^"]+)"/g)) {
          const known = [
            m.school.erasmusPage,
            m.school.website,
            m.school.contact.page,
            m.school.contact.email && `mailto:${m.school.contact.email}`,
          ];
          expect(known.includes(href) || href!.startsWith('tel:') || href!.startsWith('/'), href).toBe(true);
        }
      }
    }
  });
}
