import { describe, expect, it } from 'vitest'
import { findQuantities, parseNumber } from '../../../../src/pipeline/lexicon/numbers'

describe('parseNumber(text, lang)', () => {
  it.each([
    ['a Turkish decimal comma', '4,5', 'tr', 4.5],
    ['Turkish thousands points', '1.500.000', 'tr', 1_500_000],
    ['a lone point before three digits in Turkish', '1.500', 'tr', 1500],
    ['a decimal point in Turkish copy', '1.5', 'tr', 1.5],
    ['English thousands commas', '1,500,000', 'en', 1_500_000],
    ['an English decimal point with thousands', '1,500,000.5', 'en', 1_500_000.5],
    ['spaced thousands', '1 500 000', 'ru', 1_500_000],
    ['NBSP thousands', '4\u00a0500\u00a0000', 'ru', 4_500_000],
    ['a Turkish compound', 'on beş', 'tr', 15],
    ['Turkish hundreds and thousands', 'iki yüz elli bin', 'tr', 250_000],
    ['an Azerbaijani number word', 'doqquz', 'az', 9],
    ['Azerbaijani tens', 'qırx beş', 'az', 45],
    ['Azerbaijani thousand', 'üç min', 'az', 3000],
    ['an English compound with a hyphen', 'twenty-five', 'en', 25],
    ['English hundreds', 'three hundred', 'en', 300],
    ['a Russian feminine two with thousands', 'две тысячи', 'ru', 2000],
    ['a Russian compound', 'двадцать три', 'ru', 23],
    ['digits with a scale word', '4,5 milyon', 'tr', 4_500_000],
    ['digits with an Azerbaijani scale word', '1 milyard', 'az', 1e9],
    ['a Russian abbreviation', '1,2 млрд', 'ru', 1.2e9],
    ['a numeral with a case suffix', "10'dan", 'tr', 10],
  ])('reads %s', (_name, text, lang, expected) => {
    expect(parseNumber(text, lang)).toBe(expected)
  })

  it.each([
    ['a dotted date', '27.10.2025', 'tr'],
    ['a code', 'C6', 'az'],
    ['a word that is not a number', 'ziyaret', 'tr'],
    ['words in the wrong order', 'beş on', 'tr'],
    ['an ordinal word', 'ikinci', 'tr'],
  ])('rejects %s', (_name, text, lang) => {
    expect(parseNumber(text, lang)).toBeNull()
  })
})

/** Runs findQuantities and reports each quantity as the words it spans plus its reading. */
const read = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => ({
    words: text.slice(q.start, q.end),
    value: q.value,
    valueMax: q.valueMax,
    unit: q.unit,
    qualifier: q.qualifier,
  }))

describe('findQuantities(text, lang) on seed sentences', () => {
  it('reads a multiplier and a dollar amount with dative suffixes', () => {
    const text =
      'Yakın gelecekte karşılıklı ticaret hacmini 2 katına çıkararak 1 milyar dolara ulaşması için gerekli tedbirlerin alınması konusunda mutabakata vardık.'
    expect(read(text, 'tr')).toEqual([
      { words: '2 katına', value: 2, valueMax: null, unit: 'multiplier', qualifier: 'exact' },
      { words: '1 milyar dolara', value: 1e9, valueMax: null, unit: 'USD', qualifier: 'exact' },
    ])
  })

  it('reads a percent and tonnes with a decimal comma', () => {
    const text = 'Geçen yıl bu hattaki yük trafiği hacmi yüzde 62 artarak 4,5 milyon tona ulaştı.'
    expect(read(text, 'tr')).toEqual([
      { words: 'yüzde 62', value: 62, valueMax: null, unit: 'percent', qualifier: 'exact' },
      { words: '4,5 milyon tona', value: 4_500_000, valueMax: null, unit: 't', qualifier: 'exact' },
    ])
  })

  it('reads "10\'dan fazla" as more than ten, and not the three years or "iki ülke" as more', () => {
    const text =
      "Aliyev, son 3 yılda iki ülke arasında 10'dan fazla yüksek düzeyde ziyaret gerçekleştirildiğini, bugün alınan kararların her iki tarafa da fayda sağlayacağını kaydetti."
    const found = findQuantities(text, 'tr')
    const visits = found.find((q) => q.value === 10)
    expect(visits && text.slice(visits.start, visits.end)).toBe("10'dan")
    expect(visits?.qualifier).toBe('more-than')
    expect(visits?.qualifierSpan && text.slice(visits.qualifierSpan.start, visits.qualifierSpan.end)).toBe('fazla')
    expect(found.some((q) => q.value === 3)).toBe(false)
  })

  it('reads an Azerbaijani multiplier in words and a dollar amount', () => {
    const text =
      'Liderlər bəyan etdilər ki, ticarət dövriyyəsi iki dəfə artırılaraq 1 milyard dollara çatdırılacaq, Qazaxıstan nefti Bakı–Tbilisi–Ceyhan kəməri vasitəsilə daşınacaq.'
    expect(read(text, 'az')).toEqual([
      { words: 'iki dəfə', value: 2, valueMax: null, unit: 'multiplier', qualifier: 'exact' },
      { words: '1 milyard dollara', value: 1e9, valueMax: null, unit: 'USD', qualifier: 'exact' },
    ])
  })

  it('reads the Middle Corridor multiplier but not the year 2030', () => {
    const text =
      'Liderlere, 2030 yılına kadar taşınacak yük hacminin 3 katına çıkmasının öngörüldüğü "Orta Koridoru Geliştirme Projesi" tanıtıldı.'
    expect(read(text, 'tr')).toEqual([
      { words: '3 katına', value: 3, valueMax: null, unit: 'multiplier', qualifier: 'exact' },
    ])
  })

  it.each([
    [
      'ordinals with a point',
      "Devletlerarası Yüksek Konseyinin 2. Toplantısı'na eş başkanlık etti ve Anlaşmanın 20. yılı kutlandı.",
      'tr',
    ],
    ['a full date', 'Tokayev, 10 Ekim 2024 tarihinde Türkmenistan’a önemli bir resmi ziyaret gerçekleştirdi.', 'tr'],
    ['an Azerbaijani year and day', '2025-ci il oktyabrın 21-də Qazaxıstanın paytaxtı Astanada görüş keçirildi.', 'az'],
    ['a dotted date and a clock time', '27.10.2025 [14:37]', 'az'],
    ['a code and a Roman numeral', '2026-cı ildə C6 formatında forum, TDT-nin XII Sammitində müzakirə edildi.', 'az'],
    ['the length of a partnership', 'Münasibətlər 20 illik strateji tərəfdaşlıq təcrübəsinə əsaslanır.', 'az'],
    ['a date with a comma before the year', '15 dekabr, 2025 - 15:37', 'az'],
    ['an ISO date', 'Toplantı 2025-10-21 tarihinde yapıldı.', 'tr'],
    ['a phone number', 'Məlumat üçün +994 12 345 67 89 nömrəsinə zəng edin.', 'az'],
    ['a span of years', 'Son 5 yılda ve 2025-2030 döneminde reformlar sürdü.', 'tr'],
    ['ordinal words and "bir"', 'İkinci iclasda bir sıra sənədlər imzalandı.', 'az'],
    ['an English ordinal and a duration', 'The 20th anniversary came after 3 years of talks.', 'en'],
    ['a Turkish clock time with its zone', 'Piyasalar TSİ 17.20 itibarıyla sakin seyrediyor.', 'tr'],
    ['an Azerbaijani clock time after "saat"', 'Görüş saat 11.30-da başlayıb.', 'az'],
    ['an English clock time before its zone', 'Trading closed at 17.20 GMT.', 'en'],
    ['a Russian clock time before "мск"', 'Торги открылись в 10.00 мск.', 'ru'],
  ])('finds nothing in %s', (_name, text, lang) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('findQuantities(text, lang) on other forms', () => {
  it.each([
    ['a Turkish range with "ila"', '3 ila 4 milyon ton', 'tr', '3 ila 4 milyon ton', 3e6, 4e6, 't', 'exact'],
    ['a hyphen range', '3-4 milyon ton yük', 'tr', '3-4 milyon ton', 3e6, 4e6, 't', 'exact'],
    ['a Turkish percent sign before the number', 'ihracat %12 arttı', 'tr', '%12', 12, null, 'percent', 'exact'],
    ['an Azerbaijani percent word', 'dövriyyə 15 faiz artıb', 'az', '15 faiz', 15, null, 'percent', 'exact'],
    ['"more than" after a hyphen suffix', '10-dan çox layihə', 'az', '10-dan', 10, null, 'count', 'more-than'],
    ['"up to" with a dative', '5 milyon tona kadar yük', 'tr', '5 milyon tona', 5e6, null, 't', 'up-to'],
    ['"about" before', 'yaklaşık 5 milyar metreküp gaz', 'tr', '5 milyar metreküp', 5e9, null, 'm3', 'about'],
    ['"at least" in Azerbaijani', 'ən azı 200 min ton taxıl', 'az', '200 min ton', 2e5, null, 't', 'at-least'],
    ['Azerbaijani "ABŞ dolları"', '5 milyon ABŞ dolları', 'az', '5 milyon ABŞ dolları', 5e6, null, 'USD', 'exact'],
    [
      'a TEU count with an apostrophe suffix',
      "120 bin TEU'ya ulaştı",
      'tr',
      "120 bin TEU'ya",
      120_000,
      null,
      'TEU',
      'exact',
    ],
    ['manat', '300 milyon manat', 'az', '300 milyon manat', 3e8, null, 'AZN', 'exact'],
    ['tenge', '2 trilyon tenge', 'tr', '2 trilyon tenge', 2e12, null, 'KZT', 'exact'],
    ['a glued Azerbaijani multiplier', 'dövriyyə ikiqat artıb', 'az', 'ikiqat', 2, null, 'multiplier', 'exact'],
    ['a Turkish "ikiye katlamak"', 'ticareti ikiye katladı', 'tr', 'ikiye katladı', 2, null, 'multiplier', 'exact'],
    ['an English dollar sign with "bn"', 'trade of $1.5bn', 'en', '$1.5bn', 1.5e9, null, 'USD', 'exact'],
    [
      'English "more than" and tonnes',
      'more than 1,500,000 tonnes',
      'en',
      '1,500,000 tonnes',
      1.5e6,
      null,
      't',
      'more-than',
    ],
    ['English "doubled"', 'turnover doubled', 'en', 'doubled', 2, null, 'multiplier', 'exact'],
    ['an English range with "to"', '3 to 4 million tons', 'en', '3 to 4 million tons', 3e6, 4e6, 't', 'exact'],
    [
      'Russian "до" after a verb of reaching',
      'довести объём перевозок до 10 млн тонн',
      'ru',
      '10 млн тонн',
      1e7,
      null,
      't',
      'exact',
    ],
    ['Russian "до" as a ceiling', 'мощностью до 10 млн тонн', 'ru', '10 млн тонн', 1e7, null, 't', 'up-to'],
    ['a Russian multiplier', 'вырос в 2 раза', 'ru', 'в 2 раза', 2, null, 'multiplier', 'exact'],
    [
      'Russian dollars with "около"',
      'около 1,2 млрд долларов США',
      'ru',
      '1,2 млрд долларов США',
      1.2e9,
      null,
      'USD',
      'about',
    ],
    ['Russian "не менее" and percent', 'не менее 15 процентов', 'ru', '15 процентов', 15, null, 'percent', 'at-least'],
    // a negated bound is the other bound: a ceiling, a floor
    ['English "no more than"', 'we load no more than 18 tonnes', 'en', '18 tonnes', 18, null, 't', 'up-to'],
    ['English "not less than"', 'not less than 18 tonnes', 'en', '18 tonnes', 18, null, 't', 'at-least'],
    ['Azerbaijani "maksimum"', 'maksimum 21,7 ton yük', 'az', '21,7 ton', 21.7, null, 't', 'up-to'],
    [
      'Azerbaijani "must not be more"',
      '800 kiloqramdan çox olmamalıdır',
      'az',
      '800 kiloqramdan',
      0.8,
      null,
      't',
      'up-to',
    ],
    ['Turkish "cannot be more"', '18 tondan fazla olamaz', 'tr', '18 tondan', 18, null, 't', 'up-to'],
    ['Russian spaced tonnes', '4 500 000 тонн', 'ru', '4 500 000 тонн', 4.5e6, null, 't', 'exact'],
    // thousands and their units, with and without the scale's dot
    ['Azerbaijani "11 min 500"', '11 min 500 TEU konteyner', 'az', '11 min 500 TEU', 11_500, null, 'TEU', 'exact'],
    ['Turkish "2 bin 300"', '2 bin 300 ton yük', 'tr', '2 bin 300 ton', 2300, null, 't', 'exact'],
    ['Russian "5 тыс. 200"', 'перевалено 5 тыс. 200 тонн', 'ru', '5 тыс. 200 тонн', 5200, null, 't', 'exact'],
    // ranges by their language's words, never a change from one amount to another
    ['Russian "от … до"', 'от 1 500 до 1 800 долларов', 'ru', '1 500 до 1 800 долларов', 1500, 1800, 'USD', 'exact'],
    ['Russian "от … до" in days', 'от 4 до 6 суток', 'ru', '4 до 6 суток', 4, 6, 'days', 'exact'],
    // a word for one is no article at a range's low end
    ['Russian "от одного до трех"', 'от одного до трех часов', 'ru', 'одного до трех часов', 1, 3, 'hours', 'exact'],
    [
      'English "between … and"',
      'between 8 and 10 million tonnes',
      'en',
      '8 and 10 million tonnes',
      8e6,
      1e7,
      't',
      'exact',
    ],
    [
      'Azerbaijani "ilə … arasında"',
      '8 ilə 10 milyon ton arasında',
      'az',
      '8 ilə 10 milyon ton',
      8e6,
      1e7,
      't',
      'exact',
    ],
    ['Turkish "ile … arasında"', '10 ile 12 gün arasında', 'tr', '10 ile 12 gün', 10, 12, 'days', 'exact'],
    [
      'Azerbaijani "-dən … -dək dəyişir"',
      'müddət 10 gündən 12 günədək dəyişir',
      'az',
      '10 gündən 12 günədək',
      10,
      12,
      'days',
      'exact',
    ],
  ])('reads %s', (_name, text, lang, words, value, valueMax, unit, qualifier) => {
    expect(read(text, lang)).toEqual([{ words, value, valueMax, unit, qualifier }])
  })
})

describe('findQuantities(text, lang): a change from one amount to another stays two amounts', () => {
  it.each([
    ['az', 'Qabiliyyət 1 milyon tondan 5 milyon tona yüksəldiləcək.'],
    ['tr', 'Kapasite 1 milyon tondan 5 milyon tona çıkarılacak.'],
    ['en', 'Capacity will rise from 1 million tonnes to 5 million tonnes.'],
  ])('%s', (lang, text) => {
    expect(read(text, lang).map((q) => [q.value, q.valueMax])).toEqual([
      [1e6, null],
      [5e6, null],
    ])
  })
})

it('reads Russian "с 8 до 10 млн тонн" as the end of a change, with no ceiling', () => {
  expect(read('выросла с 8 до 10 млн тонн', 'ru').at(-1)).toEqual({
    words: '10 млн тонн',
    value: 1e7,
    valueMax: null,
    unit: 't',
    qualifier: 'exact',
  })
})
