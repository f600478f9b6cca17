/**
 * The every-field scenario's content fills every field of every file a school can write, optional ones included
 * (read against the schemas, so a field added to a schema and left out here fails), and the check accepts it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';
import { unfilledFields } from '../support/unfilled-fields.ts';
import { copyEveryFieldContent, FILLS } from './content.ts';

const copy = copyEveryFieldContent();
afterAll(() => copy.dispose());

describe('the every-field content', () => {
  it('leaves no field of any file unfilled', () => {
    expect(unfilledFields(copy.root)).toEqual([]);
  });

  it('passes the content check without an error', () => {
    expect(checkContent({ root: copy.root }).errors.map((e) => formatIssue(e, 'en'))).toEqual([]);
  });

  it('has a fill for each field the other school leaves empty (so the walker above can fail)', () => {
    const empty = unfilledFields(FIXTURE_CONTENT);
    expect(empty.length).toBeGreaterThan(0);
    expect(
      empty.filter((field) => !FILLS.some((f) => field === f.field || field.startsWith(`${f.field}.`) || field.startsWith(`${f.field}:`))),
    ).toEqual([]);
  });
});
