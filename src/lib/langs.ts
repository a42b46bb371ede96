/** Lists the interface languages, in the order the language switch offers them. */
export const LANGS = ['en', 'tr', 'az'] as const

/** An interface language code. */
export type Lang = (typeof LANGS)[number]

/** Tells whether a string names one of the interface languages. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value)
}

/** Each language's name in itself, so a reader who can't read the current interface still finds theirs. */
export const NATIVE_NAMES: Record<Lang, string> = { en: 'English', tr: 'Türkçe', az: 'Azərbaycanca' }
