import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** What each quantity of a sentence reads: its words, value, upper bound and unit. */
const read = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.valueMax, q.unit])

describe('findQuantities: two days of a month, an hour of the day, an age with a job, a second code', () => {
  it.each<[string, string]>([
    ['en', 'The railways met in Tbilisi on March 25 and 26 and signed a protocol.'],
    ['en', 'The railways met in Tbilisi on 25 and 26 March.'],
    ['ru', 'Переговоры прошли 25 и 26 марта в Тбилиси.'],
    ['tr', 'Heyetler 14 ve 15 Ekim tarihlerinde Bakü’de görüştü.'],
    ['az', 'Bəzən gecə saat 2-də də növbəyə çağırılırıq.'],
    ['tr', 'Toplantı saat 14’te başladı.'],
    ['tr', 'Aigerim Sadykova (34, mühendis, Almatı):'],
    ['en', 'Construction of the new berths, numbers 7 and 8, is on schedule.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })

  it.each<[string, string, (string | number | null)[][]]>([
    [
      'en',
      'The port handled 25 and 26 ships in March and April.',
      [
        ['25', 25, null, 'count'],
        ['26', 26, null, 'count'],
      ],
    ],
    ['tr', 'Toplantı 3 saat sürdü.', [['3 saat', 3, null, 'hours']]],
    ['az', 'Gəmi limana 12 saata çatdı.', [['12 saata', 12, null, 'hours']]],
  ])('guard: %s counts and lengths stay: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a tonne in the Turkish and Azerbaijani comitative, a price per tonne over a range', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['tr', 'Kütük çelik ithalatı 620 bin tonla rekor kırdı.', [['620 bin tonla', 620000, null, 't']]],
    ['az', 'Taxıl ixracı 500 min tonla başa çatıb.', [['500 min tonla', 500000, null, 't']]],
    [
      'ru',
      'Стоимость перевозки тонны удобрений паромом из Актау в Баку сейчас составляет от 38 до 45 долларов.',
      [['38 до 45 долларов', 38, 45, 'USD/t']],
    ],
    [
      'en',
      'Shipping a tonne of grain across the Caspian costs between $38 and $45.',
      [['$38 and $45', 38, 45, 'USD/t']],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('en: "range from X to Y" is one span, not a change', () => {
    const text = 'Cost estimates range from $3.5 billion to $5 billion.'
    expect(read(text, 'en')).toEqual([['$3.5 billion to $5 billion', 3_500_000_000, 5_000_000_000, 'USD']])
  })

  it('guard: a range after an amount of tonnes is no price per tonne', () => {
    const text = 'Перевезли 12 тонн, а стоимость составила от 38 до 45 долларов.'
    expect(read(text, 'ru').at(-1)).toEqual(['38 до 45 долларов', 38, 45, 'USD'])
  })
})
