/**
 * The languages search knows, each by its analyzer: adding a language is one entry here (and its
 * dictionary in src/integrations/pagefind/dictionary.ts).
 */
import type { Locale } from '../../locales.ts';
import { english } from './en.ts';
import { latvian } from './lv.ts';
import type { Analyzer } from './types.ts';

export type { Analyzer, AnswerKind, Audience } from './types.ts';

export const ANALYZERS: Record<Locale, Analyzer> = { lv: latvian, en: english };
