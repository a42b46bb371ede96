import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

const metricsOf = (lang: string, sentence: string) => extract([sentence], lang).map((f) => [f.metric, f.unit])

describe('metric: cubic metres of water are no gas supply', () => {
  it.each([
    ['tr', 'Tesisin yıllık su ihtiyacı 138.600 metreküp olacak.'],
    ['az', 'Zavod gündə 300 min kubmetr içməli su istehsal edəcək.'],
    ['en', 'The plant is designed to treat 120,000 cubic meters of water a day.'],
    ['ru', 'Водопотребление завода составит 96 тыс. кубометров в год.'],
  ])('%s: %s', (lang, sentence) => {
    const [figure] = metricsOf(lang, sentence)
    expect(figure?.[1]).toBe('m3')
    expect(figure?.[0]).not.toBe('gas-supply')
  })

  it('guard, en: cubic metres with no word of water are gas, whatever "waters" a sentence crosses', () => {
    expect(
      metricsOf(
        'en',
        'Ashgabat is ready to supply at least 10 bcm a year without crossing the waters of a third country.',
      ),
    ).toEqual([['gas-supply', 'm3']])
  })
})
