import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The values and units of the figures read from the sentences, in order. */
const read = (lang: string, sentences: readonly string[]) =>
  extract(sentences, lang, '2026-09-17').map((f) => [f.value, f.unit])

describe('isFaceValue: a note’s or a coin’s face value names a kind of money, no amount', () => {
  it.each<[string, string]>([
    ['ru', 'На купюры номиналом 10 000 тенге приходится 61% подделок.'],
    ['ru', 'Мы предлагаем прекратить чеканку монет номиналом 1 и 2 тенге с 1 января 2027 года.'],
    ['en', 'Counterfeits of the 20,000-tenge note made up 61% of the total.'],
    ['tr', "Sahte paraların yüzde 61'i 200 TL'lik banknotlardı."],
    ['az', 'Saxta pulların 61 faizi 200 manatlıq əskinaslardır.'],
  ])('%s: %s', (lang, sentence) => {
    expect(read(lang, [sentence]).filter(([, unit]) => unit !== 'percent')).toEqual([])
  })

  it('guard: money a note costs to print stays an amount', () => {
    expect(read('ru', ['Экономия составит около 2,4 млрд тенге в год.'])).toEqual([[2_400_000_000, 'KZT']])
  })
})

describe('isPackSize: a pack’s weight made an adjective describes the packs', () => {
  it.each<[string, string]>([
    ['tr', "Sevkiyatların yüzde 60'ını 250 gramlık hediyelik kutular oluşturuyor."],
    ['az', 'Satışın 70 faizi 400 qramlıq bankalardır.'],
  ])('%s: %s', (lang, sentence) => {
    expect(read(lang, [sentence]).map(([, unit]) => unit)).toEqual(['percent'])
  })
})

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
