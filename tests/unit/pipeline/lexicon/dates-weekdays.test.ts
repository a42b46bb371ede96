import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/pipeline/lexicon/dates'

/** Each date mention's words and value, in a sentence of an article of `published`. */
const dates = (text: string, lang: string, published: string) =>
  findDates(text, lang, published).map((d) => [text.slice(d.start, d.end), d.value])

describe('findDates: a day told by its weekday resolves against the article’s date', () => {
  // 2026-03-22 is a Sunday, 2026-09-19 a Saturday, 2026-03-05 a Thursday
  it.each<[string, string, string, (string | null)[][]]>([
    ['tr', '2026-03-22', 'Geçen salı Nahçıvan’da protokolü imzaladık.', [['Geçen salı', '2026-03-17']]],
    ['tr', '2026-03-22', 'Protokol salı günü imzalandı.', [['salı günü', '2026-03-17']]],
    ['tr', '2026-03-22', 'Anlaşma gelecek salı imzalanacak.', [['gelecek salı', '2026-03-24']]],
    ['az', '2026-03-05', 'Ötən çərşənbə axşamı saziş imzalanıb.', [['Ötən çərşənbə axşamı', '2026-03-03']]],
    ['en', '2026-09-19', 'Nine documents were signed in Aktau on Tuesday.', [['on Tuesday', '2026-09-15']]],
    ['en', '2026-09-19', 'The ministers will meet in Baku on Tuesday.', [['on Tuesday', '2026-09-22']]],
    // a day to come named on that very day is today (2026-06-10 is a Wednesday)
    [
      'en',
      '2026-06-10',
      'The presidents are due to address a business forum on Wednesday.',
      [['on Wednesday', '2026-06-10']],
    ],
    ['en', '2026-09-19', 'Talks began last Saturday.', [['last Saturday', '2026-09-12']]],
    ['ru', '2026-03-05', 'Во вторник стороны подписали протокол.', [['Во вторник', '2026-03-03']]],
    ['ru', '2026-03-05', 'В среду министры встретятся в Баку.', [['В среду', '2026-03-11']]],
    ['ru', '2026-03-05', 'Документ подписали в прошлый четверг.', [['в прошлый четверг', '2026-02-26']]],
    [
      'en',
      '2026-09-19',
      'Under the documents signed on Wednesday, the sides will set up a working group.',
      [['on Wednesday', '2026-09-16']],
    ],
  ])('%s (%s): %s', (lang, published, text, expected) => {
    expect(dates(text, lang, published)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['tr', 'Şirketin pazar payı yüzde 12’ye çıktı.'],
    ['az', 'Bazar iqtisadiyyatı inkişaf edir.'],
    ['en', 'The two governments said on Wednesday that gas would flow in 2027.'],
  ])('guard: %s no weekday date: %s', (lang, text) => {
    expect(dates(text, lang, '2026-09-19').filter(([, value]) => value?.length === 10)).toEqual([])
  })

  it('an undated article resolves no weekday', () => {
    expect(dates('Nine documents were signed on Tuesday.', 'en', '')).toEqual([])
  })
})

describe('findDates: a weekday of last week or next week is that day in the calendar week before or after', () => {
  // 2026-09-03 is a Thursday, 2026-05-14 a Thursday, 2026-10-09 a Friday
  it.each<[string, string, string, (string | null)[][]]>([
    [
      'az',
      '2026-09-03',
      'Nümayəndələr ötən həftənin çərşənbə günü Tbilisidə görüşüblər.',
      [['ötən həftənin çərşənbə günü', '2026-08-26']],
    ],
    [
      'tr',
      '2026-05-14',
      "Komisyon gelecek hafta salı günü Astana'da toplanacak.",
      [['gelecek hafta salı günü', '2026-05-19']],
    ],
    [
      'tr',
      '2026-05-14',
      "Komisyon geçen haftanın salı günü Ankara'da toplandı.",
      [['geçen haftanın salı günü', '2026-05-05']],
    ],
    [
      'ru',
      '2026-09-03',
      'На прошлой неделе в среду стороны встретились.',
      [['На прошлой неделе в среду', '2026-08-26']],
    ],
    [
      'ru',
      '2026-09-03',
      'Стороны встретятся в среду на следующей неделе.',
      [['в среду на следующей неделе', '2026-09-09']],
    ],
    ['en', '2026-10-09', 'The ministers met on Wednesday last week.', [['on Wednesday last week', '2026-09-30']]],
    // "last Thursday" on a Friday: yesterday would be "yesterday"
    ['en', '2026-10-09', 'The commission met last Thursday in Tashkent.', [['last Thursday', '2026-10-01']]],
  ])('%s (%s): %s', (lang, published, text, expected) => {
    expect(dates(text, lang, published)).toEqual(expected)
  })
})
