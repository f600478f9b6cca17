/**
 * The one way to get a UI string: `useTranslations(locale)` returns `t(key, values)` backed by i18next,
 * which picks Latvian plural forms (1 dalībnieks, 2 dalībnieki, 10 dalībnieku) from Intl.PluralRules.
 * Strings live in src/i18n/<locale>.json; keys are typed from the Latvian file.
 */
import i18next, { type TOptions } from 'i18next';
import lv from '../i18n/lv.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import type { Locale } from './locales.ts';

export const UI_STRINGS = { lv, en } as const;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Plural keys are used without their _one/_other suffix. */
type StripPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'other'}` ? Base : K;
export type UiKey = StripPlural<Leaves<typeof lv>>;

const instance = i18next.createInstance();
instance.init({
  resources: { lv: { translation: lv }, en: { translation: en } },
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
