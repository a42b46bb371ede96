import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The year of the figure of `value` in an article of 2026-05-20 whose story has just told of 2025. */
const BEFORE: Record<string, string> = {
  tr: '2025 yılında limandan 3 milyon ton yük geçti.',
  az: '2025-ci ildə limandan 3 milyon ton yük keçib.',
  en: 'In 2025 the port handled 3 million tonnes.',
  ru: 'В 2025 году порт перевалил 3 млн тонн.',
}
const yearOf = (lang: string, sentence: string, value: number) =>
  extract([BEFORE[lang] ?? '', sentence], lang, '2026-05-20').find((f) => f.value === value)?.year

describe('periodOf: a present tense says what is at the article’s date, after a story of last year', () => {
  it.each<[string, string, number]>([
    ['az', 'Şirkətin nizamnamə kapitalı 500 milyon dollar təşkil edir.', 500_000_000],
    ['tr', 'Fabrikanın yıllık üretim kapasitesi 120 milyon kutudur.', 120_000_000],
    ['tr', 'Denizli’deki fabrika 1.200 kişiye iş veriyor.', 1200],
    ['tr', 'Çin üzerinden dolaşan deniz yolu ise yaklaşık 40 gün tutuyor.', 40],
    ['tr', 'Tesiste 450 kişi istihdam edilmekte.', 450],
  ])('%s: %s', (lang, sentence, value) => {
    expect(yearOf(lang, sentence, value)).toBe(2026)
  })

  it.each<[string, string, number]>([
    ['az', 'Bu, 2024-cü illə müqayisədə 14 faiz çoxdur.', 14],
    ['tr', 'Bu, bir önceki yıla göre yüzde 9,6’lık artış anlamına geliyor.', 9.6],
    ['az', 'Ən önəmlisi çatma müddətinin 35 gündən 18 günə enməsidir.', 18],
  ])(
    'guard, %s: a comparison, what a figure means, a verbal noun keep the story’s year: %s',
    (lang, sentence, value) => {
      expect(yearOf(lang, sentence, value)).toBe(2025)
    },
  )
})

describe('periodOf: a signing told with no date in its sentence is news of the article’s day', () => {
  it.each<[string, string, number]>([
    ['az', 'Bundan əlavə, fond ilə şirkət arasında 300 milyon dollarlıq kredit sazişi imzalanıb.', 300_000_000],
    ['tr', 'Ayrıca 85 milyon avroluk yatırım sözleşmesi imzalandı.', 85_000_000],
    ['en', 'The EBRD also signed a loan worth €150 million with the port.', 150_000_000],
    ['ru', 'Кроме того, подписано кредитное соглашение на 210 млн долларов.', 210_000_000],
  ])('%s: %s', (lang, sentence, value) => {
    expect(yearOf(lang, sentence, value)).toBe(2026)
  })

  it('guard, en: a month in the sentence dates the signing instead', () => {
    expect(
      yearOf('en', 'In December the yard signed a contract for two tankers worth $90 million.', 90_000_000),
    ).not.toBe(2026)
  })
})

describe('frameYears: a heading’s dated period in parentheses frames the list under it', () => {
  it.each<[string, string, string, number]>([
    ['ru', 'Расписание рейсов (с 1 июля по 30 сентября 2026 года)', 'Место в салоне – 38 000 тенге', 38_000],
    ['tr', 'Sefer tarifesi (1 Temmuz – 30 Eylül 2026)', 'Kamarada yatak – 52.000 tenge', 52_000],
    ['az', 'Reys cədvəli (1 iyul – 30 sentyabr 2026-cı il)', 'Salonda yer – 125 manat', 125],
    ['en', 'Timetable (1 July to 30 September 2026)', 'Seat in the lounge – 38,000 tenge', 38_000],
  ])('%s: %s', (lang, heading, line, value) => {
    const figures = extract([BEFORE[lang] ?? '', heading, line], lang, '2026-05-20')
    expect(figures.find((f) => f.value === value)?.year).toBe(2026)
  })

  it.each<[string, string, string, number]>([
    [
      'az',
      'Ticarət dövriyyəsi 4,1 milyard dollar olub (2024-cü ilin iyununda – 3,2 milyard dollar).',
      'İxrac 2,3 milyard dollar təşkil edib.',
      2_300_000_000,
    ],
    [
      'ru',
      'Товарооборот составил 4,1 млрд долларов (в июне 2024 года – 3,2 млрд).',
      'Экспорт составил 2,3 млрд долларов.',
      2_300_000_000,
    ],
  ])(
    'guard, %s: a month in parentheses beside a figure of comparison reframes nothing: %s',
    (lang, first, next, value) => {
      const figures = extract([BEFORE[lang] ?? '', first, next], lang, '2026-05-20')
      expect(figures.find((f) => f.value === value)?.year).toBe(2025)
    },
  )
})

describe('periodOf: a month alone dates a figure to the last such month by the article’s date', () => {
  it.each<[string, string, number, number]>([
    ['az', 'Buğdanın qiyməti fevralda tonu 221 dollara enib.', 221, 2026],
    ['tr', 'Buğdanın fiyatı nisan ayında ton başına 238 dolara yükseldi.', 238, 2026],
    ['en', 'The price of wheat fell to $221 a tonne in February.', 221, 2026],
    ['ru', 'В апреле цена пшеницы выросла до 238 долларов за тонну.', 238, 2026],
  ])('%s: %s', (lang, sentence, value, year) => {
    expect(yearOf(lang, sentence, value)).toBe(year)
  })
})

describe('periodOf: a month made an attribute dates the value it qualifies, though another month stands nearer', () => {
  it.each<[string, string, [number, number][]]>([
    [
      'az',
      'Buğdanın orta qiyməti noyabrdakı tonu 238 dollardan fevralda 221 dollara enib.',
      [
        [238, 2025],
        [221, 2026],
      ],
    ],
    [
      'tr',
      'Buğdanın ortalama fiyatı kasımdaki tonu 238 dolardan şubatta 221 dolara indi.',
      [
        [238, 2025],
        [221, 2026],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    const figures = extract([sentence], lang, '2026-03-18')
    expect(expected.map(([value]) => figures.find((f) => f.value === value)?.year)).toEqual(expected.map(([, y]) => y))
  })
})

describe('frameYears: a month alone past the article’s month may be last year’s or the coming one, and frames nothing', () => {
  it.each<[string, string[], number]>([
    [
      'en',
      ['The ministers plan to meet again in Tbilisi in September.', 'Waiting times have fallen by a third.'],
      -33.3,
    ],
    [
      'ru',
      ['Министры планируют снова встретиться в Тбилиси в сентябре.', 'Время ожидания сократилось на треть.'],
      -33.3,
    ],
  ])('%s: %s', (lang, sentences, value) => {
    expect(extract(sentences, lang, '2026-03-12').find((f) => f.value === value)?.year).toBeNull()
  })

  it('guard: a month already gone this year frames the story after it', () => {
    const sentences = ['In February the port handled 310,000 tonnes.', 'Transit cargo made up 120,000 tonnes.']
    expect(extract(sentences, 'en', '2026-03-12').find((f) => f.value === 120_000)?.year).toBe(2026)
  })
})
