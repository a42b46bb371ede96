import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of one sentence as its value and kind. */
const kinds = (lang: string, sentence: string) => extract([sentence], lang, '2026-10-20').map((f) => [f.value, f.kind])

describe('readKind: what a council or a board decided to do is a target', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Filoya toplam 50 adet elektrikli otobüs alınmasına oy çokluğuyla karar verildi.', [[50, 'target']]],
    ['az', 'Şəhərə 30 yeni avtobus alınması qərara alınıb.', [[30, 'target']]],
    ['az', 'Nazirlər Kabineti bu məqsədlə 2 milyon manat ayrılmasına qərar verib.', [[2e6, 'target']]],
    ['tr', 'Belediye Meclisi 40 adet otobüs alınmasına oybirliğiyle karar verdi.', [[40, 'target']]],
    ['ru', 'Совет директоров решил выплатить дивиденды в размере 45% чистого дохода.', [[45, 'target']]],
    ['en', 'The council decided to buy 50 electric buses.', [[50, 'target']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(kinds(lang, sentence)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Merkez Bankası politika faizini yüzde 50’de sabit tutma kararı aldı.', [[50, 'achieved']]],
    ['tr', 'Kurul, ihracatın yüzde 12 arttığını belirterek karar verdi.', [[12, 'achieved']]],
    [
      'tr',
      'Meclis 3 oturumda 14 karar aldı.',
      [
        [3, 'achieved'],
        [14, 'achieved'],
      ],
    ],
    [
      'tr',
      'Davalının 412 bin dolarlık giderleri karşılamasına, tazminata karar tarihinden faiz işletilmesine hükmedildi.',
      [[412000, 'achieved']],
    ],
    ['ru', 'Экспорт вырос на 12%, решил совет.', [[12, 'achieved']]],
  ])(
    'guard, %s: a rate a decision keeps, and a fact beside a decision, stay what they are (%s)',
    (lang, sentence, expected) => {
      expect(kinds(lang, sentence)).toEqual(expected)
    },
  )
})
