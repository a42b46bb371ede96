import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** What each quantity of a sentence reads: value and unit. */
const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: a score in points and its scale count nothing', () => {
  it.each<[string, string, (number | string)[][]]>([
    ['ru', 'Наивысшую оценку, 87,4 балла из 100, получила команда CargoTrace.', []],
    ['ru', 'Состояние посевов оценивается в 3,6 балла по 5-балльной шкале.', []],
    ['az', 'Tələb: ÜOMG ən azı 75 bal (100 ballıq şkala üzrə).', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('en: "out of 100" is the scale', () => {
    expect(read('The winning team scored 87 out of 100 and won $25,000.', 'en')).not.toContainEqual([100, 'count'])
  })

  it('guard, tr: points of a rate’s change stay', () => {
    expect(read('Politika faizi 2,5 puan düşürülerek yüzde 38’e indirildi.', 'tr')).toContainEqual([38, 'percent'])
    // (its points are read as a share's change further on)
    expect(read('Payda bir önceki yıla göre 3,1 puanlık artış kaydedildi.', 'tr').map(([value]) => value)).toEqual([
      3.1,
    ])
  })
})

describe('findQuantities: a ship’s, a station’s and a building’s numbers, and a motor’s kilowatts, count nothing', () => {
  it.each<[string, string, (number | string)[][]]>([
    ['ru', 'Танкер «Каспий-7», ИМО 9216514, флаг Республики Казахстан, дедвейт 7 020 т.', [[7_020, 't']]],
    ['ru', 'Станции: МС Костанай (индекс 28952), МС Астана (индекс 35188).', []],
    ['ru', 'Участок 0,18 га, г. Актау, 9-й микрорайон, здание 27.', [[0.18, 'ha']]],
    ['ru', 'Буксир «Тулпар», мощность главных двигателей 2 200 кВт.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, ru: kilowatt-hours are energy', () => {
    expect(read('Потребление составило 2,1 млрд кВт·ч.', 'ru')).toEqual([[2_100_000_000, 'kWh']])
  })
})
