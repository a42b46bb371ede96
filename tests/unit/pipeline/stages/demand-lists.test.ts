import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { linesOf } from './extraction-input'

/** The kind of each figure read from a page's lines, right under each other as a list prints them. */
const kinds = (lang: string, lines: string[]) =>
  extractFigures(linesOf(lang, '2025-10-14', lines)).map((f) => [f.value, f.kind])

describe('isAskedItem: a list of demands, an offer or recommendations states terms wanted, not facts', () => {
  it('en: a union’s numbered heading over its lettered demands', () => {
    expect(
      kinds('en', [
        '2. Our demands',
        '(a) a minimum monthly base wage of GEL 1,800 for quarry and plant operators;',
        '(b) 28 calendar days of paid annual leave instead of the current 24 days;',
      ]),
    ).toEqual(
      expect.arrayContaining([
        [1800, 'target'],
        [28, 'target'],
      ]),
    )
  })

  it('en: an employer’s offer opened by a line that ends in its colon', () => {
    expect(
      kinds('en', [
        'In its letter of 7 October 2025 the employer offered:',
        '- a one-off bonus of GEL 500 per worker;',
      ]),
    ).toEqual([[500, 'target']])
  })

  it('az: a union’s demands under their heading in capitals', () => {
    expect(
      kinds('az', [
        'TƏLƏBLƏRİMİZ',
        '1. Komissiyanın 15%-ə endirilməsi;',
        '2. Sürücülərin sığortası üçün platformaların hər sürücüyə görə ayda ən azı 15 manat ayırması;',
      ]).map(([, kind]) => kind),
    ).toEqual(['target', 'target'])
  })

  it('ru: a paper’s recommendations', () => {
    expect(
      kinds('ru', ['Рекомендации', '1) Снизить ставку по льготной ипотеке для таких домов до 5% годовых.']),
    ).toEqual([[5, 'target']])
  })

  it('tr: a union’s demands', () => {
    expect(kinds('tr', ['Taleplerimiz:', '- Asgari ücretin 45 bin liraya yükseltilmesi;'])).toEqual([
      [45_000, 'target'],
    ])
  })

  it('guard: a survey’s findings listed under their lead-in stay facts', () => {
    expect(
      kinds('az', [
        'İttifaqın 2025-ci ilin mart ayında apardığı sorğunun nəticələrinə görə:',
        '– sürücülərin 64%-i avtomobili bank krediti ilə alıb;',
      ]),
    ).toEqual([[64, 'achieved']])
  })
})
