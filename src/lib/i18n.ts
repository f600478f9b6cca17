/**
 * The one way to get a UI string: `useTranslations(locale)` returns `t(key, values)` backed by i18next,
 * which picks Latvian plural forms (1 dalībnieks, 2 dalībnieki, 10 dalībnieku) from Intl.PluralRules.
 * Strings live in src/i18n/<locale>.json; keys are typed from the Latvian file.
 */
import i18next, { type TOptions } from 'i18next';
import lv from '../i18n/lv.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import checkLv from '../i18n/check/lv.json' with { type: 'json' };
import checkEn from '../i18n/check/en.json' with { type: 'json' };
import type { Locale } from './locales.ts';

export const UI_STRINGS = { lv, en } as const satisfies Record<Locale, unknown>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Plural keys are used without their _one/_other suffix. */
type StripPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'other'}` ? Base : K;
export type UiKey = StripPlural<Leaves<typeof lv>>;

const instance = i18next.createInstance();
instance.init({
  // "check": the content check's messages to editors (src/i18n/check/), in the site's main language.
  resources: { lv: { translation: lv, check: checkLv }, en: { translation: en, check: checkEn } },
  lng: 'lv',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes on output
  returnNull: false,
});

export type Translate = (key: UiKey, values?: TOptions) => string;

export function useTranslations(locale: Locale): Translate {
  const fixed = instance.getFixedT(locale);
  return (key, values) => {
    const text = fixed(key, values ?? {}) as string;
    if (text === key) throw new Error(`Missing UI string "${key}" for locale "${locale}" in src/i18n/${locale}.json`);
    return text;
  };
}

/** A content check message's key (src/i18n/check/lv.json), without plural suffixes. */
export type CheckKey = StripPlural<Leaves<typeof checkLv>>;
export type CheckTranslate = (key: CheckKey, values?: TOptions) => string;
/** Languages the content check speaks; any other main language gets English. */
const CHECK_LANGUAGES = ['lv', 'en'] as const;
export type CheckLanguage = (typeof CHECK_LANGUAGES)[number];

export function checkLanguage(requested: string): CheckLanguage {
  return (CHECK_LANGUAGES as readonly string[]).includes(requested) ? (requested as CheckLanguage) : 'en';
}

/** The content check's messages in one language (plurals through i18next, like the UI strings). */
export function useCheckMessages(language: CheckLanguage): CheckTranslate {
  const fixed = instance.getFixedT(language, 'check');
  return (key, values) => {
    const text = fixed(key, values ?? {}) as string;
    if (text === key) throw new Error(`Missing check message "${key}" for "${language}" in src/i18n/check/${language}.json`);
    return text;
  };
}
