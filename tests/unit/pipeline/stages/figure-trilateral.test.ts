import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { makeInput } from './figure-input'

/** The countries of each figure of sentences under a headline. */
function countriesUnder(title: string, sentences: readonly string[], lang: string) {
  const input = makeInput(sentences, lang, '2026-05-21')
  const titled = { ...input, article: { ...input.article, title } }
  return extractFigures(titled).map((f) => [f.value, f.countries.join('-')])
}

describe('figureCountries: "the sides" of a trilateral declaration are its three countries', () => {
  it.each<[string, string, string[], (string | number)[][]]>([
    [
      'ru',
      'Совместное заявление президентов Азербайджана, Казахстана и Узбекистана по итогам трехстороннего саммита',
      [
        'Казахстан, Азербайджан и Узбекистан провели саммит в Астане.',
        'Стороны ставят задачу довести товарооборот до 10 млрд долларов к 2030 году.',
      ],
      [[10e9, 'AZ-KZ-UZ']],
    ],
    [
      'en',
      'Joint statement of Azerbaijan, Kazakhstan and Uzbekistan after their trilateral summit',
      [
        'Kazakhstan, Azerbaijan and Uzbekistan held a summit in Astana.',
        'The sides aim to raise trade to $10 billion by 2030.',
      ],
      [[10e9, 'AZ-KZ-UZ']],
    ],
    [
      'az',
      'Azərbaycan, Qazaxıstan və Özbəkistan prezidentlərinin üçtərəfli sammiti: birgə bəyannamə',
      [
        'Qazaxıstan, Azərbaycan və Özbəkistan Astanada sammit keçirib.',
        'Tərəflər ticarəti 2030-cu ilədək 10 milyard dollara çatdırmağı qarşıya məqsəd qoyur.',
      ],
      [[10e9, 'AZ-KZ-UZ']],
    ],
    [
      'tr',
      'Azerbaycan, Kazakistan ve Özbekistan üçlü zirvesinden ortak bildiri',
      [
        'Kazakistan, Azerbaycan ve Özbekistan Astana’da zirve düzenledi.',
        'Taraflar ticareti 2030’a kadar 10 milyar dolara çıkarmayı hedefliyor.',
      ],
      [[10e9, 'AZ-KZ-UZ']],
    ],
  ])('%s', (lang, title, sentences, expected) => {
    expect(countriesUnder(title, sentences, lang)).toEqual(expected)
  })

  it('guard: one trilateral item in a week’s agenda leaves "the sides" of another item two (tr)', () => {
    const title = "Haftanın ajandası: Aşkabat'a yeni hat, İstanbul'da Kazak turizm forumu, Bakü'de üçlü toplantı"
    const sentences = [
      'Kazakistan ile Türkiye turizm forumu düzenliyor.',
      'Taraflar turist sayısını 2028’e kadar 2 milyona çıkarmayı hedefliyor.',
    ]
    expect(countriesUnder(title, sentences, 'tr')).toEqual([[2e6, 'KZ-TR']])
  })
})
