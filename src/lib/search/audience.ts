/**
 * Who a query is about. Most people who search the plan are learners and their parents; a query that
 * names teachers, staff or adults is about staff. Ranking (results.ts) puts the answers for that audience
 * first: "prakse ārzemēs" finds the learners' placements before the staff's, "skolotāju prakse" the other way.
 * Word beginnings, without diacritics, so every inflected form counts ("skolotājiem", "teachers"); each
 * language's list is in its analyzer (analyzers/).
 */
import type { Locale } from '../locales.ts';
import { foldDiacritics } from './fold.ts';
import { ANALYZERS, type Audience } from './analyzers/index.ts';

/** Whom a query is about, and whether it says so. */
export interface QueryAudience {
  /** The audience whose answers come first, if any. */
  audience?: Audience;
  /** The query names it ("skolotāju prakse", "student mobility"), rather than it being assumed. */
  named: boolean;
}

/**
 * The audience a query names, or learners when it names neither (a reader who does not say "teacher" is
 * most likely a learner or a parent); none when it names both.
 */
export function queryAudience(words: string[], locale: Locale): QueryAudience {
  const names = (audience: Audience) =>
    words.some((w) => ANALYZERS[locale].audience[audience].some((stem) => foldDiacritics(w).startsWith(stem)));
  const staff = names('staff');
  const learners = names('learners');
  if (staff && learners) return { named: true };
  if (staff) return { audience: 'staff', named: true };
  return { audience: 'learners', named: learners };
}
