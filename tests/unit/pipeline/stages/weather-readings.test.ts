import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The values and units of the figures read from the sentences, in order. */
const read = (lang: string, sentences: readonly string[]) =>
  extract(sentences, lang, '2026-09-01').map((f) => [f.value, f.unit])

describe('isRainfall: millimetres of rain, snow or the soil’s moisture are a bulletin’s readings, no figures', () => {
  it.each<[string, string, string]>([
    ['ru', 'Осадки выпадали в виде дождей: 8–22 мм, на МС Атбасар — 46 мм; отгружено 0,9 млн т зерна.', 't'],
    ['ru', 'Запасы продуктивной влаги в метровом слое составили 55–90 мм, убрано 68% площадей.', 'percent'],
    ['tr', 'Bölgeye son on günde 35 mm yağış düştü, hasat yüzde 40 gecikti.', 'percent'],
    ['az', 'Son on gündə 18 mm yağıntı düşüb, taxılın 62 faizi yığılıb.', 'percent'],
    ['en', 'Up to 25 mm of rain fell on Kostanay, and 1.2 million tonnes were harvested.', 't'],
  ])('%s: %s', (lang, sentence, unit) => {
    expect(read(lang, [sentence]).map(([, u]) => u)).toEqual([unit])
  })

  it('guard, az: a rail gauge in millimetres is a length', () => {
    expect(read('az', ['Gürcüstanda enli, 1520 mm-lik relslər istifadə olunur.'])).toEqual([[1.52, 'm']])
  })
})
