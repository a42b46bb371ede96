import { describe, expect, it } from 'vitest'
import { pickLanguage } from '../../../../src/lib/i18n/language-preference'
import type { Lang } from '../../../../src/lib/langs'

describe('pickLanguage(urlLang, stored, browserLanguages)', () => {
  it.each<[string, Lang | null, string | null, string[], Lang]>([
    ['prefers the URL', 'az', 'tr', ['en-US'], 'az'],
    ['falls back to the remembered language', null, 'tr', ['en-US'], 'tr'],
    ['ignores a remembered value that is not supported', null, 'fr', ['az-Latn-AZ'], 'az'],
    ['uses the first supported browser language', null, null, ['de-DE', 'tr-TR', 'en'], 'tr'],
    ['defaults to English', null, null, ['de-DE'], 'en'],
  ])('%s', (_name, url, stored, browser, expected) => {
    expect(pickLanguage(url, stored, browser)).toBe(expected)
  })
})
