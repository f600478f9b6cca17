/** Translation status on a fixture: a Latvian change makes its English out of date until it is confirmed. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { fingerprint, translationStatus, translationUnits, writeLock } from '../../src/content/translations.ts';
import { copyFixtureContent, type ContentCopy } from '../support/fixture-content.ts';

const ed = 'editions/2030-2032';
let copy: ContentCopy | undefined;
afterEach(() => copy?.dispose());

function status(root: string) {
  const report = checkContent({ root });
  return { report, status: translationStatus(translationUnits(report.source), report.source.translations ?? {}) };
}

describe('translation status', () => {
  it('reports nothing when every English entry was confirmed against the current Latvian', () => {
    copy = copyFixtureContent();
    const { report, status: s } = status(copy.root);
    expect(s).toEqual({ missing: [], outdated: [], unconfirmed: [] });
    expect(report.warnings).toEqual([]);
  });

  it('reports an answer whose Latvian changed as out of date, and the check warns', () => {
    copy = copyFixtureContent();
    copy.write(
      `${ed}/questions/lv/school-needs.mdx`,
      '---\ntitle: Vajadzības\nsection: school\norder: 1\n---\n\nTehnikuma vajadzības ir šādas:\n\n<List id="needs" />\n',
    );
    const { report, status: s } = status(copy.root);
    expect(s.outdated.map((u) => u.key)).toEqual(['2030-2032/questions/school-needs']);
    expect(s.outdated[0]!.file).toContain('questions/en/school-needs.mdx');
    expect(report.warnings.map((w) => w.message.values?.key)).toContain('2030-2032/questions/school-needs');
    expect(report.errors).toEqual([]);
  });

  it('reports a changed list item, goal or glossary term in its JSON file', () => {
    copy = copyFixtureContent();
    copy.editJson(`${ed}/lists.json`, (d) => (d[0].items[0].text.lv = 'daudz labākas sekmes;'));
    copy.editJson(`${ed}/goals.json`, (d) => (d[1].text.lv = 'Otrais mērķis, precizēts.'));
    copy.editJson('glossary.json', (d) => (d[0].definition.lv = 'Mācību mobilitāte un vairāk.'));
    expect(
      status(copy.root)
        .status.outdated.map((u) => u.key)
        .sort(),
    ).toEqual(['2030-2032/goals/goal-2', '2030-2032/lists/learner-results', 'glossary/ka1']);
  });

  it("reports a changed topic of taking part, the school's words and a page, each in its own file", () => {
    copy = copyFixtureContent();
    copy.editJson('participation.json', (d) => (d.costs.familyPays[0].lv = 'kabatas naudu un vīzas izdevumus'));
    copy.editJson('school.json', (d) => (d.contact.name.lv = 'Erasmus+ koordinators Jānis Testa'));
    copy.write('pages/lv/accessibility.md', copy.read('pages/lv/accessibility.md').replace('Teksts.', 'Cits teksts.'));
    const outdated = status(copy.root).status.outdated;
    expect(outdated.map((u) => u.key).sort()).toEqual(['pages/accessibility', 'participation/costs', 'school']);
    expect(outdated.map((u) => u.file.split('/').at(-1)).sort()).toEqual(['accessibility.md', 'participation.json', 'school.json']);
  });

  it('does not report an English-only edit (the Latvian source is unchanged)', () => {
    copy = copyFixtureContent();
    copy.editJson(`${ed}/goals.json`, (d) => (d[1].text.en = 'The second goal, reworded.'));
    expect(status(copy.root).status.outdated).toEqual([]);
  });

  it('records an English-only edit, so that a later Latvian-only change is still reported as one', () => {
    copy = copyFixtureContent();
    copy.editJson(`${ed}/goals.json`, (d) => (d[1].text.en = 'The second goal, reworded.'));
    // The check run by the build and npm run check records what it settled.
    checkContent({ root: copy.root, record: true });
    copy.editJson(`${ed}/goals.json`, (d) => (d[1].text.lv = 'Otrais mērķis, precizēts.'));
    expect(status(copy.root).status.outdated.map((u) => u.key)).toEqual(['2030-2032/goals/goal-2']);
  });

  it('reports a missing English answer, and a new entry as unconfirmed', () => {
    copy = copyFixtureContent();
    copy.remove(`${ed}/questions/en/school-needs.mdx`);
    copy.editJson(`${ed}/goals.json`, (d) => d.push({ id: 'goal-3', text: { lv: 'Trešais.', en: 'Third.' } }));
    copy.editJson(`${ed}/needs.json`, (d) => d.push({ id: 'need-3', text: { lv: 'Trešā.', en: 'Third need.' }, goal: 'goal-3' }));
    const { status: s } = status(copy.root);
    expect(s.missing.map((u) => u.key)).toEqual(['2030-2032/questions/school-needs']);
    expect(s.missing[0]!.missingEnglish).toContain('questions/en/school-needs.mdx');
    expect(s.unconfirmed.map((u) => u.key).sort()).toEqual(['2030-2032/goals/goal-3', '2030-2032/needs/need-3']);
  });

  it('is clear again once the translator confirms the update', () => {
    copy = copyFixtureContent();
    copy.editJson(`${ed}/goals.json`, (d) => (d[1].text.lv = 'Otrais mērķis, precizēts.'));
    const { report } = status(copy.root);
    const unit = translationUnits(report.source).find((u) => u.key === '2030-2032/goals/goal-2')!;
    writeLock({ ...report.source.translations, [unit.key]: fingerprint(unit.latvian) }, copy.root);
    expect(status(copy.root).status.outdated).toEqual([]);
  });
});
