import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, in an article of 10 April 2026. */
const words = (sentence: string, lang: string) => extract([sentence], lang, '2026-04-10').map((f) => f.words)

describe('isRefuted: a number the clause reports only to refute it is no figure', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'Reports that retailers had placed $1bn of orders at the fair were wrong, the association said; orders taken were closer to $180mn.',
      ['$180mn'],
    ],
    ['en', 'Uzbekistan Post denied reports that it will add a 25% surcharge: tariffs are fixed until December.', []],
    ['ru', 'Сообщения о том, что летом цена поднимется до 200 долларов, в компании опровергли.', []],
    ['tr', 'Bolat, alacakların 3 milyar doları aştığı yönündeki haberlerin gerçeği yansıtmadığını söyledi.', []],
    ['az', 'Şirkətin mətbuat xidməti tariflərin 30 faiz artırılacağı barədə məlumatı təkzib edib.', []],
    [
      'tr',
      'Haberler bakanlık tarafından yalanlanmış; bakanlık 2025 ihracatının 3,1 milyon ton olduğunu açıkladı.',
      ['3,1 milyon ton'],
    ],
  ])('%s: %s', (lang, sentence, kept) => {
    expect(words(sentence, lang)).toEqual(kept)
  })

  it('guard: a deduction denied to a miner refutes no number ("wrongly denied deductions … of $87 million")', () => {
    expect(
      words('The court rejected the argument that it had been wrongly denied deductions of $87 million.', 'en'),
    ).toEqual(['$87 million'])
  })
})

describe('isRefuted: a claim refuted, or found unconfirmed, in so many words', () => {
  it.each<[string, string]>([
    ['en', 'Reports on Telegram that more than 3,000 trucks were stuck at the crossing were refuted by the committee.'],
    ['az', 'Aktau limanında 500 vaqonun gözləmədə qaldığı barədə xəbərlər isə təsdiqini tapmayıb.'],
    ['ru', 'Сообщения о простое 500 вагонов в порту Актау не подтвердились.'],
    ['tr', 'Limanda 500 vagonun beklediği yönündeki iddialar doğrulanmadı.'],
  ])('%s: %s', (lang, sentence) => {
    expect(words(sentence, lang)).toEqual([])
  })
})
