import { describe, expect, it } from 'vitest'

import {
  compileLexicon,
  dropOverlaps,
  findTerms,
  isTurkicSuffix,
  looseFold,
} from '../../../../src/pipeline/lexicon/term-matcher'

describe('looseFold(text, lang)', () => {
  it.each([
    ['tr', 'KAZAKİSTAN’IN', "kazakistan'in"],
    ['az', 'Qazaxıstanın', 'qazaxistanin'],
    ['tr', 'yapay zekâ', 'yapay zeka'],
  ])('folds %s "%s" to "%s" keeping its length', (lang, text, folded) => {
    expect(looseFold(text, lang)).toBe(folded)
    expect(looseFold(text, lang)).toHaveLength(text.length)
  })
})

describe('findTerms(text, lang, lexicon)', () => {
  const lexicon = compileLexicon([
    { words: 'kazakistan', inflection: 'turkic', capital: true, value: 'KZ' },
    { words: 'kənd təsərrüfat', inflection: 'free', value: 'agriculture' },
    { words: 'oil', inflection: 'exact', value: 'energy' },
  ])
  const found = (text: string, lang: string) =>
    findTerms(text, lang, lexicon).map((m) => [text.slice(m.start, m.end), m.value])

  it.each([
    ['tr', "Kazakistan'ın", [["Kazakistan'ın", 'KZ']]],
    ['tr', 'Kazakistanda', [['Kazakistanda', 'KZ']]],
    ['tr', 'Kazakistanxyz', []],
    ['tr', 'kazakistan', []],
    ['az', 'kənd təsərrüfatı məhsulları', [['kənd təsərrüfatı', 'agriculture']]],
    ['en', 'oil and oilfields', [['oil', 'energy']]],
  ])('in %s "%s" finds %j', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected)
  })
})

describe('dropOverlaps(spans)', () => {
  it('keeps the longest of overlapping spans, in text order', () => {
    expect(
      dropOverlaps([
        { start: 0, end: 4 },
        { start: 0, end: 10 },
        { start: 12, end: 14 },
      ]),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 14 },
    ])
  })
})

describe('isTurkicSuffix(ending)', () => {
  it.each([
    ['dakı', true],
    ['nın', true],
    ['ya', true],
    ['xyz', false],
  ])('reads "%s" as %s', (ending, expected) => {
    expect(isTurkicSuffix(ending)).toBe(expected)
  })
})

describe('findTerms: an endnote’s marker glued to a word’s end', () => {
  const lexicon = compileLexicon([
    { words: 'imzalan', inflection: 'free', value: 'signed' },
    { words: 'signed', inflection: 'exact', value: 'signed' },
    { words: 'подписан', inflection: 'free', value: 'signed' },
    { words: 'kazakistan', inflection: 'turkic', capital: true, value: 'KZ' },
    { words: 'g', inflection: 'exact', value: 'letter' },
  ])
  const found = (text: string, lang: string) => findTerms(text, lang, lexicon).map((m) => m.value)

  it.each([
    ['az', 'Qazaxıstanla saziş imzalanıb12.'],
    ['en', 'A protocol was signed4 in Beijing.'],
    ['ru', 'Протокол подписан11 в Пекине.'],
    ['tr', 'Anlaşma Kazakistan’la imzalandı3.'],
  ])('%s: the word is still read: %s', (lang, text) => {
    expect(found(text, lang)).toContain('signed')
  })

  it('guard: a code of a letter and digits is no word with a marker', () => {
    expect(found('The G20 summit', 'en')).toEqual([])
  })
})
