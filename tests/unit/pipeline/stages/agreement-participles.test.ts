import { describe, expect, it } from 'vitest'

import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { mergeAgreements } from '../../../../src/pipeline/stages/merge-agreements'
import { articleOf } from './extraction-input'

/** Each agreement's kind, title and date. */
const brief = (lang: string, published: string, sentences: string[]) =>
  extractAgreements(articleOf(lang, published, sentences)).map((a) => [a.kind, a.title, a.date])

describe('extractAgreements: a document a signing participle names', () => {
  it.each<[string, string, [string, string, string][]]>([
    [
      'tr',
      'ASCO ile 24 Eylül’de Bakü’de imzalanan sözleşme kapsamında tersane 2 tanker inşa edecek.',
      [['document', 'sözleşme', '2025-09-24']],
    ],
    [
      'tr',
      'Sevkiyatlarda 18 Temmuz’da Aşkabat’ta imzalanan üçlü taşıma anlaşmasının da etkili olması bekleniyor.',
      [['document', 'üçlü taşıma anlaşması', '2025-07-18']],
    ],
    [
      'tr',
      'Aliyev’in 16 Eylül’de Astana’ya yaptığı ziyaret sırasında imzalanan uluslararası karayolu taşımacılığı protokolüyle geçiş belgesi şartı kaldırılmıştı.',
      [['document', 'uluslararası karayolu taşımacılığı protokolü', '2025-09-16']],
    ],
    [
      'az',
      'Sentyabrın 16-da Astanada imzalanmış beynəlxalq avtomobil daşımaları protokolu icazə tələbini ləğv edib.',
      [['document', 'beynəlxalq avtomobil daşımaları protokolu', '2025-09-16']],
    ],
    [
      'en',
      'The trilateral transport agreement signed in Ashgabat on July 18 fixes the tariff for five years.',
      [['document', 'trilateral transport agreement', '2025-07-18']],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(brief(lang, '2025-12-09', [sentence])).toEqual(expected)
  })

  it('guard: tr a participle of a signing to come ("imzalanacak") names no signed document', () => {
    expect(brief('tr', '2025-12-09', ['Gelecek ay imzalanacak taşıma anlaşması tarifeyi sabitleyecek.'])).toEqual([])
  })
})

describe('mergeAgreements: in one article, the noun alone is the compound it heads ("anlaşma", "üçlü taşıma anlaşması")', () => {
  it('tr: one document, two sentences', () => {
    const input = articleOf('tr', '2025-07-22', [
      'Sevkiyatlarda 18 Temmuz’da Aşkabat’ta imzalanan üçlü taşıma anlaşmasının da etkili olması bekleniyor.',
      'Türkmenhimiýa, ADY ve Gürcistan Demiryolları arasında imzalanan anlaşma, beş yıl süreli sabit tarife öngörüyor.',
    ])
    const merged = mergeAgreements(extractAgreements(input), new Map())
    expect(merged.map((a) => [a.title, a.sources.length])).toEqual([['üçlü taşıma anlaşması', 2]])
  })
})

describe('extractAgreements: a signing participle joined by "ve" to another before its document', () => {
  it.each<[string, string, [string, string, string][]]>([
    [
      'tr',
      'Kazatomprom ile ADY arasında 12 Ağustos’ta Astana’da imzalanan ve 2030’a kadar geçerli olacak taşıma anlaşması, bu akışı uzun vadeye bağlıyor.',
      [['document', 'taşıma anlaşması', '2026-08-12']],
    ],
    [
      'az',
      'Avqustun 12-də Astanada imzalanan və 2030-cu ilədək qüvvədə olacaq daşıma sazişi bu axını uzunmüddətli edir.',
      [['document', 'daşıma sazişi', '2026-08-12']],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(brief(lang, '2026-08-14', [sentence])).toEqual(expected)
  })
})
