/**
 * An answer's MDX writes `<List id="…" />` with nothing but the id, so the List component needs to know
 * which edition and language it is rendered for. Answer.astro sets that for the page being rendered
 * (every answer on a page shares both); List.astro asks for it and fails with a clear message when it was
 * used anywhere else.
 */
import type { Locale } from './locales.ts';
import type { PlanEdition } from './content/model.ts';

export interface AnswerContext {
  edition: PlanEdition;
  locale: Locale;
}

const KEY = Symbol.for('erasmus-plan.answer-context');
type Locals = Record<string | symbol, unknown>;

export function setAnswerContext(locals: object, context: AnswerContext): void {
  (locals as Locals)[KEY] = context;
}

export function answerContext(locals: object, component: string): AnswerContext {
  const context = (locals as Locals)[KEY] as AnswerContext | undefined;
  if (!context) throw new Error(`${component} can only be used inside an answer (rendered by Answer.astro, which sets its edition and language)`);
  return context;
}
