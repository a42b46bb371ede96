import { describe, expect, it } from 'vitest'
import { cachedSearchTerms, foldSearchText, searchTerms, searchWords } from '../../../src/schema/search-text'

describe('foldSearchText(text, lang?)', () => {
  it.each([
    ['Türkmenistan', 'tr'],
    ['TÜRKMENİSTAN', 'tr'],
    ['TÜRKMENİSTAN', undefined],
    ['turkmenistan', undefined],
    ['Türkmənistan', 'az'],
    ['TÜRKMƏNİSTAN', 'az'],
  ])('folds %j (%s) to "turkmenistan"', (word, lang) => {
    expect(foldSearchText(word, lang)).toBe('turkmenistan')
  })

  it('folds Turkish dotted and dotless i to one letter, with or without the language', () => {
    for (const lang of ['tr', 'az', 'en', undefined]) {
      expect(foldSearchText('IĞDIR', lang)).toBe('igdir')
      expect(foldSearchText('Iğdır', lang)).toBe('igdir')
      expect(foldSearchText('İSTANBUL', lang)).toBe('istanbul')
      expect(foldSearchText('ıstanbul', lang)).toBe('istanbul')
    }
  })

  it('strips Turkish and Azerbaijani diacritics: ş ç ğ ö ü, and folds ə to e', () => {
    expect(foldSearchText('Şüşə, Çağ, Göç', 'az')).toBe('suse, cag, goc')
    expect(foldSearchText('DEMİRYOLU ŞİRKETİ', 'tr')).toBe('demiryolu sirketi')
    expect(foldSearchText('Azərbaycan ticarət dövriyyəsi', 'az')).toBe('azerbaycan ticaret dovriyyesi')
  })

  it('keeps Cyrillic Cyrillic, case-folded, and drops its diacritics (ё → е, й → и)', () => {
    expect(foldSearchText('ТУРКМЕНИСТАН', 'ru')).toBe('туркменистан')
    expect(foldSearchText('Туркменистан')).toBe('туркменистан')
    expect(foldSearchText('Объём', 'ru')).toBe('объем')
    expect(foldSearchText('Каспийский', 'ru')).toBe(foldSearchText('КАСПИИСКИИ'))
  })

  it('folds English case and accents', () => {
    expect(foldSearchText('Middle CORRIDOR Café', 'en')).toBe('middle corridor cafe')
  })
})

describe('searchTerms(text, lang?)', () => {
  it('splits at anything but letters and digits, so Turkish case endings after an apostrophe stand apart', () => {
    expect(searchTerms("Türkiye'nin 2030'a kadar", 'tr')).toEqual(['turkiye', 'nin', '2030', 'a', 'kadar'])
    expect(searchTerms('Bakı–Tbilisi–Qars dəmir yolu', 'az')).toEqual(['baki', 'tbilisi', 'qars', 'demir', 'yolu'])
    expect(searchTerms('«Средний коридор» — 4,5 млн т', 'ru')).toEqual(['среднии', 'коридор', '4', '5', 'млн', 'т'])
  })

  it('keeps a decomposed dotted capital I (I + U+0307) as one word', () => {
    expect(searchTerms('I\u0307STANBUL')).toEqual(['istanbul'])
  })
})

describe('cachedSearchTerms(capacity)', () => {
  const sentences: [string, string | undefined][] = [
    ["Türkiye'nin İSTANBUL limanı 2030'a kadar", 'tr'],
    ['Bakı–Tbilisi–Qars dəmir yolu İLƏ', 'az'],
    ['ISTANBUL and Iğdır', 'en'],
    ['«Средний коридор» — 4,5 млн т', 'ru'],
    ['I\u0307STANBUL \u0301', undefined],
  ]

  it('gives the terms searchTerms gives, in every language, the second time from its memory', () => {
    const terms = cachedSearchTerms()
    for (const round of [1, 2]) {
      for (const [text, lang] of sentences)
        expect(terms(text, lang), `${text} (round ${round})`).toEqual(searchTerms(text, lang))
    }
  })

  it('still answers correctly once its memory is full and forgotten', () => {
    const terms = cachedSearchTerms(2)
    for (const [text, lang] of [...sentences, ...sentences]) expect(terms(text, lang)).toEqual(searchTerms(text, lang))
  })
})

describe('searchWords(text, lang?)', () => {
  it('gives each word its offsets in the original text, folded on its own', () => {
    const text = 'Türkmənistanla TİCARƏT'
    expect(searchWords(text, 'az')).toEqual([
      { term: 'turkmenistanla', start: 0, end: 14 },
      { term: 'ticaret', start: 15, end: 22 },
    ])
  })
})
