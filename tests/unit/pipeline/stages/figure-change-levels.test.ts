import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and value, in an article of 20 April 2026. */
const values = (sentence: string, lang: string) =>
  extract([sentence], lang, '2026-04-20').map((f) => [f.words, f.value])

describe('extractFigures: the level a change starts from is a level, not a fall', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'tr',
      'FAVÖK marjı ise yüzde 17,2’den yüzde 15,9’a geriledi.',
      [
        ['yüzde 17,2’den', 17.2],
        ['yüzde 15,9’a', 15.9],
      ],
    ],
    [
      'az',
      'Gömrük rüsumunun dərəcəsi 15 faizdən 5 faizə endirilib.',
      [
        ['15 faizdən', 15],
        ['5 faizə', 5],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })

  it('guard: the size of a fall told with its verb stays negative', () => {
    expect(values('İhracat yüzde 12 azalarak 7,6 milyon dolara geriledi.', 'tr')).toEqual([
      ['yüzde 12', -12],
      ['7,6 milyon dolara', 7600000],
    ])
  })
})

describe('extractFigures: a change told after a level, right before its own amount, is that amount’s', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'EBITDA: KZT 241.0 billion, a margin of 32.5% (down 1.8 percentage points).',
      [
        ['KZT 241.0 billion', 241e9],
        ['32.5%', 32.5],
        ['1.8 percentage points', -1.8],
      ],
    ],
    [
      'ru',
      'Рентабельность составила 32,5% (снижение на 1,8 п.п.).',
      [
        ['32,5%', 32.5],
        ['1,8 п.п.', -1.8],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })

  it('guard: a fall told before two amounts is both amounts’ ("fell by 12% and imports by 5%")', () => {
    expect(values('Exports fell by 12% and imports by 5%.', 'en')).toEqual([
      ['12%', -12],
      ['5%', -5],
    ])
  })
})

describe('extractFigures: a level told by a word in the dative after the number is where a change ended', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Enflasyonun 2028 yılında yüzde 8 civarına gerilemesi beklenmektedir.', [['yüzde 8', 8]]],
    ['tr', 'Politika faizi yüzde 35 seviyesine indi.', [['yüzde 35', 35]]],
    ['az', 'İnflyasiya 5 faiz səviyyəsinə enib.', [['5 faiz', 5]]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })

  it('guard: "about" in the locative beside a fall still gives its size', () => {
    expect(values('İhracat yüzde 8 civarında geriledi.', 'tr')).toEqual([['yüzde 8', -8]])
  })
})

describe('extractFigures: an offering’s demand over its size, a multiple', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['ru', 'Книга заявок переподписана в 3,4 раза.', [['в 3,4 раза', 3.4]]],
    ['tr', 'Halka arz, ek satış dahil 6,3 kat aşırı talep görmüştür.', [['6,3 kat', 6.3]]],
    ['en', 'The offering was oversubscribed 3.4 times.', [['3.4 times', 3.4]]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })
})
