/**
 * content/participation.json is optional and checked like every other file: a bad entry is named with its
 * file and field, and a topic's #id on the FAQ cannot be taken by a question, an activity or a section.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { copyFixtureContent, type ContentCopy } from '../support/fixture-content.ts';

const ed = 'editions/2030-2032';
let copy: ContentCopy | undefined;
afterEach(() => copy?.dispose());

function errorsAfter(change: (c: ContentCopy) => void): string[] {
  copy = copyFixtureContent();
  change(copy);
  return checkContent({ root: copy.root }).errors.map((e) => formatIssue(e, 'en'));
}

describe('content/participation.json', () => {
  it('may be left out: no error, and no topic in the model', () => {
    copy = copyFixtureContent();
    copy.remove('participation.json');
    const report = checkContent({ root: copy.root });
    expect(report.errors).toEqual([]);
    expect(report.model.participation).toEqual({});
  });

  it('reports a date not written as YYYY-MM-DD, a topic with neither text nor points, and a misspelt field', () => {
    const errors = errorsAfter((c) =>
      c.editJson('participation.json', (d) => {
        d.call.deadline = '15.02.2031';
        d.safety = { updated: '2026-11-20' };
        d.costs.familyPay = d.costs.familyPays;
      }),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/participation\.json, line \d+ → call\.deadline: write the date as YYYY-MM-DD.*"15\.02\.2031"/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/participation\.json, line \d+ → safety\.text: write a "text", a list of "points", or both/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/participation\.json, line \d+ → costs\.familyPay: unknown field "familyPay".*Did you mean "familyPays"/),
    );
  });

  it('reports a missing translation and a missing "updated" date at their fields', () => {
    const errors = errorsAfter((c) =>
      c.editJson('participation.json', (d) => {
        delete d.stories.items[0].words.en;
        delete d.eligibility.updated;
      }),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/participation\.json, line \d+ → stories\.items › entry 1 › words\.en: is missing/),
    );
    expect(errors).toContainEqual(expect.stringMatching(/participation\.json, line \d+ → eligibility\.updated: is missing/));
  });

  it('reports a call that opens after its deadline', () => {
    const errors = errorsAfter((c) => c.editJson('participation.json', (d) => (d.call.opens = '2031-03-01')));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /participation\.json, line \d+ → call\.opens: the day applications open \(opens\) cannot come after the deadline/,
      ),
    );
  });

  it("reports a question or activity whose id is a topic's #id on the FAQ", () => {
    const errors = errorsAfter((c) => {
      c.editJson(`${ed}/activities.json`, (d) => (d[0].id = 'costs'));
      c.editJson(`${ed}/table-1-1.json`, (d) => (d.rows[0].activity = 'costs'));
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /activities\.json, line \d+ → entry 1 \(costs\) › id: "costs" is also the link #costs of "costs" in .*participation\.json: choose another id/,
      ),
    );
  });

  it("reports a plan's id that is a topic's #id only while that topic is told", () => {
    const change = (c: ContentCopy) => {
      c.editJson(`${ed}/activities.json`, (d) => (d[0].id = 'recognition'));
      c.editJson(`${ed}/table-1-1.json`, (d) => (d.rows[0].activity = 'recognition'));
    };
    expect(errorsAfter(change).filter((e) => e.includes('is also the link'))).toHaveLength(1);
    copy?.dispose();
    const without = errorsAfter((c) => {
      change(c);
      c.editJson('participation.json', (d) => delete d.recognition);
    });
    expect(without).toEqual([]);
  });
});
