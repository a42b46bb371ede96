import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/pipeline/lexicon/dates'
import type { DateMention } from '../../../../src/pipeline/types'

type Expected = [words: string, value: string | null, role: DateMention['role'], relative: boolean]

/** Reads mentions back as the words they cover, so a wrong span fails as loudly as a wrong value. */
const read = (text: string, lang: string, published: string | null): Expected[] =>
  findDates(text, lang, published).map((d) => [text.slice(d.start, d.end), d.value, d.role, d.relative])

describe('findDates: parts of a year without a year, resolved against the publication date', () => {
  it.each<[string, string, string, string, Expected[]]>([
    [
      'az "yanvar-noyabr aylarında" in a December article is that year',
      'az',
      'Yanvar-noyabr aylarında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 15 faiz artıb.',
      '2025-12-15',
      [['Yanvar-noyabr', '2025', 'point', true]],
    ],
    [
      'az "yanvar-noyabr aylarında" in a January article is the year before',
      'az',
      'Yanvar-noyabr aylarında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 15 faiz artıb.',
      '2026-01-10',
      [['Yanvar-noyabr', '2025', 'point', true]],
    ],
    [
      'tr "ocak-kasım döneminde" in a January article is the year before',
      'tr',
      'Ocak-kasım döneminde Türkiye’nin Gürcistan’a ihracatı yüzde 9 arttı.',
      '2026-01-12',
      [['Ocak-kasım', '2025', 'point', true]],
    ],
    [
      'en "between January and June" in an August article',
      'en',
      'Between January and June, the port of Aktau handled 2.1 million tonnes of cargo.',
      '2025-08-04',
      [['Between January and June', '2025', 'point', true]],
    ],
    [
      'ru "за январь – март" in a May article',
      'ru',
      'За январь – март через порт Курык перевезено 1,1 млн тонн грузов.',
      '2025-05-20',
      [['январь – март', '2025', 'point', true]],
    ],
    [
      'en "the first quarter" in an April article is that year',
      'en',
      'Cargo volumes on the route rose 12% in the first quarter, the railway said.',
      '2026-04-20',
      [['first quarter', '2026', 'point', true]],
    ],
    [
      'en "the first quarter" in a February article is the year before',
      'en',
      'Cargo volumes on the route rose 12% in the first quarter, the railway said.',
      '2026-02-20',
      [['first quarter', '2025', 'point', true]],
    ],
    [
      'ru "первого квартала" in an April article',
      'ru',
      'По итогам первого квартала перевалка в порту выросла на 9%.',
      '2026-04-20',
      [['первого квартала', '2026', 'point', true]],
    ],
    [
      'az "birinci rübdə" in a May article',
      'az',
      'Birinci rübdə Orta Dəhliz üzrə yükdaşımalar 10 faiz artıb.',
      '2025-05-02',
      [['Birinci rübdə', '2025', 'point', true]],
    ],
    [
      'ru "в первом полугодии" in a March article is the year before',
      'ru',
      'В первом полугодии перевозки по Транскаспийскому маршруту выросли.',
      '2025-03-01',
      [['первом полугодии', '2024', 'point', true]],
    ],
  ])('%s', (_name, lang, text, published, expected) => {
    expect(read(text, lang, published)).toEqual(expected)
  })

  it('reads tr "ilk çeyrekte 40 bin TEU" mid-sentence as the first quarter, not the number as its year', () => {
    expect(read('Liman ilk çeyrekte 40 bin TEU konteyner elleçledi.', 'tr', '2026-05-02')).toEqual([
      ['ilk çeyrekte', '2026', 'point', true],
    ])
  })

  it('reads tr "yılın ilk çeyreğinde" (k→ğ before a vowel) as the first quarter of the article\'s year', () => {
    expect(read('Yılın ilk çeyreğinde limanda konteyner trafiği yüzde 12 arttı.', 'tr', '2025-05-02')).toEqual([
      ['ilk çeyreğinde', '2025', 'point', true],
    ])
  })

  it('leaves ru "в первом квартале 2024 года" to 2024', () => {
    expect(read('В первом квартале 2024 года перевалка в порту выросла на 9%.', 'ru', '2025-05-02')).toEqual([
      ['2024 года', '2024', 'point', false],
    ])
  })

  it('leaves az "ötən ilin yanvar-sentyabr aylarında" to last year', () => {
    expect(read('Ötən ilin yanvar-sentyabr aylarında ticarət dövriyyəsi 15 faiz artıb.', 'az', '2025-12-15')).toEqual([
      ['Ötən ilin', '2024', 'point', true],
    ])
  })
})

describe('findDates: a month range followed by a year or "last year" is left to that year', () => {
  it.each<[string, string, string, string[]]>([
    ['en "January–September last year"', 'en', 'In January–September last year, exports rose 8%.', ['2024']],
    ['ru "за январь – март прошлого года"', 'ru', 'За январь – март прошлого года перевезено 2 млн тонн.', ['2024']],
    ['tr "ocak-haziran 2024 döneminde"', 'tr', 'Ocak-haziran 2024 döneminde ihracat yüzde 6 arttı.', ['2024']],
    ['en "January–June 2024"', 'en', 'In January–June 2024, exports rose 6%.', ['2024']],
  ])('%s', (_name, lang, text, years) => {
    expect(findDates(text, lang, '2025-12-15').map((d) => d.value?.slice(0, 4))).toEqual(years)
  })
})

describe('findDates: a year named as a period or a start', () => {
  it.each<[string, string, string, Expected[]]>([
    ['en "of 2026"', 'en', 'Exports in the first half of 2026 rose 4%.', [['of 2026', '2026', 'point', false]]],
    [
      'en "for 2025"',
      'en',
      'Grain exports for 2025 are put at 3 million tonnes.',
      [['for 2025', '2025', 'point', false]],
    ],
    [
      'en "from 2027"',
      'en',
      'The line will carry 5 million tonnes a year from 2027.',
      [['from 2027', '2027', 'point', false]],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(read(text, lang, '2025-03-15')).toEqual(expected)
  })
})

describe('findDates: the end of the year without a year is the publication year’s last day', () => {
  it.each<[string, string, string, string]>([
    ['tr "yıl sonunda"', 'tr', 'Yeni terminalin yıl sonunda hizmete girmesi planlanıyor.', 'yıl sonunda'],
    ['az "ilin sonunadək"', 'az', 'Terminal ilin sonunadək istifadəyə veriləcək.', 'ilin sonunadək'],
    ['en "by the end of the year"', 'en', 'The terminal will open by the end of the year.', 'by the end of the year'],
    ['en "year-end"', 'en', 'The terminal is due to open by year-end.', 'year-end'],
    ['ru "к концу года"', 'ru', 'Терминал откроется к концу года, сообщил министр.', 'к концу года'],
  ])('%s', (_name, lang, text, words) => {
    expect(read(text, lang, '2025-10-21')).toEqual([[words, '2025-12-31', 'deadline', true]])
  })

  it('gives tr "yıl sonunda" no value in an undated article', () => {
    expect(read('Hat yıl sonunda tamamlanacak.', 'tr', null)).toEqual([['yıl sonunda', null, 'deadline', true]])
  })
})

describe('findDates: a year labelling a figure in parentheses', () => {
  it.each<[string, string, string]>([
    ['tr "(2024 – 900 bin ton)"', 'tr', 'Buğday ihracatı 1,2 milyon tona ulaştı (2024 – 900 bin ton).'],
    ['ru "(2024 – 3,6 млн тонн)"', 'ru', 'Перевалка составила 4,1 млн тонн (2024 – 3,6 млн тонн).'],
    ['en "(2024: 1.15 million TEU)"', 'en', 'The port handled 1.4 million TEU (2024: 1.15 million TEU).'],
    ['en "(2024: USD 2,310)"', 'en', 'The average price was USD 2,140 per tonne (2024: USD 2,310).'],
    ['ru "(2024 – $2 310)"', 'ru', 'Средняя цена составила $2 140 за тонну (2024 – $2 310).'],
  ])('%s', (_name, lang, text) => {
    expect(read(text, lang, '2025-10-21')).toEqual([['2024', '2024', 'point', false]])
  })
})

describe('findDates: "N years ago" counts back from the publication year', () => {
  it.each<[string, string, string, string, string]>([
    ['az "iki il əvvəl"', 'az', 'İki il əvvəl dövriyyə 300 milyon dollar idi.', 'İki il əvvəl', '2023'],
    ['tr "iki yıl önce"', 'tr', 'İki yıl önce ticaret hacmi 300 milyon dolardı.', 'İki yıl önce', '2023'],
    ['en "two years ago"', 'en', 'Two years ago trade stood at $300 million.', 'Two years ago', '2023'],
    ['ru "два года назад"', 'ru', 'Два года назад товарооборот составлял 300 млн долларов.', 'Два года назад', '2023'],
    ['ru "пять лет назад"', 'ru', 'Пять лет назад этот маршрут ещё не работал.', 'Пять лет назад', '2020'],
  ])('%s', (_name, lang, text, words, year) => {
    expect(read(text, lang, '2025-10-21')).toEqual([[words, year, 'point', true]])
  })
})

describe('findDates: a span of years is a period valued by its end', () => {
  it.each<[string, string, string, string]>([
    ['tr "2022 ile 2025 arasında"', 'tr', 'Ticaret 2022 ile 2025 arasında üç katına çıktı.', '2022 ile 2025 arasında'],
    ['en "between 2022 and 2025"', 'en', 'Trade tripled between 2022 and 2025.', 'between 2022 and 2025'],
    ['az "2020-2025-ci illərdə"', 'az', 'Ticarət 2020-2025-ci illərdə iki dəfə artıb.', '2020-2025-ci illərdə'],
    ['ru "с 2020 по 2025 год"', 'ru', 'С 2020 по 2025 год товарооборот удвоился.', 'С 2020 по 2025 год'],
    ['ru "в 2020–2025 годах"', 'ru', 'В 2020–2025 годах товарооборот удвоился.', '2020–2025'],
  ])('%s', (_name, lang, text, words) => {
    expect(read(text, lang, '2025-10-21')).toEqual([[words, '2025', 'period', false]])
  })
})

describe('findDates: a season told by its year', () => {
  it.each<[string, string, Expected[]]>([
    ['ru', 'Средняя посещаемость в сезоне-2025 составила 7 300 зрителей.', [['2025', '2025', 'point', false]]],
    ['en', 'In the 2025 season attendance averaged 7,300.', [['2025 season', '2025', 'point', false]]],
    ['tr', 'Marinaya 2025 sezonunda 1.850 yat giriş-çıkış yaptı.', [['2025 sezonunda', '2025', 'point', false]]],
    ['az', '2025-ci il mövsümündə 40 min turist gəlib.', [['2025-ci il mövsümündə', '2025', 'point', false]]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang, '2025-10-24')).toEqual(expected)
  })
})

describe('findDates: an academic, fiscal or season’s year across two calendar years is one year, its end once past', () => {
  it.each<[string, string, Expected[]]>([
    ['tr', '2024/2025 eğitim-öğretim yılında öğrenci sayısı arttı.', [['2024/2025', '2025', 'point', false]]],
    ['az', '2024/2025-ci tədris ilində 96 min tələbə', [['2024/2025-ci', '2025', 'point', false]]],
    ['en', 'In the academic year 2024/2025 some 96,000 students moved.', [['2024/2025', '2025', 'point', false]]],
    ['ru', 'В 2024/2025 учебном году число студентов выросло.', [['2024/2025', '2025', 'point', false]]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang, '2026-05-12')).toEqual(expected)
  })

  it('ru: one still running as the page is written is its start’s', () => {
    expect(read('В 2025/2026 учебном году обучение стоит 1,45 млн тенге.', 'ru', '2026-03-02')).toEqual([
      ['2025/2026', '2025', 'point', false],
    ])
  })

  it('guard: two years parted by a slash with no kind of year are left as they were read', () => {
    expect(
      read('Tarife 2024/2025 karşılaştırması yayımlandı.', 'tr', '2026-05-12').map(([, , role]) => role),
    ).not.toContain('point')
  })
})
