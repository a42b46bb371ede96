import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The one figure of a sentence, as value, kind, year and deadline. */
const only = (sentence: string, lang: string, published = '2026-09-17') => {
  const [figure, ...rest] = extract([sentence], lang, published)
  expect(rest).toEqual([])
  return { value: figure?.value, kind: figure?.kind, year: figure?.year, deadline: figure?.deadline }
}

describe('a span since the start of the article’s own year is that year’s', () => {
  it.each([
    ['tr', 'Yılbaşından bu yana Azerbaycan üzerinden 2,7 milyon ton transit yük taşındı.', 2.7e6],
    ['az', 'İlin əvvəlindən bəri Azərbaycan ərazisindən 2,7 milyon ton tranzit yük keçib.', 2.7e6],
    ['en', 'Since the start of this year, 2.7 million tonnes of transit cargo have crossed Azerbaijan.', 2.7e6],
    ['ru', 'Через территорию Азербайджана с начала этого года прошло 2,7 млн тонн транзитных грузов.', 2.7e6],
  ])('%s: "%s"', (lang, sentence, value) => {
    expect(only(sentence, lang)).toMatchObject({ value, kind: 'achieved', year: 2026 })
  })

  it('leaves a span since an earlier year without a year of its own ("с 2005 года")', () => {
    expect(only('С 2005 года турецкие компании вложили в Казахстан 10 млрд долларов.', 'ru')).toMatchObject({
      year: null,
    })
  })
})

describe('the first months of the year', () => {
  it.each([
    ['tr', 'İlk sekiz ayda limanlarda 9,8 milyon ton yük elleçlendi.'],
    ['az', 'Səkkiz ay ərzində limanlarda 9,8 milyon ton yük aşırılıb.'],
    ['en', 'The ports handled 9.8 million tonnes of cargo in the first eight months.'],
    ['ru', 'За восемь месяцев через порты отправлено 9,8 млн тонн грузов.'],
  ])('%s: "%s" dates a result this year', (lang, sentence) => {
    expect(only(sentence, lang)).toMatchObject({ value: 9.8e6, kind: 'achieved', year: 2026 })
  })

  it('dates the same months in a March article to the year before', () => {
    expect(only('За восемь месяцев через порты отправлено 9,8 млн тонн грузов.', 'ru', '2026-03-10')).toMatchObject({
      year: 2025,
    })
  })
})

describe('the year’s whole and its end as a plan’s horizon', () => {
  it.each([
    ['tr', 'Yetkililer, 2026 genelinde taşınacak yükün 7 milyon tona ulaşmasını bekliyor.', 7e6, '2026'],
    ['ru', 'По итогам года объем перевозок, по прогнозу, превысит 6 млн тонн.', 6e6, '2026-12-31'],
  ])('%s: "%s"', (lang, sentence, value, deadline) => {
    expect(only(sentence, lang)).toMatchObject({ value, kind: 'forecast', deadline })
  })
})

describe('a later year in another clause of the sentence', () => {
  it.each([
    [
      'en',
      'The ports handled 9.8 million tonnes of cargo, he said, adding that Tbilisi would host the next meeting in March 2027.',
    ],
    [
      'ru',
      'Порты перевалили 9,8 млн тонн грузов, отметив, что следующее заседание пройдет в Тбилиси в марте 2027 года.',
    ],
  ])('%s: leaves a result achieved, not a plan for that year', (lang, sentence) => {
    expect(only(sentence, lang)).toMatchObject({ value: 9.8e6, kind: 'achieved', deadline: null })
  })
})

describe('a change since a year in its own clause takes no year from another clause', () => {
  it.each<[string, string]>([
    ['en', 'Ten years ago the region barely counted; the flow has grown nearly threefold since 2021.'],
    ['ru', 'Десять лет назад рынка почти не было; с 2021 года поток вырос втрое.'],
  ])('%s: %s', (lang, sentence) => {
    expect(only(sentence, lang).year).toBeNull()
  })

  it('guard, ru: a range of years in the clause still dates the change by its last year', () => {
    expect(only('Уровень моря опустился с 2006 по 2025 год более чем на 1,8 м.', 'ru').year).toBe(2025)
  })
})

describe('"an estimated" before a number is a rough count of what is, not a forecast', () => {
  it('en: "employ an estimated 25,000 people"', () => {
    expect(only('The repair yards employ an estimated 25,000 people.', 'en').kind).toBe('achieved')
  })

  it('guard, en: "are estimated at" is still a forecast', () => {
    expect(only('Exports are estimated at 25,000 tonnes this year.', 'en').kind).toBe('forecast')
  })
})

describe('periodOf: a year right after another amount dates that amount, not a change the clause dates later', () => {
  const yearsIn = (sentence: string, lang: string) =>
    extract([sentence], lang, '2026-09-10').map((f) => [f.words, f.year])
  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'Bilateral trade reached $540 million in 2025 and grew 31% year-on-year in January-August this year.',
      [
        ['$540 million', 2025],
        ['31%', 2026],
      ],
    ],
    [
      'ru',
      'Товарооборот достиг 540 млн долларов в 2025 году и вырос на 31% в январе–августе этого года.',
      [
        ['540 млн долларов', 2025],
        ['31%', 2026],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(yearsIn(sentence, lang)).toEqual(expected)
  })

  it('guard: with no date after it, the one before still dates the change ("rose 12% in 2025")', () => {
    expect(yearsIn('Exports reached 3.1 million tonnes in 2025 and rose 12% on the year.', 'en')).toEqual([
      ['3.1 million tonnes', 2025],
      ['12%', 2025],
    ])
  })
})
