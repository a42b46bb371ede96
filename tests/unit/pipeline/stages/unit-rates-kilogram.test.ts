import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

const read = (lang: string, sentence: string) =>
  extract([sentence], lang, '2026-10-21').map((f) => [f.value, f.valueMax, f.unit])

describe('prices by the kilogram', () => {
  it.each([
    ['ru', 'Туркменский арбуз продаётся в Алматы по 280 тенге за кг.', [280, null, 'KZT/kg']],
    ['ru', 'Узбекистан ввёл минимальную экспортную цену на курагу — 2,8 доллара за килограмм.', [2.8, null, 'USD/kg']],
    ['ru', 'На рынке изюм стоит 2 450 тг за кг.', [2450, null, 'KZT/kg']],
    ['tr', "Malatya'da kuru kayısının kilosu dün 245 liradan işlem gördü.", [245, null, 'TRY/kg']],
    ['tr', 'Hava kargo navlunu kilogram başına 2,8 dolar seviyesinde.', [2.8, null, 'USD/kg']],
    ['az', 'Azərbaycan bazarında türk qaysısının kiloqramı 14–18 manata satılır.', [14, 18, 'AZN/kg']],
    ['en', 'Uzbek raisins sell in Almaty at 2,450 tenge per kg.', [2450, null, 'KZT/kg']],
  ])('%s: "%s"', (lang, sentence, expected) => {
    expect(read(lang, sentence)).toContainEqual(expected)
  })

  it('guard: a weight in kilograms is no price', () => {
    expect(read('en', 'Each box of raisins from Uzbekistan weighs 24 kg.').map(([, , unit]) => unit)).not.toContain(
      'USD/kg',
    )
  })
})
