import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's value and deadline, in an article of 20 May 2025. */
const deadlines = (lang: string, sentence: string) =>
  extract([sentence], lang, '2025-05-20').map((f) => [f.value, f.deadline])

describe('periodOf: a figure with its own date beside it leaves the next figure’s deadline to that figure', () => {
  it.each([
    ['en', 'The partners aim to export 40 locomotives this year and 300 locomotives in total by 2030.'],
    ['ru', 'Компания намерена поставить 40 локомотивов в этом году и 300 локомотивов к 2030 году.'],
    ['tr', 'Bu yıl 40 lokomotif ihraç etmeyi, 2030’a kadar ise toplam 300 lokomotif satmayı hedefliyor.'],
    ['az', 'Bu il 40 lokomotiv ixrac etmək, 2030-cu ilədək isə ümumilikdə 300 lokomotiv satmaq hədəflənir.'],
  ])('%s: %s', (lang, sentence) => {
    expect(deadlines(lang, sentence)).toEqual([
      [40, '2025'],
      [300, '2030'],
    ])
  })

  it('guard, en: a deadline before the figure’s own restatement after a comma stays the figure’s', () => {
    expect(deadlines('en', 'A study in 2023 said volumes could triple by 2030, to about 11 million tonnes.')).toEqual([
      [3, '2030'],
      [11e6, '2030'],
    ])
  })
})

describe('periodOf: a figure with its own deadline before it leaves the deadline after it to the next figure', () => {
  const inMarch = (lang: string, sentence: string) =>
    extract([sentence], lang, '2026-03-19').map((f) => [f.value, f.deadline])

  it.each<[string, string, (number | string)[][]]>([
    [
      'tr',
      'Kurul, 2026 yıl sonu için enflasyon tahmin aralığını yüzde 21–25, 2027 yıl sonu için yüzde 13–17 olarak korumaktadır.',
      [
        [21, '2026-12-31'],
        [13, '2027-12-31'],
      ],
    ],
    [
      'tr',
      'Ara hedefler 2026 için yüzde 23, 2027 için yüzde 15 olarak belirlenmiştir.',
      [
        [23, '2026'],
        [15, '2027'],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(inMarch(lang, sentence)).toEqual(expected)
  })

  it('guard, en: deadlines after their figures stay theirs', () => {
    expect(inMarch('en', 'The plan is to raise exports to 10 million tonnes by 2030 and 20 million by 2035.')).toEqual([
      [10e6, '2030'],
      [20e6, '2035'],
    ])
  })
})
