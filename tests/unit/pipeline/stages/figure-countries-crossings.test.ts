import { describe, expect, it } from 'vitest'
import { findCrossings } from '../../../../src/pipeline/lexicon/countries'
import { extract } from './figure-input'

/** The countries of each figure the sentences give, in order. */
const countries = (sentences: string[], lang: string) => extract(sentences, lang).map((f) => f.countries)

describe('a border crossing stands for the two countries it lies between', () => {
  it.each<[string, string[], string[][]]>([
    ['tr', ['Sarp Sınır Kapısı’nda tır kuyruğu 12 kilometreyi aştı.'], [['GE', 'TR']]],
    ['tr', ['Dilucu Sınır Kapısı’ndan geçen yıl günde ortalama 2 bin 300 araç geçti.'], [['AZ', 'TR']]],
    ['az', ['Qırmızı Körpü keçid məntəqəsində növbə 5 saata çatıb.'], [['AZ', 'GE']]],
    ['en', ['Trucks waited up to 36 hours at Sarp last week.'], [['GE', 'TR']]],
    ['ru', ['На пункте пропуска «Тажен» в очереди стоят около 600 фур.'], [['KZ', 'UZ']]],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(countries(sentences, lang)).toEqual(expected)
  })

  it('tr: an article about a crossing is about its two countries, in sentences that name neither', () => {
    const sentences = [
      'Sarp Sınır Kapısı’nda tır kuyruğu uzuyor.',
      'Sarp’tan geçen yıl toplam 412 bin tır geçti.',
      'Kapıdaki ortalama bekleme süresi 18 saat civarındaydı.',
    ]
    expect(countries(sentences, 'tr')).toEqual([
      ['GE', 'TR'],
      ['GE', 'TR'],
    ])
  })

  it.each<[string, string]>([
    ['tr', 'Yol sarp kayalıkların arasından geçiyor.'],
    ['en', 'The road climbs a sarp slope.'],
  ])('guard: %s: a word written in small letters is no crossing: %s', (lang, text) => {
    expect(findCrossings(text, lang)).toEqual([])
  })
})

describe('a list of origins shares the one destination named before it', () => {
  it.each<[string, string]>([
    ['tr', "Bu yıl Türkiye'ye Azerbaycan'dan 781 bin, Kazakistan'dan 612 bin, Özbekistan'dan 298 bin ziyaretçi geldi."],
    ['az', 'Bu il Türkiyəyə Azərbaycandan 781 min, Qazaxıstandan 612 min, Özbəkistandan 298 min turist gəlib.'],
  ])('%s', (lang, sentence) => {
    expect(countries([sentence], lang)).toEqual([
      ['AZ', 'TR'],
      ['KZ', 'TR'],
      ['TR', 'UZ'],
    ])
  })
})
