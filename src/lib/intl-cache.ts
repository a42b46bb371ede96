/**
 * Intl formatters kept per language and options. Building one costs far more than using it (Chromium loads its locale
 * data each time: ~1 ms for a DateTimeFormat), and a list of 50 cards formats a few hundred dates, numbers and names
 * per render; a formatter is immutable, so one per language and options serves every call.
 */
const cache = new Map<string, unknown>()

function cached<T>(kind: string, lang: string, options: object, build: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`
  let formatter = cache.get(key) as T | undefined
  if (formatter === undefined) {
    formatter = build()
    cache.set(key, formatter)
  }
  return formatter
}

/** A shared `Intl.NumberFormat`. */
export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', lang, options, () => new Intl.NumberFormat(lang, options))

/** A shared `Intl.DateTimeFormat`. */
export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options))

/** A shared `Intl.DisplayNames`; throws, like its constructor, for a language or options Intl refuses (not cached). */
export const displayNames = (lang: string, options: Intl.DisplayNamesOptions) =>
  cached('names', lang, options, () => new Intl.DisplayNames(lang, options))

/** A shared `Intl.ListFormat`. */
export const listFormat = (lang: string, options: Intl.ListFormatOptions = {}) =>
  cached('list', lang, options, () => new Intl.ListFormat(lang, options))
