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

describe('prices by the square metre, the cubic metre and the hour', () => {
  it.each([
    ['tr', "Türk mermerinin Almatı'da metrekaresinin 38–45 dolar aralığında satıldığını söyledi.", [38, 45, 'USD/m2']],
    ['az', 'Türkiyə mərmərinin kvadratmetri stendlərdə 28–60 manata təklif olunur.', [28, 60, 'AZN/m2']],
    ['en', 'Our LCL rate China–Istanbul–Tbilisi is USD 95 per cubic metre.', [95, null, 'USD/m3']],
    ['ru', 'Ставка опытного разработчика в Ташкенте — 35–50 долларов в час.', [35, 50, 'USD/hour']],
    ['az', 'Yerli şirkətlərin orta saatlıq tarifi 25–40 dollar arasındadır.', [25, 40, 'USD/hour']],
    ['en', 'Developers in Tbilisi charge 40 dollars an hour.', [40, null, 'USD/hour']],
  ])('%s: "%s"', (lang, sentence, expected) => {
    expect(read(lang, sentence)).toContainEqual(expected)
  })

  it('guard: the hour of a kilowatt-hour is no hourly rate', () => {
    const units = read('az', 'Enerjinin tarifi 1 kVt·saat üçün 4,1 ABŞ senti müəyyən edilib.').map(([, , unit]) => unit)
    expect(units).toContain('USD/kWh')
    expect(units).not.toContain('USD/hour')
  })

  it('guard: "в" before a year is no rate', () => {
    expect(read('ru', 'Выручка составила 100 млн долларов в 2025 году.')).toContainEqual([100000000, null, 'USD'])
  })
})
