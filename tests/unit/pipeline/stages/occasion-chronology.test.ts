import { describe, expect, it } from 'vitest'

import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { paragraphsOf } from './extraction-input'

/** Each occasion's date, from paragraphs of sentences published on 2026-06-20. */
const dates = (lang: string, paragraphs: string[][]) =>
  extractEvents(paragraphsOf(lang, '2026-06-20', paragraphs)).map((e) => e.date)

describe('a chronology’s year headings give the days and months under them their year', () => {
  it.each<[string, string[][], string[]]>([
    [
      'az',
      [
        ['2022'],
        ['Dekabrın 17-də Azərbaycan, Gürcüstan, Rumıniya və Macarıstan Buxarestdə saziş imzaladılar.'],
        ['2024'],
        ['Noyabrda Bakıda Azərbaycan, Qazaxıstan və Özbəkistan arasında memorandum imzalandı.'],
      ],
      ['2022-12-17', '2024-11'],
    ],
    [
      'tr',
      [
        ['2022'],
        ['17 Aralık’ta Azerbaycan, Gürcistan, Romanya ve Macaristan Bükreş’te anlaşma imzaladı.'],
        ['2024'],
        ['Kasım ayında Bakü’de Azerbaycan, Kazakistan ve Özbekistan arasında mutabakat zaptı imzalandı.'],
      ],
      ['2022-12-17', '2024-11'],
    ],
    [
      'en',
      [
        ['2022'],
        ['On 17 December, Azerbaijan, Georgia, Romania and Hungary signed an agreement in Bucharest.'],
        ['2024'],
        ['In November, Azerbaijan, Kazakhstan and Uzbekistan signed a memorandum in Baku.'],
      ],
      ['2022-12-17', '2024-11'],
    ],
    [
      'ru',
      [
        ['2022 год'],
        ['17 декабря Азербайджан, Грузия, Румыния и Венгрия подписали соглашение в Бухаресте.'],
        ['2024 год'],
        ['В ноябре в Баку Азербайджан, Казахстан и Узбекистан подписали меморандум.'],
      ],
      ['2022-12-17', '2024-11'],
    ],
  ])('%s', (lang, paragraphs, expected) => {
    expect(dates(lang, paragraphs)).toEqual(expected)
  })

  it('gives an entry’s figures the heading’s year, and a plans section after it none', () => {
    const input = paragraphsOf('az', '2026-06-20', [
      ['2024'],
      ['Layihəyə 3,5 milyard avro sərmayə qoyuldu.'],
      ['2025'],
      ['Sentyabrda sahildən 40 km məsafədə 2 ölçmə platforması quraşdırıldı.'],
      ['Planlar'],
      ['Birinci mərhələnin 2029-cu ilədək istismara verilməsi planlaşdırılır, gücü 500 MVt olacaq.'],
    ])
    expect(extractFigures(input).map((f) => [f.value, f.year])).toEqual([
      [3.5e9, 2024],
      [40, 2025],
      [2, 2025],
      [500, null],
    ])
  })

  it('guard: a single year line is no chronology', () => {
    expect(dates('en', [['2022'], ['In November, Azerbaijan and Kazakhstan signed a memorandum in Baku.']])).toEqual([
      '2025-11',
    ])
  })
})

describe('a year’s review: a list item’s month heading dates the occasion under it', () => {
  /** Each occasion's date and first quoted sentence, from paragraphs of a review published on 2025-12-30. */
  const occasions = (lang: string, paragraphs: string[][]) =>
    extractEvents(paragraphsOf(lang, '2025-12-30', paragraphs)).map((e) => [e.date, e.source.quote.slice(0, 12)])

  it.each<[string, string[][], string[][]]>([
    [
      'tr',
      [
        ['6. Haziran – Bakü’de üç imza'],
        ['Azerbaycan Demiryolları ile China Post arasında Bakü’de düzenlenen törende 3 belge imzalandı.'],
      ],
      [['2025-06', 'Azerbaycan D']],
    ],
    [
      'az',
      [['4. Aprel – Bakıda iki saziş'], ['Azərbaycan Dəmir Yolları ilə Kazpost arasında Bakıda iki saziş imzalanıb.']],
      [['2025-04', 'Azərbaycan D']],
    ],
    [
      'en',
      [['9. October – Customs deal in Gabala'], ['Azerbaijan Railways and China Post signed two documents in Baku.']],
      [['2025-10', 'Azerbaijan R']],
    ],
    [
      'ru',
      [['3. Сентябрь — Соглашение в Баку'], ['Казпочта и «Азерпочт» подписали соглашение в Баку.']],
      [['2025-09', 'Казпочта и «']],
    ],
  ])('%s', (lang, paragraphs, expected) => {
    expect(occasions(lang, paragraphs)).toEqual(expected)
  })

  it('a day the item states wins over its heading’s month, and the item, not the heading, is quoted', () => {
    const found = occasions('tr', [
      ['9. Ekim – Gebele Zirvesi’nden gümrük anlaşması'],
      ['Türk Devletleri Teşkilatı’nın 7 Ekim’de Gebele’de yapılan XII. Zirvesi’nde anlaşma imzalandı.'],
    ])
    expect(found).toEqual([['2025-10-07', 'Türk Devletl']])
  })
})
