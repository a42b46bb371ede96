import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** Each quantity of a text as its words, value and unit. */
const read = (text: string, lang: string) =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit])

describe('findQuantities: knots, sea miles and centners are kept by no figure, and their numbers count nothing', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'Underway, middle Caspian, speed 10.6 kn (19.6 km/h)', [['19.6 km/h', 19.6, 'km/h']]],
    ['en', 'Distance travelled: 251 nm (465 km)', [['465 km', 465, 'km']]],
    ['az', 'Orta sürət: 10,6 kn (19,7 km/saat), məsafə 251 dəniz mili', [['19,7 km/saat', 19.7, 'km/h']]],
    ['tr', 'Gemi 12 düğüm hızla 251 deniz mili yol aldı.', []],
    ['ru', 'Средняя урожайность составила 203,7 центнера с гектара, судно шло со скоростью 11 узлов.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a scaled number before a span made an adjective counts day-old things', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Kazakistan’a 42 milyon günlük civciv sevk edildi.', [['42 milyon', 42e6, 'count']]],
    ['az', 'Qazaxıstana 3 milyon günlük cücə göndərilib.', [['3 milyon', 3e6, 'count']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    ['tr', 'Tesis için 5 günlük süre tanındı.', [['5 günlük', 5, 'days']]],
    ['az', 'Yük 12 günlük yolu qət edəcək.', [['12 günlük', 12, 'days']]],
  ])('guard, %s: a plain number before it is a span: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: the digits of a phone number and a customs code after its bracketed label count nothing', () => {
  it.each<[string, string]>([
    ['ru', 'Контакты инициатора: ТОО «Yeşil Ambalaj», г. Шымкент, тел. +7 (7252) 55-41-90, e-mail: info@example.kz.'],
    ['az', 'Əlaqə telefonu: +994 (12) 555-20-14'],
    ['en', 'For details call +90 (312) 455 20 00.'],
    [
      'tr',
      'Veriler, Gümrük Tarife İstatistik Pozisyonu (GTİP) 8504 (elektrik transformatörleri) ve 8544 (kablolar) kapsıyor.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })

  it('guard, en: a change in brackets after a count is no phone', () => {
    expect(read('The port handled 1,200 (+15) containers.', 'en')).toEqual([['1,200', 1200, 'count']])
  })
})

describe('findQuantities: a number before "saylı", "numaralı" names a berth or a gate, counting nothing', () => {
  it('az: "3 saylı körpü"', () => {
    expect(read('Gəmi Ələt limanının 3 saylı körpüsünə yan alıb.', 'az')).toEqual([])
  })

  it.each<[string, string]>([
    ['tr', 'Gemi limanın 7 numaralı rıhtımına yanaştı.'],
    ['az', 'Yük 2 nömrəli terminalda boşaldılıb.'],
  ])('guard, %s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})
