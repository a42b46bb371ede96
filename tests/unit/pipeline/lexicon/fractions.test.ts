import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { extract } from '../stages/figure-input'

const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit, q.qualifier])

describe('findQuantities: a share written as a fraction is a percentage', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'Inflation in steel could add a fifth to that bill.', [[20, 'percent', 'exact']]],
    ['en', 'Turkmen electricity covered about a tenth of the evening peak.', [[10, 'percent', 'about']]],
    ['en', 'The quota is up by a quarter on last year.', [[25, 'percent', 'exact']]],
    ['az', 'Vaqonların təxminən üçdə biri istismardan çıxarılmalıdır.', [[33.3, 'percent', 'about']]],
    ['tr', 'Gemilerin dörtte biri limanda bekliyor.', [[25, 'percent', 'exact']]],
    ['ru', 'Это примерно половину всех поставок западным покупателям.', [[50, 'percent', 'about']]],
    ['ru', 'На компанию приходится около четверти парка.', [[25, 'percent', 'about']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['en', 'In the first half of the year the line was rebuilt.'],
    ['en', 'The port was helped by a third rail transshipment line.'],
    ['en', 'One loan was signed in London and a third still on the table.'],
    ['en', 'It took a quarter of a century.'],
    ['ru', 'Во второй половине года рост замедлился.'],
    ['tr', 'Bu yılın ilk yarısında liman genişletildi.'],
    ['az', 'Cari ilin birinci yarısında liman genişləndirilib.'],
  ])('guard: %s: %s holds no share', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('figureKind: what must be done (the Turkish and Azerbaijani necessitative) is a target', () => {
  it.each<[string, string, number]>([
    ['az', '2030-cu ilədək tranzit yüklərin həcmi ildə 25 milyon tona çatdırılmalıdır.', 25e6],
    ['tr', '2030 yılına kadar transit yük hacmi yılda 25 milyon tona çıkarılmalı.', 25e6],
  ])('%s: %s', (lang, sentence, value) => {
    const figure = extract([sentence], lang, '2026-03-01').find((f) => f.value === value)
    expect([figure?.kind, figure?.deadline]).toEqual(['target', '2030'])
  })

  it('guard: az: a word ending in "-malı" that is no verb leaves a figure achieved', () => {
    const figure = extract(['Normalı keçən il limanda 3 milyon ton yük aşırılıb.'], 'az', '2026-03-01')[0]
    expect(figure?.kind).toBe('achieved')
  })
})

describe('findQuantities: an English share before a time word or "by"', () => {
  it.each([
    ['Transit through the ports is expected to grow by a third next year.', 33.3],
    ['Exports should rise by a quarter by 2027.', 25],
  ])('%s', (text, percent) => {
    expect(findQuantities(text, 'en').map((q) => [q.value, q.unit])).toEqual([[percent, 'percent']])
  })

  it('guard: "a third" before a noun is an ordinal', () => {
    expect(findQuantities('The port plans a third berth next year.', 'en')).toEqual([])
  })
})

describe('findQuantities: a fraction beside its exact share in brackets gives the exact share alone', () => {
  it.each<[string, string]>([
    ['ru', 'Больше половины торговых сетей (56%) увеличили закупки.'],
    ['ru', 'Около четверти опрошенных компаний (27%) сократили закупки.'],
    // guards: no fraction is read in these, and the bracketed share stays
    ['en', 'More than half of the chains (56%) raised their purchases.'],
    ['az', 'Şirkətlərin yarıdan çoxu (56%) alışları artırıb.'],
    ['tr', 'Zincirlerin yarısından fazlası (%56) alımlarını artırdı.'],
  ])('%s: %s', (lang, text) => {
    expect(findQuantities(text, lang).map((q) => q.unit)).toEqual(['percent'])
    expect(findQuantities(text, lang)[0]?.value).toBe(Number(/\d+/u.exec(text)?.[0]))
  })
})
