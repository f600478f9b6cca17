/**
 * The mistakes a school's editor makes (issue 22), each on a purpose-broken copy of the fixture: the check
 * stops with a message in the site's main language (Latvian) naming file, line and field and what to do, or
 * reads the file correctly; nothing broken is published and nothing is dropped without a word.
 */
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { warningSummary } from '../../src/lib/content/summary.ts';
import { copyFixtureContent, type ContentCopy } from '../support/fixture-content.ts';

const ed = 'editions/2030-2032';
const q = (locale: string, id: string, ending = 'mdx') => `${ed}/questions/${locale}/${id}.${ending}`;
let copy: ContentCopy | undefined;
afterEach(() => copy?.dispose());

function errorsAfter(change: (c: ContentCopy) => void): string[] {
  copy = copyFixtureContent();
  change(copy);
  return checkContent({ root: copy.root }).errors.map((e) => formatIssue(e));
}

/** Exactly one error, for the file, matching; and nothing that speaks code. */
function expectOne(errors: string[], file: string, message: RegExp): void {
  expect(errors, errors.join('\n')).toHaveLength(1);
  expect(errors[0]).toContain(file);
  expect(errors[0]).toMatch(message);
  expect(errors[0]).not.toMatch(/src\/|schemas\.ts|position \d|\[\d+\]|\d+:\d+|hook/);
}

const answer = (body: string) => `---\ntitle: Vajadzības\nsection: school\norder: 1\n---\n\n${body}\n`;

describe('messages an editor can act on', () => {
  it('names the line where a comma is missing in a JSON file', () => {
    const errors = errorsAfter((c) =>
      c.write(`${ed}/needs.json`, readFileSync(c.file(`${ed}/needs.json`), 'utf8').replace('"goal": "goal-1" },', '"goal": "goal-1" }')),
    );
    expectOne(errors, `${ed}/needs.json, 2. rinda`, /šīs rindas beigās \(aiz \}\) trūkst komata/);
  });

  it('says "did you mean" for a misspelt field, at its line', () => {
    const errors = errorsAfter((c) =>
      c.write(`${ed}/needs.json`, readFileSync(c.file(`${ed}/needs.json`), 'utf8').replace('"goal": "goal-2"', '"gaol": "goal-2"')),
    );
    // Once: not again as "goal is missing".
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(/needs\.json, 3\. rinda → 2\. ieraksts \(need-2\) › gaol: nezināms lauks "gaol" .* Vai domājāt "goal"\?/);
  });

  it('shows the form to write a date in', () => {
    const errors = errorsAfter((c) =>
      c.write('pages/lv/accessibility.md', '---\ntitle: Piekļūstamība\ndescription: Teksts.\nreviewed: 25.11.2026\n---\n\nTeksts.\n'),
    );
    expectOne(
      errors,
      'pages/lv/accessibility.md, 4. rinda → galvene › reviewed',
      /GGGG-MM-DD, piem\., 2026-11-25 \(tagad: "25\.11\.2026"\)/,
    );
  });

  it('counts entries from 1, names them by id and gives the line of a duplicate id', () => {
    const errors = errorsAfter((c) => c.editJson(`${ed}/goals.json`, (d) => (d[1].id = 'goal-1')));
    expect(errors.join('\n')).toMatch(/goals\.json, \d+\. rinda → 2\. ieraksts › id: "goal-1" jau ir 1\. ierakstā/);
  });

  it('names the line of an unclosed tag in the file, not the parser position', () => {
    const errors = errorsAfter((c) =>
      c.write(q('lv', 'school-needs'), answer('Pirmā rinda.\n\nTeksts <b>treknrakstā un tālāk.\n\n<List id="needs" />')),
    );
    expectOne(errors, `${q('lv', 'school-needs')}, 9. rinda → teksts`, /tags <b> nav aizvērts.*\*\*teksts\*\*/);
  });

  it('speaks English when asked, and suggests only an id that is nearer than the others', () => {
    copy = copyFixtureContent();
    copy.editJson(`${ed}/needs.json`, (d) => (d[1].goal = 'goal-9'));
    const [error] = checkContent({ root: copy.root }).errors;
    // "goal-9" is as near to "goal-1" as to "goal-2": no guess.
    expect(formatIssue(error!, 'en')).toMatch(
      /needs\.json, line 16 → entry 2 \(need-2\) › goal: unknown goal "goal-9" \(expected one of "goal-1", "goal-2"\)$/,
    );
  });
});

describe('no mistake reaches the published site', () => {
  it('stops on a JSON file saved in Windows-1257, naming the line and how to save as UTF-8', () => {
    const errors1257 = errorsAfter((c) => {
      const text = readFileSync(c.file(`${ed}/needs.json`), 'utf8');
      // "ā" is 0xE2 in Windows-1257: the same file as an editor's Notepad may save it.
      writeFileSync(c.file(`${ed}/needs.json`), Buffer.from(text.replaceAll('ā', '\u00e2'), 'latin1'));
    });
    expectOne(errors1257, `${ed}/needs.json, 2. rinda`, /nav saglabāts UTF-8 kodējumā.*“UTF-8”/);
  });

  it('stops on an answer saved in Windows-1257', () => {
    const errors = errorsAfter((c) =>
      writeFileSync(c.file(q('lv', 'school-needs')), Buffer.from(answer('Vajadzības ir šādas:').replaceAll('ā', '\u00e2'), 'latin1')),
    );
    expect(
      errors.some((e) => e.includes(q('lv', 'school-needs')) && /nav saglabāts UTF-8/.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('reads a file with a byte-order mark (Notepad) as if it had none', () => {
    copy = copyFixtureContent();
    for (const file of [q('lv', 'school-needs'), `${ed}/goals.json`])
      writeFileSync(copy.file(file), `\uFEFF${readFileSync(copy.file(file), 'utf8')}`);
    const report = checkContent({ root: copy.root });
    expect(report.errors.map((e) => formatIssue(e))).toEqual([]);
    expect(report.model.editions[0]!.questions.lv.map((x) => x.id)).toContain('school-needs');
  });

  it('names an answer saved as .MD in both languages, instead of dropping it', () => {
    const errors = errorsAfter((c) => {
      for (const l of ['lv', 'en']) renameSync(c.file(q(l, 'school-needs')), c.file(q(l, 'school-needs', 'MD')));
    });
    expect(errors.filter((e) => /school-needs\.MD → faila nosaukums: .*pārsauciet to par "school-needs\.mdx"/.test(e))).toHaveLength(2);
  });

  it('names an answer saved as .mdx.txt', () => {
    const errors = errorsAfter((c) => renameSync(c.file(q('lv', 'school-needs')), c.file(q('lv', 'school-needs', 'mdx.txt'))));
    // Once: its English twin is not reported as having no Latvian version.
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(/school-needs\.mdx\.txt → faila nosaukums: .*netiktu rādīts/);
  });

  it('names an answer or a page saved outside a language folder', () => {
    const errors = errorsAfter((c) => {
      c.write(`${ed}/questions/how-to-apply.mdx`, answer('Teksts.'));
      c.write('pages/contacts.md', '---\ntitle: Kontakti\ndescription: Teksts.\n---\n\nTeksts.\n');
    });
    expect(errors, errors.join('\n')).toHaveLength(2);
    expect(errors[0]).toMatch(
      /questions\/how-to-apply\.mdx: nav nevienas valodas mapē, .* pārvietojiet to uz .*questions\/lv\/, .*questions\/en\//,
    );
    expect(errors[1]).toMatch(/pages\/contacts\.md: nav nevienas valodas mapē/);
  });

  it('stops on an answer with no text, which would publish an empty question', () => {
    const errors = errorsAfter((c) => c.write(q('lv', 'school-needs'), answer('')));
    expectOne(errors, `${q('lv', 'school-needs')}, 6. rinda → teksts`, /atbildei nav teksta/);
  });

  it('checks links in every form an editor writes them', () => {
    const links = [
      '[labi](#what-is-the-plan)',
      '[labi](/buj/#what-is-the-plan)',
      '[labi](/en/faq/#what-is-the-plan)',
      '[labi ar bāzi](/erasmus/buj/#school-needs)',
      '[labi](https://example.org/x)',
      '[nav jautājuma](/buj/#what-is-the-plam)',
      '[nav lapas](/nav-lapas/)',
      '[relatīvi](../what-is-the-plan/)',
      '[nav vietas](#nav-tadas)',
      // Places of the FAQ page beyond its questions, and of the plan.
      '[kam jautāt](/buj/#contact)',
      '[pieteikšanās](/buj/#how-to-apply)',
      '[saraksts](#list-needs)',
      '[vajadzība](/plans/#need-1)',
      '[pāri](/plans/#needs-goals)',
      '[tikai BUJ](#contact)',
    ];
    const errors = errorsAfter((c) =>
      c.write(q('lv', 'school-needs'), answer(`Vajadzības ir šādas:\n\n<List id="needs" />\n\n${links.join('\n\n')}`)),
    );
    const file = q('lv', 'school-needs');
    expect(errors, errors.join('\n')).toHaveLength(5);
    expect(errors[0]).toMatch(
      new RegExp(
        `${file}, 21\\. rinda → teksts: saite "/buj/#what-is-the-plam" ved uz #what-is-the-plam.* Vai domājāt "#what-is-the-plan"\\?`,
      ),
    );
    expect(errors[1]).toMatch(/23\. rinda → teksts: saite "\/nav-lapas\/" ved uz lapu, kuras vietnē nav/);
    expect(errors[2]).toMatch(/25\. rinda → teksts: saite "\.\.\/what-is-the-plan\/" ir relatīva.*rakstiet #what-is-the-plan/);
    expect(errors[3]).toMatch(/27\. rinda → teksts: saite "#nav-tadas"/);
    // "#contact" alone would lead nowhere in the plan, which shows the answer too.
    expect(errors[4]).toMatch(/39\. rinda → teksts: saite "#contact".*rakstiet "\/buj\/#contact"/);
  });

  it("checks a page's links to the site's pages too, and leaves its own relative links alone", () => {
    const page = `---\ntitle: Piekļūstamība\ndescription: Teksts.\n---\n\n[labi](/buj/#school-needs) [labi](../buj/) [labi](#virsraksts)\n\n[nav](/buj/#school-need)\n`;
    const errors = errorsAfter((c) => c.write('pages/lv/accessibility.md', page));
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(
      /pages\/lv\/accessibility\.md, 8\. rinda → teksts: saite "\/buj\/#school-need" .*Vai domājāt "#school-needs"\?/,
    );
  });

  it('stops on a copied edition folder whose edition.json still has the old period', () => {
    const errors = errorsAfter((c) => cpSync(c.file(ed), c.file('editions/2033-2035'), { recursive: true }));
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(/editions\/2033-2035\/edition\.json, \d+\. rinda → period: mape saucas "2033-2035", bet period ir 2030–2032/);
  });

  it('stops on a date that is not a day of the calendar, or is still to come', () => {
    const reviewed = (date: string) => `---\ntitle: Piekļūstamība\ndescription: Teksts.\nreviewed: ${date}\n---\n\nTeksts.\n`;
    for (const [date, message] of [
      ['2026-11-5', /GGGG-MM-DD, piem\., 2026-11-25/],
      ['2026-02-30', /"2026-02-30" nav kalendāra datums/],
      ['2999-01-01', /"2999-01-01" vēl nav pienācis \(šodien ir \d{4}-\d{2}-\d{2}\)/],
    ] as const) {
      const errors = errorsAfter((c) => c.write('pages/lv/accessibility.md', reviewed(date)));
      expectOne(errors, 'pages/lv/accessibility.md, 4. rinda → galvene › reviewed', message);
      copy!.dispose();
    }
  });
});

describe('images in answers', () => {
  it('stops on an image that is not there, one from another site, and one from the site root', () => {
    const errors = errorsAfter((c) =>
      c.write(
        q('lv', 'school-needs'),
        answer(
          'Vajadzības ir šādas:\n\n<List id="needs" />\n\n![foto](./nav.jpg)\n\n![foto](https://example.org/a.jpg)\n\n![foto](/a.jpg)',
        ),
      ),
    );
    expect(errors, errors.join('\n')).toHaveLength(3);
    expect(errors[0]).toMatch(/11\. rinda → teksts: attēla "\.\/nav\.jpg" nav/);
    expect(errors[1]).toMatch(/13\. rinda → teksts: attēls "https:\/\/example\.org\/a\.jpg" ir no citas vietnes/);
    expect(errors[2]).toMatch(/15\. rinda → teksts: attēla ceļš "\/a\.jpg" sākas ar \//);
  });

  it('warns about a photo straight from the camera, and keeps an image beside the answers without a word', () => {
    copy = copyFixtureContent();
    writeFileSync(copy.file(`${ed}/questions/lv/foto.jpg`), Buffer.alloc(3 * 1024 * 1024, 1));
    copy.write(q('lv', 'school-needs'), answer('Vajadzības ir šādas:\n\n<List id="needs" />\n\n![Skolēni darbnīcā](./foto.jpg)'));
    const report = checkContent({ root: copy.root });
    expect(report.errors.map((e) => formatIssue(e))).toEqual([]);
    expect(report.warnings.map((w) => formatIssue(w))).toContainEqual(
      expect.stringMatching(/11\. rinda → teksts: attēls "\.\/foto\.jpg" ir 3 MB liels: vietnē tas tiek samazināts līdz 1472 px platumam/),
    );
  });
});

describe('warnings worth reading', () => {
  it('a new plan period copied from the last one gives a handful of lines, not one per entry', () => {
    copy = copyFixtureContent();
    cpSync(copy.file(ed), copy.file('editions/2033-2035'), { recursive: true });
    copy.editJson('editions/2033-2035/edition.json', (d) => (d.period = { start: 2033, end: 2035 }));
    copy.editJson('editions/2033-2035/table-1-1.json', (d) => {
      for (const row of d.rows) for (const key of Object.keys(row.counts)) row.counts[key] = null;
    });
    const report = checkContent({ root: copy.root });
    expect(report.errors.map((e) => formatIssue(e))).toEqual([]);
    // What was confirmed for the same texts in the older period holds for the copy: only the unknown figures remain.
    expect(warningSummary(report.warnings)).toEqual([
      expect.stringMatching(/2033-2035\/table-1-1\.json: 4 Tabulas 1\.1 skaitļi vēl nav zināmi/),
    ]);
  });

  it('groups warnings of one kind in one file into one line', () => {
    copy = copyFixtureContent();
    copy.editJson(`${ed}/goals.json`, (d) => d.forEach((g: { text: { lv: string } }) => (g.text.lv += ' Mainīts.')));
    const lines = warningSummary(checkContent({ root: copy.root }).warnings);
    expect(lines).toEqual([expect.stringMatching(/goals\.json: 2 ierakstu angļu tulkojumi novecojuši/)]);
  });

  it('leaves no "out of date" warning when both languages of an entry were edited in one sitting, and records them', () => {
    copy = copyFixtureContent();
    copy.editJson(`${ed}/goals.json`, (d) => {
      d[0].text.lv = 'Pirmais mērķis, precizēts.';
      d[0].text.en = 'The first goal, made precise.';
    });
    expect(checkContent({ root: copy.root, record: true }).warnings).toEqual([]);
    // Recorded: a later change of the Latvian alone is out of date again.
    copy.editJson(`${ed}/goals.json`, (d) => (d[0].text.lv = 'Pirmais mērķis, vēlreiz mainīts.'));
    expect(checkContent({ root: copy.root, record: true }).warnings.map((w) => w.message.values?.key)).toEqual(['2030-2032/goals/goal-1']);
  });
});
