import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The year of each figure, in an article of 3 March 2026 (too early in the year for an undated figure to be this year's). */
const years = (sentence: string, lang: string) => extract([sentence], lang, '2026-03-03').map((f) => [f.words, f.year])

describe('periodOf: the Turkish and Azerbaijani present copula and present simple state what is now', () => {
  it.each<[string, string, (string | number | null)[]]>([
    ['az', 'Xidmətin haqqı 15 manatdır.', ['15 manatdır', 2026]],
    ['az', 'Horadiz–Ağbənd avtomobil yolunun uzunluğu 124 km-dir.', ['124 km-dir', 2026]],
    ['az', 'TIR karnesi üzrə zəmanət məbləği 100 min avroya qədərdir.', ['100 min avroya', 2026]],
    ['tr', 'Gümrük işlemlerinin ortalama süresi 12 gündür.', ['12 gündür', 2026]],
    ['az', 'Müraciətlərə 3 iş günü ərzində baxılır.', ['3 iş günü', 2026]],
    ['az', 'Məntəqədən gün ərzində orta hesabla 1.150 yük avtomobili keçir.', ['1.150', 2026]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(years(sentence, lang)).toContainEqual(expected)
  })

  it.each<[string, string, string]>([
    // a comparison's copula says how much more, not what is now
    ['az', 'Bu, 2024-cü illə müqayisədə 17 faiz çoxdur.', '17 faiz'],
    // a verb of saying only reports
    ['az', 'Nazirlik məntəqədən 1.150 yük avtomobilinin keçdiyini bildirir.', '1.150'],
  ])('guard: %s: %s is not dated now', (lang, sentence, words) => {
    expect(years(sentence, lang).find(([w]) => w === words)?.[1]).not.toBe(2026)
  })

  it('tr: the past copula is read as days of its year', () => {
    expect(years("Kars'ta bekleme süresi 2024'te 14 gündü.", 'tr')).toContainEqual(['14 gündü', 2024])
  })
})

describe('periodOf: "now" in Russian, present verbs of share and carriage in English, and a base "on a year ago"', () => {
  /** The year of the figure with these words, in an article of 4 December 2025. */
  const yearOf = (sentences: string[], lang: string, words: string) =>
    extract(sentences, lang, '2025-12-04').find((f) => f.words === words)?.year

  it.each<[string, string[], string]>([
    [
      'ru',
      ['«Ещё пять лет назад мы возили масло через Россию, теперь 70% — через Актау», — говорит директор завода.'],
      '70%',
    ],
    [
      'en',
      [
        'In 2023 the port handled 4 million tonnes.',
        'The Beyneu–Aktau line carries about 70% of the rail freight to the port.',
      ],
      '70%',
    ],
    [
      'en',
      [
        'In 2023 clearance took up to 8 hours.',
        'Electronic declarations account for 98% of all filings at the Caspian ports, the committee said.',
      ],
      '98%',
    ],
    ['en', ['A crossing for a loaded truck now costs around $1,850, up 15% on a year ago.'], '15%'],
  ])('%s: %s', (lang, sentences, words) => {
    expect(yearOf(sentences, lang, words)).toBe(2025)
  })
})

describe('periodOf: a present of state dates its figure now, over the year the story told before it', () => {
  it.each<[string, string, string[], string]>([
    [
      'tr',
      '2026-04-28',
      ['Pazar 2025 yılında 310 milyon dolara ulaştı.', 'İç talebin yüzde 85’inden fazlası ithalatla karşılanmaktadır.'],
      'yüzde 85’inden',
    ],
    [
      'ru',
      '2026-06-02',
      ['В 2025 году импорт бумаги составил 214 тыс. тонн.', 'Около 92% бумаги ввозится из-за рубежа.'],
      '92%',
    ],
    ['ru', '2026-06-02', ['В 2025 году импорт бумаги составил 214 тыс. тонн.', 'НДС взимается по ставке 16%.'], '16%'],
  ])('%s: %s', (lang, published, sentences, words) => {
    expect(extract(sentences, lang, published).find((f) => f.words === words)?.year).toBe(2026)
  })
})

describe('namedYear: "aynı yıl" is the year the story told, not a year that qualified a starting value', () => {
  it('tr: after "2021’deki yüzde 4,6 seviyesinden" in a 2025 paragraph, "aynı yıl" is 2025', () => {
    const sentences = [
      '2025 yılında Türkiye’nin pazar payı 2021’deki yüzde 4,6 seviyesinden yüzde 8,7’ye yükselmiştir.',
      'Türkiye’nin süs bitkisi ihracatı ise aynı yıl yüzde 21 artmıştır.',
    ]
    expect(extract(sentences, 'tr', '2026-04-28').find((f) => f.words === 'yüzde 21')?.year).toBe(2025)
  })
})

describe('isVersusPast: the base a plan is set against, with its own time gone by, is what was', () => {
  it.each<[string, string, string]>([
    [
      'ru',
      'В этом году посевы риса расширятся до 4 тыс. гектаров против 3,1 тыс. гектаров в прошлом году.',
      '3,1 тыс. гектаров',
    ],
    [
      'en',
      'Rice plantings will expand to 4,000 hectares this year, against 3,100 hectares last year.',
      '3,100 hectares',
    ],
  ])('%s: %s', (lang, sentence, words) => {
    const figures = extract([sentence], lang, '2026-05-19')
    expect(figures.map((f) => [f.words, f.kind, f.year])).toEqual([
      [figures[0]?.words, 'target', null],
      [words, 'achieved', 2025],
    ])
  })
})
