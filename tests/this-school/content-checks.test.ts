/**
 * The tests' own inputs (content/checks/) cannot switch a test off unnoticed: this school's and the fixture
 * school's files parse, and a misspelt key, a missing floor or a floor of 0 fails with the file named.
 */
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { contentChecks, searchChecks, searchUiChecks } from '../support/content-checks.ts';
import { copyFixtureContent, FIXTURE_CONTENT, type ContentCopy } from '../support/fixture-content.ts';

describe.each([
  ['this school', path.resolve('content')],
  ['the fixture school', FIXTURE_CONTENT],
])('content/checks/ of %s', (_, root) => {
  const has = (file: string) => existsSync(path.join(root, 'checks', file));

  it('parses every file it has', () => {
    expect(Object.keys(contentChecks(root)).length > 0).toBe(has('text.json'));
    const search = searchChecks(root);
    expect(search.sample !== undefined).toBe(has('search-queries.json'));
    expect(search.cases !== undefined).toBe(has('search-cases.json'));
    expect(search.unanswerable !== undefined).toBe(has('search-unanswerable.json'));
    expect(Object.keys(searchUiChecks(root)).length > 0).toBe(has('search-ui.json'));
  });
});

describe('a broken check file', () => {
  let copy: ContentCopy | undefined;
  afterEach(() => copy?.dispose());

  it('fails on a misspelt key of text.json, naming the file and the key', () => {
    copy = copyFixtureContent();
    copy.editJson('checks/text.json', (d) => {
      d.englishMustNotSai = [{ phrase: 'tactical', why: 'a test' }];
    });
    expect(() => contentChecks(copy!.root)).toThrow(/checks[/\\]text\.json[\s\S]*englishMustNotSai/);
  });

  it('fails on a misspelt key inside an edition of text.json', () => {
    copy = copyFixtureContent();
    copy.editJson('checks/text.json', (d) => {
      d.editions['2030-2032'].activites = 2;
    });
    expect(() => contentChecks(copy!.root)).toThrow(/activites/);
  });

  it('fails on a misspelt key of search-cases.json', () => {
    copy = copyFixtureContent();
    copy.editJson('checks/search-cases.json', (d) => {
      d.keystroke = d.keystrokes;
      delete d.keystrokes;
    });
    expect(() => searchChecks(copy!.root)).toThrow(/checks[/\\]search-cases\.json[\s\S]*keystroke/);
  });

  it('fails on a case with an unknown class or key', () => {
    copy = copyFixtureContent();
    copy.editJson('checks/search-cases.json', (d) => {
      d.lv[0].clas = 'question';
    });
    expect(() => searchChecks(copy!.root)).toThrow(/clas/);
  });

  it('fails when natural questions have no floor, or a floor of 0', () => {
    copy = copyFixtureContent();
    copy.editJson('checks/search-cases.json', (d) => {
      d.lv.push({ q: 'vai es varu braukt', passage: 'Plāns parāda Erasmus+', class: 'eligibility' });
    });
    expect(() => searchChecks(copy!.root)).toThrow(/natural questions in lv need a floor[\s\S]*naturalFloor\.lv/);
    copy.editJson('checks/search-cases.json', (d) => {
      d.naturalFloor = { lv: 0 };
    });
    expect(() => searchChecks(copy!.root)).toThrow(/naturalFloor/);
    copy.editJson('checks/search-cases.json', (d) => {
      d.naturalFloor = { lv: 1 };
    });
    expect(searchChecks(copy.root).cases?.naturalFloor?.lv).toBe(1);
  });

  it('fails on a misspelt key of search-unanswerable.json', () => {
    copy = copyFixtureContent();
    copy.write(
      'checks/search-unanswerable.json',
      JSON.stringify({
        lv: [{ q: 'cik maksā', class: 'question' }],
        en: [{ q: 'fees', class: 'word' }],
        answerable: { lv: [], en: [] },
        knownAnswered: { lv: [], en: [] },
        knownUnanswered: { lv: [], en: [] },
        knownAnswerd: { lv: [], en: [] },
      }),
    );
    expect(() => searchChecks(copy!.root)).toThrow(/checks[/\\]search-unanswerable\.json[\s\S]*knownAnswerd/);
  });

  it('fails on a misspelt key of search-ui.json', () => {
    copy = copyFixtureContent();
    copy.editJson('checks/search-ui.json', (d) => {
      d.prob = d.probe;
      delete d.probe;
    });
    expect(() => searchUiChecks(copy!.root)).toThrow(/checks[/\\]search-ui\.json[\s\S]*prob/);
  });
});
