import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** What each quantity of a sentence reads: value and unit. */
const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: a decision’s, a filing’s or a clause’s number counts nothing', () => {
  it.each<[string, string, (number | string)[][]]>([
    ['tr', 'Karar Sayısı : 26-21/498-M', []],
    ['tr', 'Kurulun 22-48/702-M ve 24-11/245-M sayılı kararları dikkate alınmıştır.', []],
    ['tr', 'Kurum kayıtlarına 05.03.2026 tarih ve 2317 sayı ile giren bildirim 3 şirketi kapsıyor.', [[3, 'count']]],
    [
      'tr',
      "Tebliğ'in 7. maddesinin (1) numaralı fıkrası uyarınca ciro 750 milyon TL'yi aşmalıdır.",
      [[750_000_000, 'TRY']],
    ],
    ['az', 'Qərarın (2) saylı bəndinə əsasən 40 faiz güzəşt tətbiq edilir.', [[40, 'percent']]],
    ['en', 'Represented by counsel, Dostyk Ave. 210, Almaty.', []],
    // a page's number after its abbreviation
    [
      'ru',
      'Раздел 4 (с. 47–63 доклада): жалобы выросли на 8,7%.',
      [
        [4, 'count'],
        [8.7, 'percent'],
      ],
    ],
    ['en', 'The figures are on p. 14 and pp. 47–63 of the report.', []],
    ['az', 'Cədvəl hesabatın 12-ci fəslindədir (səh. 47–63).', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (number | string)[][]]>([
    ['tr', 'Günlük tır sayısı 26-30 arasında değişiyor.', [[26, 'count']]],
    ['en', 'The terminal on the avenue handled 210 ships, up from 180.', [[210, 'count']]],
  ])('guard, %s: a range and a count stay ("%s")', (lang, text, expected) => {
    expect(read(text, lang).slice(0, 1)).toEqual(expected)
  })
})
