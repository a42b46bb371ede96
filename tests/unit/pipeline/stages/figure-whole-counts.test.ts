import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

const valuesOf = (lang: string, sentence: string) => extract([sentence], lang, '2026-05-20').map((f) => f.value)

describe('extractFigures: things are counted whole, so a bare fraction is no count', () => {
  it.each<[string, string, number[]]>([
    ['ru', 'Оценочный коэффициент P/E портфеля составляет 7,9 против 11,5 у индекса MSCI.', [7.9, 11.5]],
    ['tr', 'Türk lirası, ABD doları karşısında 44,12 seviyesinde işlem gördü.', [44.12]],
    ['en', 'The fund’s price-to-earnings ratio stood at 7.9 against 11.5 for its benchmark.', [7.9, 11.5]],
    ['az', 'Manatın dollara nisbəti ötən il 1,70 idi.', [1.7]],
  ])('%s: %s', (lang, sentence, fractions) => {
    const values = valuesOf(lang, sentence)
    for (const fraction of fractions) expect(values).not.toContain(fraction)
  })

  it.each<[string, string, number]>([
    ['az', 'Qazaxıstan ötən il 1,2 milyon turist qəbul edib.', 1_200_000],
    ['en', 'In 2025, 1.1 million passengers crossed the Caspian by ferry.', 1_100_000],
    ['ru', 'В 2025 году через порт прошло 2,3 тыс. вагонов.', 2_300],
    ['tr', 'Geçen yıl 3,4 bin konteyner taşındı.', 3_400],
  ])('guard: a fraction scaled to a whole number stays a count (%s: %s)', (lang, sentence, value) => {
    expect(valuesOf(lang, sentence)).toContain(value)
  })
})
