import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const amounts = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.valueMax, q.unit])

describe('the corridor’s other currencies: no amount of money is a count', () => {
  it.each([
    ['en', 'The participation fee was GEL 1,200 per company.', [1200, null, 'GEL']],
    ['en', 'The seller refunded ¥1,150 without arguing.', [1150, null, 'CNY']],
    ['en', 'Ex-works price in China: ¥26.20/kg', [26.2, null, 'CNY/kg']],
    ['tr', 'Kargo ücreti 45 ₺, ürün ₺1.250.', [45, null, 'TRY']],
    ['ru', 'Проезд в Тбилиси — ₾12.', [12, null, 'GEL']],
    ['en', 'A split unit retails at around TMT 4,800.', [4800, null, 'TMT']],
    ['en', 'Parcels start from UZS 86,000.', [86000, null, 'UZS']],
    ['tr', "Tiflis'te perakende fiyatı 780–950 lari.", [780, 950, 'GEL']],
    ['ru', 'Билет до Тбилиси стоит 35 лари.', [35, null, 'GEL']],
    ['az', 'Tranzit yığımı təxminən 1 600 Türkmənistan manatıdır.', [1600, null, 'TMT']],
    ['az', 'Hər birinə 25 milyon tengəyədək qrant veriləcək.', [25000000, null, 'KZT']],
    ['tr', "Taşkent'te bir scooter perakendede 4,2 milyon sum.", [4200000, null, 'UZS']],
    ['ru', 'Ставка: 285 000 руб., оплата по выгрузке.', [285000, null, 'RUB']],
    ['ru', 'Выручка составила 1,2 млн руб. за год.', [1200000, null, 'RUB']],
    ['en', 'The Moscow leg costs 90,000 rub per truck.', [90000, null, 'RUB']],
    ['tr', '100 TRY = 3,92 AZN kuruyla ödeme yapılır.', [0.0392, null, 'AZN/TRY']],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(amounts(text, lang)).toContainEqual(expected)
  })

  it.each([
    ['en', 'We try 3 routes before we book a ferry.'],
    ['tr', 'Sumak ihracatı 3 ton arttı.'],
  ])('guard: %s "%s" holds no money', (lang, text) => {
    expect(amounts(text, lang).map(([, , unit]) => unit)).not.toEqual(expect.arrayContaining(['TRY', 'UZS']))
  })
})
