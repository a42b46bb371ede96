import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, value, unit and year, in an article of 12 May 2026. */
const figures = (sentence: string, lang: string) =>
  extract([sentence], lang, '2026-05-12').map((f) => [f.words, f.value, f.unit, f.year])

describe('extractFigures: the short forms of tables and slides', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['az', '• İxrac: 1,6 mln t', [['1,6 mln t', 1600000, 't', 2026]]],
    ['tr', 'Kapasite 450 bin t oldu.', [['450 bin t', 450000, 't', 2026]]],
    ['en', 'Cement exports reached 320 kt.', [['320 kt', 320000, 't', 2026]]],
    // a year opening a bullet or a line, then a colon or a dash, labels the value after it
    ['az', '• 2023: 210 min t', [['210 min t', 210000, 't', 2023]]],
    ['en', '2024 – 6.7 million tonnes', [['6.7 million tonnes', 6700000, 't', 2024]]],
    // a year closing a label before its colon labels the value after it
    ['az', 'Xalis mənfəət 2025: 18,7 mln AZN', [['18,7 mln AZN', 18700000, 'AZN', 2025]]],
    ['en', 'Kazakhstan cement output 2024: 13.1 Mt', [['13.1 Mt', 13100000, 't', 2024]]],
    ['tr', 'Çimento ihracatı 2024: 2,9 milyon ton', [['2,9 milyon ton', 2900000, 't', 2024]]],
    ['ru', 'Выпуск цемента 2024: 13,1 млн т', [['13,1 млн т', 13100000, 't', 2024]]],
    // a year alone in brackets right after a value labels that value, not the one before it
    [
      'en',
      '• Wagon turnaround: 9.8 days (2025) vs 7.5 days (2021)',
      [
        ['9.8 days', 9.8, 'days', 2025],
        ['7.5 days', 7.5, 'days', 2021],
      ],
    ],
    // a quarter's shorthand in the brackets labels the same way
    [
      'en',
      '• Gondola lease rate: KZT 9,800/day (Q1 2026) vs KZT 4,100/day (2021)',
      [
        ['KZT 9,800', 9800, 'KZT', 2026],
        ['KZT 4,100', 4100, 'KZT', 2021],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(sentence, lang)).toEqual(expected)
  })

  it('a table head setting two periods side by side leaves the story in the newer one', () => {
    const lines = [
      'Итоги за девять месяцев 2025 года.',
      'Показатель | 9М 2025 | 9М 2024',
      'Продажи меди выросли на 8,8% по сравнению с аналогичным периодом прошлого года, до 142,5 тыс. тонн.',
    ]
    const years = extract(lines, 'ru', '2025-11-06').map((f) => [f.words, f.year])
    expect(years).toEqual([
      ['8,8%', 2025],
      ['142,5 тыс. тонн', 2025],
    ])
  })

  it.each<[string, string]>([
    ['ru', 'Статья 8 предусматривает создание совместной рабочей группы.'],
    ['ru', 'Согласно статье 4, казахстанская сторона выполнит работы.'],
    ['ru', 'Министерство в соответствии со статьёй 19 Закона «О правовых актах» выносит проект на обсуждение.'],
    ['az', 'Maddə 6 tərəflərin öhdəliklərini müəyyən edir.'],
    ['tr', 'Madde 3 kapsamında taraflar bilgi paylaşır.'],
    ['en', 'Article 5 sets out how disputes are settled.'],
    ['en', 'Table 1 shows that exports to Azerbaijan held up.'],
    ['tr', 'Tablo 2 bölgedeki operatörleri gösteriyor.'],
    ['ru', 'Таблица 3 показывает экспорт по странам.'],
    ['az', 'Cədvəl 1 ixracın strukturunu göstərir.'],
    ['ru', 'Действия подсудимых квалифицированы по ч. 3 ст. 234 Уголовного кодекса.'],
    ['en', 'The company was charged under Art. 234 of the Criminal Code.'],
    ['tr', 'Sanıklar Türk Ceza Kanunu md. 188 kapsamında yargılandı.'],
    ['en', "The Commission's own study, on page 47, sets out the costs."],
    ['tr', 'Raporun 112. sayfasında, sayfa 14 ile karşılaştırıldığında, tablo yer alıyor.'],
    ['az', 'Hesabatın səhifə 23-də bu məsələ ətraflı izah olunur.'],
    ['ru', 'Подробности — на странице 5 и в приложении, стр. 14.'],
    ['tr', '6.1 SOĞUK ZİNCİRDE BÖLGESEL LİDERLİK'],
    ['en', '5.2 What we will do'],
    ['tr', 'Söz 3: Sınır kapılarında soğuk zincir yüklerine yeşil hat açacağız.'],
    ['en', 'Promise 3: We will open a green lane for cold-chain cargo at border crossings.'],
    ['ru', 'Обещание 3: откроем «зелёный коридор» для грузов холодовой цепи на границе.'],
    ['az', 'Vəd 3: sərhəd keçidlərində soyuq zəncir yükləri üçün yaşıl dəhliz açacağıq.'],
  ])(
    '%s: the number of an article, a clause, a table, a page, a section or a promise counts nothing: %s',
    (lang, sentence) => {
      expect(figures(sentence, lang)).toEqual([])
    },
  )
})

describe('extractFigures: numbers that measure nothing of their own', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    // the one unit a price is for
    ['ru', 'Стоимость зарядки составляет 0,25 маната за 1 кВт·ч.', [['0,25 маната', 0.25, 'AZN', 2026]]],
    ['tr', 'Bir abone 1 GB mobil veri için ortalama 12,50 dolar ödüyor.', [['12,50 dolar', 12.5, 'USD', 2026]]],
    ['en', 'Operators charge $3 per 1 GB of data.', [['$3', 3, 'USD', 2026]]],
    ['az', 'Abunəçi 1 GB üçün 4 manat ödəyir.', [['4 manat', 4, 'AZN', 2026]]],
    // a rate's round base
    ['en', 'Claim frequency was 3.1 claims per 100 voyages, the club said.', []],
    ['ru', 'Аварийность составила 2,4 случая в расчёте на 1 000 рейсов.', []],
    [
      'en',
      'Fares rose to $120 per 100 km.',
      [
        ['$120', 120, 'USD', 2026],
        ['100 km', 100, 'km', 2026],
      ],
    ],
    // an aircraft's model
    ['en', 'Uzbekistan Airways took delivery of its first Boeing 787-9 on June 2.', []],
    ['tr', 'THY ilk Boeing 737-8 uçağını teslim aldı.', []],
    // a model's letter glued on, and a flight's number after its airline's code
    ['ru', 'Компания получила самолет Cessna 208B Grand Caravan.', []],
    ['ru', 'Рейсы KS 731 / KS 732 выполняются по понедельникам.', []],
    ['en', 'Flight TK 1234 departs Istanbul at 07:40.', []],
    // a house's number before its street
    ['en', 'The Company, registered at 42 Abilkaiyr Khan Avenue, Aktobe, gives notice of its meeting.', []],
    ['en', 'The new office at 15 Nizami Street opened in March.', []],
    // a lira in English and Russian copy is Türkiye's
    ['en', 'A flat in Antalya now costs around 6.5 million lira.', [['6.5 million lira', 6500000, 'TRY', 2026]]],
    ['ru', 'Квартира в Анталье стоит около 6,5 млн турецких лир.', [['6,5 млн турецких лир', 6500000, 'TRY', 2026]]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(sentence, lang)).toEqual(expected)
  })
})

describe('sharePoints: Turkish points beside a margin are percentage points', () => {
  it('tr: "FAVÖK marjımız 1,3 puan gerileyerek yüzde 14,8’e indi"', () => {
    const figures = extract(['FAVÖK marjımız 1,3 puan gerileyerek yüzde 14,8’e indi.'], 'tr', '2026-03-20')
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [-1.3, 'percent'],
      [14.8, 'percent'],
    ])
  })
})

describe('extractFigures: a standfirst’s numbers, told again in the story, are the story’s', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      "Türkiye'nin payı yüzde 8,7'ye yükseldi",
      "Türkiye'nin pazar payı 2021'deki yüzde 4,6 seviyesinden yüzde 8,7'ye yükselmiştir.",
    ],
    ['en', "Türkiye's share rose to 8.7%", "Türkiye's market share rose to 8.7% from 4.6% in 2021."],
  ])('%s: the standfirst’s copy is left out', (lang, standfirst, story) => {
    const quotes = extract([standfirst, story], lang, '2026-04-28').map((f) => [f.value, f.source.quote === story])
    expect(quotes.filter(([value]) => value === 8.7)).toEqual([[8.7, true]])
  })

  it('guard: a standfirst’s number the story does not repeat stays', () => {
    const values = extract(['Exports doubled to $40 million', 'The ministry gave no details.'], 'en', '2026-04-28')
    expect(values.map((f) => f.value)).toContain(40000000)
  })
})
