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

describe('an almanac of this day in past years: each entry happened on the page’s day, in the year it stands under', () => {
  const almanac = (lang: string, title: string, published: string, paragraphs: string[][]) => {
    const input = paragraphsOf(lang, published, paragraphs)
    return { ...input, article: { ...input.article, title } }
  }

  it('az: entries opened by their year ("2003 – Ankarada … Saziş imzalanıb"), the day from the title', () => {
    const input = almanac('az', 'Bu gün tarixdə: 22 aprel', '2026-04-22', [
      [
        '2003 – Ankarada Azərbaycan ilə Türkiyə arasında beynəlxalq avtomobil daşımaları haqqında yeni Saziş imzalanıb.',
      ],
      ['2008 – Sumqayıtda Türkiyə şirkətinin inşa etdiyi ilk keramika plitəsi zavodu istifadəyə verilib.'],
      ['Zavodun illik istehsal gücü 4 milyon ədəd plitə idi.'],
    ])
    expect(extractEvents(input).map((e) => e.date)).toEqual(['2003-04-22', '2008-04-22'])
    expect(extractFigures(input).map((f) => [f.value, f.year])).toEqual([[4e6, 2008]])
  })

  it('ru: entries under year headings, the day from the page’s date when the title names none', () => {
    const input = almanac('ru', 'Справки / Этот день в истории', '2026-03-12', [
      ['РИА Новости рассказывает о событиях, которые произошли в этот день в разные годы.'],
      ['2019 год'],
      ['В Сумгаитском химическом промышленном парке торжественно открыт завод по производству стекла.'],
      ['2025 год'],
      ['В Шымкенте открыт завод керамической плитки турецкой компании «Серамик Анадолу».'],
    ])
    expect(extractEvents(input).map((e) => e.date)).toEqual(['2019-03-12', '2025-03-12'])
  })

  it('guard: the same entries on a page that is no almanac keep no invented day', () => {
    const input = almanac('az', 'Türkiyə şirkətləri Azərbaycanda', '2026-04-22', [
      [
        '2003 – Ankarada Azərbaycan ilə Türkiyə arasında beynəlxalq avtomobil daşımaları haqqında yeni Saziş imzalanıb.',
      ],
      ['2008 – Sumqayıtda Türkiyə şirkətinin inşa etdiyi ilk keramika plitəsi zavodu istifadəyə verilib.'],
    ])
    expect(extractEvents(input).map((e) => e.date)).not.toContain('2003-04-22')
  })
})
