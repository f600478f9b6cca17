/**
 * The content check on purpose-broken copies of a small fixture: every kind of bad entry is rejected with
 * a message that names the file, the field and what was expected.
 */
import { copyFileSync, cpSync as cpSyncNode, mkdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { fieldName, formatIssue } from '../../src/lib/content/issues.ts';
import { useCheckMessages } from '../../src/lib/i18n.ts';
import { copyFixtureContent, FIXTURE_CONTENT, type ContentCopy } from '../support/fixture-content.ts';

const ed = 'editions/2030-2032';
let copy: ContentCopy | undefined;
afterEach(() => copy?.dispose());

function errorsAfter(change: (c: ContentCopy) => void, strict = false): string[] {
  copy = copyFixtureContent();
  change(copy);
  return checkContent({ root: copy.root, strict }).errors.map((e) => formatIssue(e, 'en'));
}

/** One error, in the given file, at the given field, whose message matches. */
function expectError(errors: string[], file: string, field: string, message: RegExp): void {
  const hit = errors.find((e) => e.includes(file) && e.includes(`${field}:`) && message.test(e));
  expect(hit, `no error for ${file} → ${field} matching ${message}; got:\n${errors.join('\n')}`).toBeDefined();
}

describe('content check', () => {
  it('accepts the valid fixture without errors or warnings', () => {
    const report = checkContent({ root: FIXTURE_CONTENT, strict: true });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.model.editions.map((e) => e.questions.lv.length)).toEqual([2]);
  });

  it('reports a bad entry of content/search.json at its field', () => {
    const errors = errorsAfter((c) =>
      c.write('search.json', JSON.stringify({ lv: { synonyms: [{ plan: [], everyday: ['skolēni'] }] }, en: { wrods: [] } })),
    );
    expectError(errors, 'search.json', 'lv.synonyms › entry 1 › plan', /at least 1/);
    expectError(errors, 'search.json', 'en.wrods', /unknown field "wrods"/);
  });

  it('reports a file that is not JSON', () => {
    const errors = errorsAfter((c) => c.write(`${ed}/needs.json`, '[{ "id": "need-1", }'));
    expectError(errors, `${ed}/needs.json`, 'line 1', /remove the comma at the end of this line/);
  });

  it('reports a missing file', () => {
    const errors = errorsAfter((c) => c.remove(`${ed}/goals.json`));
    expect(errors.some((e) => e.includes(`${ed}/goals.json`) && /file is missing/.test(e))).toBe(true);
  });

  it('reports a missing translation at its field', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/needs.json`, (d) => delete d[0].text.en));
    expectError(errors, `${ed}/needs.json`, 'entry 1 (need-1) › text.en', /is missing: write text/);
  });

  it('reports an empty text', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/goals.json`, (d) => (d[1].text.lv = '   ')));
    expectError(errors, `${ed}/goals.json`, 'entry 2 (goal-2) › text.lv', /write the text \(it is empty\)/);
  });

  it('reports a misspelt field name', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/sections.json`, (d) => (d[0].titel = d[0].title)));
    expectError(errors, `${ed}/sections.json`, 'entry 1 (plan) › titel', /unknown field "titel"/);
  });

  it('reports an id that cannot be used in a link', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/activities.json`, (d) => (d[0].id = 'Learner Mobility')));
    expectError(errors, `${ed}/activities.json`, 'entry 1 (Learner Mobility) › id', /lower-case letters/);
  });

  it('reports an id used twice', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/goals.json`, (d) => (d[1].id = 'goal-1')));
    expectError(errors, `${ed}/goals.json`, 'entry 2 › id', /"goal-1" is already used by entry 1/);
  });

  it('reports a need that points at a goal that does not exist, listing the goals', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/needs.json`, (d) => (d[1].goal = 'goal-9')));
    expectError(errors, `${ed}/needs.json`, 'entry 2 (need-2) › goal', /unknown goal "goal-9" \(expected one of "goal-1", "goal-2"\)/);
  });

  it('reports a goal that answers two needs', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/needs.json`, (d) => (d[1].goal = 'goal-1')));
    expectError(errors, `${ed}/goals.json`, 'entry 1 (goal-1)', /goal of 2 needs/);
    expectError(errors, `${ed}/goals.json`, 'entry 2 (goal-2)', /goal of 0 needs/);
  });

  it('reports an unknown audience value', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/activities.json`, (d) => (d[1].audience = ['teachers'])));
    expectError(
      errors,
      `${ed}/activities.json`,
      'entry 2 (staff-mobility) › audience › entry 1',
      /expected one of "learners", "staff", got "teachers"/,
    );
  });

  it('reports a reference number that does not exist', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/lists.json`, (d) => (d[0].items[1].references = [4])));
    expectError(
      errors,
      `${ed}/lists.json`,
      'entry 1 (learner-results) › items › entry 2 › references',
      /unknown reference 4 \(expected one of 1\)/,
    );
  });

  it('reports a reference address that is not a URL', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/references.json`, (d) => (d[0].urls = ['viaa.gov.lv/lat'])));
    expectError(errors, `${ed}/references.json`, 'entry 1 › urls › entry 1', /full address/);
  });

  it('reads an edition without repairs.json (as the browser editor makes a new plan period) as one with no repairs', () => {
    const errors = errorsAfter((c) => c.remove(`${ed}/repairs.json`));
    expect(errors).toEqual([]);
  });

  describe('Table 1.1', () => {
    it('reports a row for an activity that does not exist', () => {
      const errors = errorsAfter((c) => c.editJson(`${ed}/table-1-1.json`, (d) => (d.rows[1].activity = 'staf-mobility')));
      expectError(
        errors,
        `${ed}/table-1-1.json`,
        'rows › entry 2 › activity',
        /unknown activity "staf-mobility" \(expected one of "learner-mobility", "staff-mobility"\)/,
      );
      expectError(errors, `${ed}/table-1-1.json`, 'rows', /no row for activity "staff-mobility"/);
    });

    it('reads a semester left out (as the browser editor writes an empty figure) as not known: warned, and an error in strict mode', () => {
      copy = copyFixtureContent();
      copy.editJson(`${ed}/table-1-1.json`, (d) => delete d.rows[0].counts['2030-2']);
      const relaxed = checkContent({ root: copy.root });
      expect(relaxed.errors).toEqual([]);
      expect(relaxed.warnings.map((w) => formatIssue(w, 'en')).join('\n')).toMatch(/table-1-1\.json/);
      expect(
        checkContent({ root: copy.root, strict: true })
          .errors.map((e) => formatIssue(e, 'en'))
          .join('\n'),
      ).toMatch(/table-1-1\.json/);
    });

    it('reports a figure for a semester that does not exist', () => {
      const errors = errorsAfter((c) => c.editJson(`${ed}/table-1-1.json`, (d) => (d.rows[0].counts['2031-1'] = 3)));
      expectError(errors, `${ed}/table-1-1.json`, 'rows › entry 1 (learner-mobility) › counts.2031-1', /unknown semester/);
    });

    it('reports a figure written as text or as a negative number', () => {
      const errors = errorsAfter((c) =>
        c.editJson(`${ed}/table-1-1.json`, (d) => {
          d.rows[0].counts['2030-1'] = '12';
          d.rows[1].counts['2030-2'] = -2;
        }),
      );
      expectError(errors, `${ed}/table-1-1.json`, 'rows › entry 1 (learner-mobility) › counts.2030-1', /expected a number, got "12"/);
      expectError(errors, `${ed}/table-1-1.json`, 'rows › entry 2 (staff-mobility) › counts.2030-2', /must be at least 0/);
    });

    it('warns about each unknown figure, and fails on them in strict mode', () => {
      copy = copyFixtureContent();
      copy.editJson(`${ed}/table-1-1.json`, (d) => {
        d.rows[0].counts['2030-2'] = null;
        d.rows[1].counts['2030-1'] = null;
      });
      const relaxed = checkContent({ root: copy.root });
      expect(relaxed.errors).toEqual([]);
      const fields = ['rows › entry 1 (learner-mobility) › counts.2030-2', 'rows › entry 2 (staff-mobility) › counts.2030-1'];
      expect(relaxed.warnings.map((w) => fieldName(w, useCheckMessages('en')))).toEqual(fields);
      const strict = checkContent({ root: copy.root, strict: true });
      expect(strict.errors.map((e) => fieldName(e, useCheckMessages('en')))).toEqual(fields);
    });
  });

  describe('questions', () => {
    const q = (locale: string, id: string) => `${ed}/questions/${locale}/${id}.mdx`;

    it('reports an unknown section, listing the sections', () => {
      const errors = errorsAfter((c) => c.write(q('en', 'school-needs'), '---\ntitle: Needs\nsection: schol\norder: 1\n---\n\nText.\n'));
      expectError(
        errors,
        q('en', 'school-needs'),
        'front matter › section',
        /unknown section "schol" \(expected one of "plan", "school"\)/,
      );
    });

    it('reports a question that exists in one language only, naming the missing file', () => {
      const errors = errorsAfter((c) => c.remove(q('en', 'school-needs')));
      expect(
        errors.some(
          (e) => e.includes(q('lv', 'school-needs')) && e.includes('has no English version') && e.includes(q('en', 'school-needs')),
        ),
      ).toBe(true);
    });

    it('reports a question in a language folder the site does not have', () => {
      const errors = errorsAfter((c) => {
        mkdirSync(c.file(`${ed}/questions/de`));
        copyFileSync(c.file(q('en', 'school-needs')), c.file(q('de', 'school-needs')));
      });
      expect(errors.some((e) => e.includes(q('de', 'school-needs')) && /folder of an unknown language "de"/.test(e))).toBe(true);
    });

    it('reports broken front matter', () => {
      const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), '---\ntitle: Vajadzības: un vēl\nsection: school\n---\n'));
      expect(errors.some((e) => e.includes(q('lv', 'school-needs')) && /front matter cannot be read/.test(e))).toBe(true);
    });

    it('reports a missing title and a wrong order type', () => {
      const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), '---\nsection: school\norder: first\n---\n\nTeksts.\n'));
      expectError(errors, q('lv', 'school-needs'), 'front matter › title', /is missing/);
      expectError(errors, q('lv', 'school-needs'), 'front matter › order', /expected a number, got "first"/);
    });

    it('reports a citation of a reference that does not exist', () => {
      const errors = errorsAfter((c) =>
        c.write(q('lv', 'school-needs'), '---\ntitle: Vajadzības\nsection: school\norder: 1\n---\n\nTeksts [3].\n'),
      );
      expectError(errors, q('lv', 'school-needs'), 'text', /cites \[3\], but there is no reference 3/);
    });

    it('reports an unknown glossary term and an unknown list', () => {
      const errors = errorsAfter((c) =>
        c.write(q('lv', 'school-needs'), '---\ntitle: Vajadzības\nsection: school\norder: 1\nterms: [ka3]\n---\n\n<List id="neds" />\n'),
      );
      expectError(errors, q('lv', 'school-needs'), 'front matter › terms', /unknown glossary term "ka3" \(expected one of "ka1"\)/);
      expectError(
        errors,
        q('lv', 'school-needs'),
        'text',
        /<List id="neds" \/> names an unknown list \(expected one of "needs", "goals", "activities", "learner-results"\)/,
      );
    });

    it('reports two questions at the same place in a section', () => {
      const errors = errorsAfter((c) =>
        c.write(q('lv', 'what-is-the-plan'), '---\ntitle: Kas?\nsection: school\norder: 1\n---\n\nTeksts.\n'),
      );
      expect(errors.some((e) => e.includes('front matter › order') && /also used by/.test(e))).toBe(true);
    });

    it('reports a translation filed under another section', () => {
      const errors = errorsAfter((c) => c.write(q('en', 'what-is-the-plan'), '---\ntitle: What?\nsection: plan\norder: 2\n---\n\nText.\n'));
      expectError(errors, q('en', 'what-is-the-plan'), 'front matter › order', /must match the Latvian version \(1\)/);
    });
  });
});

describe('the school', () => {
  it('reports a missing school.json', () => {
    const errors = errorsAfter((c) => c.remove('school.json'));
    expect(errors.some((e) => e.includes('school.json') && /file is missing/.test(e))).toBe(true);
  });

  it('reports a website that is not an address, and a contact e-mail that is not one', () => {
    const errors = errorsAfter((c) =>
      c.editJson('school.json', (d) => {
        d.website = 'www.skola.lv';
        d.accessibilityContact = { email: 'skola.lv' };
      }),
    );
    expectError(errors, 'school.json', 'website', /full address/);
    expectError(errors, 'school.json', 'accessibilityContact.email', /e-mail address/);
  });
});

describe('stand-alone pages', () => {
  it('reports a page that exists in one language only', () => {
    const errors = errorsAfter((c) => c.remove('pages/en/accessibility.md'));
    expect(
      errors.some((e) => e.includes('pages/en/accessibility.md') && /is missing: every page exists in Latvian and English/.test(e)),
    ).toBe(true);
  });

  it('reports a page without a title', () => {
    const errors = errorsAfter((c) => c.write('pages/lv/accessibility.md', '---\ndescription: Teksts.\n---\n\nTeksts.\n'));
    expectError(errors, 'pages/lv/accessibility.md', 'front matter › title', /is missing/);
  });
});

describe('answers as MDX', () => {
  const q = (locale: string, id: string) => `${ed}/questions/${locale}/${id}.mdx`;
  const answer = (body: string) => `---\ntitle: Vajadzības\nsection: school\norder: 1\n---\n\n${body}\n`;

  it('reports an unclosed tag once, with its line in the file, in words an editor understands', () => {
    const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), answer('Teksts.\n\n<List id="needs"')));
    expect(errors, errors.join('\n')).toHaveLength(1);
    expectError(errors, q('lv', 'school-needs'), 'line 9 → text', /a tag is not closed/);
  });

  it('reports a stray "{" once, with its line, and says how to write a plain brace', () => {
    const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), answer('Teksts {iekavās.\n\n<List id="needs" />')));
    expect(errors, errors.join('\n')).toHaveLength(1);
    expectError(errors, q('lv', 'school-needs'), 'line 7 → text', /for a plain brace write \\\{/);
  });

  it('reports a <List> inside a sentence, and other tags', () => {
    const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), answer('Vajadzības: <List id="needs" />\n\n<div>Teksts</div>')));
    expectError(errors, q('lv', 'school-needs'), 'line 7 → text', /needs a paragraph of its own/);
    expectError(errors, q('lv', 'school-needs'), 'line 9 → text', /uses <div>, but answers may only use <List>/);
  });

  it('reads an answer written as .md as plain Markdown, where braces are text', () => {
    const errors = errorsAfter((c) => {
      c.remove(q('lv', 'school-needs'));
      c.write(
        `${ed}/questions/lv/school-needs.md`,
        answer('Teksts {iekavās}.').replace('title: Vajadzības', 'title: Vajadzības\nreferences: []'),
      );
    });
    expect(errors.filter((e) => e.includes('school-needs.md') && /iekav|brace|line/.test(e))).toEqual([]);
  });

  it('reports a second list flagged for the home page', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/lists.json`, (d) => d.push({ ...d[0], id: 'staff-results', onHomePage: true })));
    expectError(errors, `${ed}/lists.json`, 'entry 2 (staff-results) › onHomePage', /only one list can be shown on the home page/);
  });

  it('reports a misspelt component and a <List> without id', () => {
    const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), answer('<list id="needs" />\n\n<List of="needs" />')));
    expectError(errors, q('lv', 'school-needs'), 'line 7 → text', /uses <list>, but answers may only use <List>.*capital L/);
    expectError(errors, q('lv', 'school-needs'), 'line 9 → text', /<List> needs an id/);
  });

  it('reports a file name that cannot be a link id', () => {
    const errors = errorsAfter((c) => {
      c.write(`${ed}/questions/lv/Kā pieteikties.mdx`, answer('Teksts.'));
      c.write(`${ed}/questions/en/Kā pieteikties.mdx`, answer('Text.'));
    });
    expectError(errors, `${ed}/questions/lv/Kā pieteikties.mdx`, 'file name', /lower-case letters, digits and hyphens/);
  });

  it('reports a citation missing from the front matter references', () => {
    const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), answer('Teksts [1].\n\n<List id="needs" />')));
    expectError(errors, q('lv', 'school-needs'), 'front matter › references', /must list 1: the answer cites \[1\]/);
  });

  it('reports English terms that differ from the Latvian', () => {
    const errors = errorsAfter((c) =>
      c.write(
        q('en', 'what-is-the-plan'),
        '---\ntitle: What?\nsection: plan\norder: 1\nreferences: [1]\n---\n\nText [1].\n\n<List id="learner-results" />\n',
      ),
    );
    expectError(errors, q('en', 'what-is-the-plan'), 'front matter › terms', /must match the Latvian version \(\[ka1\]\)/);
  });

  it('does not blame the twin when one language has broken front matter', () => {
    const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), '---\ntitle: [nav aizvērts\n---\n\nTeksts.\n'));
    expect(errors.some((e) => e.includes(q('en', 'school-needs')) && e.includes('no Latvian version'))).toBe(false);
    expect(errors.some((e) => e.includes(q('lv', 'school-needs')) && e.includes('front matter cannot be read'))).toBe(true);
  });
});

describe('editions and the glossary', () => {
  it('reports an edition folder that is not named by its years', () => {
    const errors = errorsAfter((c) => copyDir(c.file('editions/2030-2032'), c.file('editions/jaunais')));
    expect(errors.some((e) => e.includes('editions/jaunais') && /named by their years/.test(e))).toBe(true);
  });

  it('reports a glossary that is not JSON once, and nothing that depends on it', () => {
    const errors = errorsAfter((c) => c.write('glossary.json', `${readFileSync(c.file('glossary.json'), 'utf8')}{`));
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(/glossary\.json, line \d+: /);
  });

  it('reports an unreadable data file once, and runs the rules that do not need it', () => {
    const errors = errorsAfter((c) => {
      c.write(`${ed}/goals.json`, '[');
      c.editJson(`${ed}/needs.json`, (d) => (d[0].references = [7]));
    });
    expect(errors.filter((e) => e.includes('goals.json'))).toHaveLength(1);
    // The needs↔goals pairing needs goals.json and is skipped; the citations of needs.json are still checked.
    expect(errors.some((e) => /goal/.test(e) && e.includes('needs.json'))).toBe(false);
    expectError(errors, `${ed}/needs.json`, 'entry 1 (need-1) › references', /unknown reference 7/);
  });

  it('reports a broken glossary entry once, not again in every answer that uses a term', () => {
    const errors = errorsAfter((c) => c.editJson('glossary.json', (d) => (d[0].also.lv = 'K1')));
    expect(errors.filter((e) => e.includes('glossary.json'))).toHaveLength(1);
    expect(errors.filter((e) => e.includes('unknown glossary term'))).toEqual([]);
  });
});

function copyDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  cpSyncNode(from, to, { recursive: true });
}
