import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/pipeline/lexicon/dates'

/** The first full day a sentence dates, in an article of the given day. */
const dayOf = (sentence: string, lang: string, published: string) =>
  findDates(sentence, lang, published).find((d) => d.value !== null && d.value.length === 10)?.value

describe('findDates: a day and month take a year written before them, not one after', () => {
  it.each<[string, string, string, string]>([
    ['en', 'ALMATY, Oct 14 (Reuters) - Kazakhstan will start importing gas in 2027.', '2026-10-14', '2026-10-14'],
    [
      'tr',
      '29 Ekim’de Urumçi’de, 2026 yılından itibaren sefer sayısını artırma kararı alındı.',
      '2025-11-04',
      '2025-10-29',
    ],
    [
      'az',
      'Oktyabrın 29-da tərəflər 2030-cu ilədək yükləri iki dəfə artırmağı razılaşdırıblar.',
      '2025-11-04',
      '2025-10-29',
    ],
    ['ru', '29 октября стороны договорились удвоить перевозки к 2030 году.', '2025-11-04', '2025-10-29'],
  ])('%s: %s', (lang, sentence, published, day) => {
    expect(dayOf(sentence, lang, published)).toBe(day)
  })

  it('guard: "2024 yılında, 15 Mart’ta" takes the year written before it', () => {
    expect(dayOf('2024 yılında, 15 Mart’ta iki ülke anlaşma imzaladı.', 'tr', '2026-01-10')).toBe('2024-03-15')
  })
})

describe('findDates: years counted back agree with their count in Russian', () => {
  /** The values of a sentence's dates, in an article of 5 June 2026. */
  const values = (text: string, lang: string) => findDates(text, lang, '2026-06-05').map((d) => d.value)

  it.each<[string, string, string]>([
    ['ru', 'Это было 12 лет назад.', '2014'],
    ['ru', 'Два года назад порт открылся.', '2024'],
    ['ru', '21 год назад здесь была степь.', '2005'],
    ['tr', 'Liman 12 yıl önce açıldı.', '2014'],
    ['en', 'The port opened 12 years ago.', '2014'],
  ])('guard: %s: %s', (lang, text, year) => {
    expect(values(text, lang)).toEqual([year])
  })

  it('ru: "вместо 12 год назад" is twelve a year ago, not twelve years ago', () => {
    expect(values('Доставка сократилась до 5 суток вместо 12 год назад.', 'ru')).toEqual(['2025'])
  })
})
