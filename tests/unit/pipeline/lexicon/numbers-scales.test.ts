import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const read = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => ({ value: q.value, valueMax: q.valueMax, unit: q.unit }))

describe('findQuantities(text, lang): a decimal times a scale is the number written, never a float’s neighbour', () => {
  it.each([
    ['en', 'The study will cost $8.2 million.', 8_200_000, 'USD'],
    ['ru', 'Исследование обойдется в 8,2 млн долларов.', 8_200_000, 'USD'],
    ['tr', 'Proje 1,1 milyar dolara mal olacak.', 1_100_000_000, 'USD'],
    ['az', 'Layihənin dəyəri 0,7 mlrd. manatdır.', 700_000_000, 'AZN'],
    ['ru', 'Объем составил 2,3 млн тонн.', 2_300_000, 't'],
  ])('%s: %s', (lang, text, value, unit) => {
    expect(read(text, lang)).toEqual([{ value, valueMax: null, unit }])
  })
})

describe('findQuantities(text, lang): scale abbreviations of the wires and of Azerbaijani copy', () => {
  it.each([
    ['en', 'World Bank says it could lend up to $1 bln', 1e9, 'USD'],
    ['en', 'a $1bln loan', 1e9, 'USD'],
    ['az', 'İnvestisiyalar 1,2 mlrd manat olub.', 1.2e9, 'AZN'],
    ['az', 'Büdcə 2,3 trln. manatdır.', 2.3e12, 'AZN'],
  ])('%s: %s', (lang, text, value, unit) => {
    expect(read(text, lang)).toEqual([{ value, valueMax: null, unit }])
  })
})

describe('findQuantities(text, lang): two whole amounts as the ends of one range', () => {
  it.each([
    ['en', 'Sources put the cost of the cable at $3.5 billion to $4 billion.', 3.5e9, 4e9, 'USD'],
    ['en', 'a €3.5bn-€4bn project', 3.5e9, 4e9, 'EUR'],
    ['az', 'Layihənin dəyəri 3,5 mlrd. – 4 mlrd. dollar qiymətləndirilir.', 3.5e9, 4e9, 'USD'],
    ['ru', 'Стоимость оценивается в 3,5 млрд – 4 млрд долларов.', 3.5e9, 4e9, 'USD'],
  ])('%s: %s', (lang, text, value, valueMax, unit) => {
    expect(read(text, lang)).toEqual([{ value, valueMax, unit }])
  })

  it.each([
    ['en', 'Capacity will grow from $3.5 billion to $4 billion.'],
    ['en', 'Capacity now stands at 15 million tonnes and will be raised to 25 million tonnes.'],
    ['en', 'The budget was cut by $1 billion to $4 billion.'],
    ['en', 'The port plans to raise capacity from the current 15 million tonnes to 25 million tonnes.'],
  ])('keeps a change two amounts (%s): %s', (lang, text) => {
    expect(read(text, lang).map((q) => q.valueMax)).toEqual([null, null])
  })
})

describe('findQuantities: a scaled number in a quotation borrows no unit from the report around it', () => {
  it.each<[string, string, number]>([
    [
      'tr',
      'Maliyetin 2,4 milyar avroya ulaşacağını belirten Uraloğlu, "Şantiyelerimizde şu anda 3 bin 200 kişi çalışıyor" dedi.',
      3200,
    ],
    ['az', 'Layihənin dəyəri 1,2 milyard dollardır. Nazir deyib: “Tikintidə 4 min nəfər işləyir”.', 4000],
    ['ru', 'Проект стоит 1,2 млрд долларов, а министр добавил: «На стройке заняты 4 тыс.»', 4000],
    ['en', 'The project costs $1.2 billion; the minister added: "We will hire 4 thousand."', 4000],
  ])('%s: %s', (lang, text, value) => {
    expect(findQuantities(text, lang).find((q) => q.value === value)?.unit).toBe('count')
  })

  it.each<[string, string]>([
    ['tr', 'Şantiyede 3 bin 200 çalışan var.'],
    ['az', 'Zavodda 2 min əməkdaş çalışır.'],
  ])('%s: workers are counted: %s', (lang, text) => {
    expect(findQuantities(text, lang).map((q) => q.unit)).toEqual(['count'])
  })

  it('guard: an amount with no quotation between keeps lending its unit', () => {
    const text = 'Projenin maliyeti 2,4 milyar avro, ikinci aşamanınki 1,2 milyar.'
    expect(findQuantities(text, 'tr').map((q) => q.unit)).toEqual(['EUR', 'EUR'])
  })
})
