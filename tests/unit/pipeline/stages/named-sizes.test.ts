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
