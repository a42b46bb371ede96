import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { articleOf } from '../stages/extraction-input'

type Read = [words: string, value: number, valueMax: number | null, unit: string]

/** Reads each quantity back as the words it spans, so a span that swallows or drops a unit's word fails. */
const read = (text: string, lang: string): Read[] =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.valueMax, q.unit])

describe('findQuantities: energy in watt-hours, every spelling (mega- and giga- in kilowatt-hours)', () => {
  it.each<[string, string, Read[]]>([
    ['en', 'The link could send 8-10 terawatt-hours a year westward.', [['8-10 terawatt-hours', 8, 10, 'TWh']]],
    ['en', 'Exports reached 12 TWh last year.', [['12 TWh', 12, null, 'TWh']]],
    ['ru', 'Экспорт составил 1,5 млрд кВт·ч электроэнергии.', [['1,5 млрд кВт·ч', 1.5e9, null, 'kWh']]],
    ['ru', 'Станция выработает 5 ТВт·ч в год.', [['5 ТВт·ч', 5, null, 'TWh']]],
    ['az', 'Ötən il 2 milyard kilovat-saat elektrik ixrac edilib.', [['2 milyard kilovat-saat', 2e9, null, 'kWh']]],
    ['az', 'Ixrac 1,5 milyard kVt/saat olub.', [['1,5 milyard kVt/saat', 1.5e9, null, 'kWh']]],
    ['tr', 'Türkiye’ye 5 milyar kilovatsaat elektrik satıldı.', [['5 milyar kilovatsaat', 5e9, null, 'kWh']]],
    ['tr', 'Depolama tesisi 2 megavat saat kapasiteli olacak.', [['2 megavat saat', 2000, null, 'kWh']]],
    ['tr', 'Üretim kapasitesi 5 GWh’e çıkarılacak.', [['5 GWh’e', 5e6, null, 'kWh']]],
    ['ru', 'Накопитель емкостью 240 МВт·ч построят в Хромтау.', [['240 МВт·ч', 240000, null, 'kWh']]],
    ['az', 'Sistemin tutumu 400 MVt·saat olacaq.', [['400 MVt·saat', 400000, null, 'kWh']]],
    [
      'en',
      'A 60 MW / 240 MWh battery storage system.',
      [
        ['60 MW', 60, null, 'MW'],
        ['240 MWh', 240000, null, 'kWh'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('az: gigawatts written "GVt" as well as "QVt"', () => {
    expect(
      read('İxrac gücünün 4 GVt-a, sonra 6 QVt-a çatdırılması hədəflənir.', 'az').map(([, , , unit]) => unit),
    ).toEqual(['GW', 'GW'])
  })

  it('guard: power alone stays power ("20 megawatts" is MW, "1.5 GW" is GW)', () => {
    expect(read('A 20 megawatts plant and a 1.5 GW link.', 'en').map(([, , , unit]) => unit)).toEqual(['MW', 'GW'])
  })
})

describe('findQuantities: data rates', () => {
  it.each<[string, string, Read[]]>([
    [
      'en',
      'Its design capacity is 4 terabits per second, scalable to 400 Tbps.',
      [
        ['4 terabits per second', 4, null, 'Tbps'],
        ['400 Tbps', 400, null, 'Tbps'],
      ],
    ],
    ['ru', 'Пропускная способность кабеля составит до 400 Тбит/с.', [['400 Тбит/с', 400, null, 'Tbps']]],
    ['tr', 'Kablonun kapasitesi 100 Gbit/s olacak.', [['100 Gbit/s', 100, null, 'Gbps']]],
    ['az', 'Kabelin ötürmə qabiliyyəti 400 terabit/san olacaq.', [['400 terabit/san', 400, null, 'Tbps']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('extractFigures: the units name their metric', () => {
  const metricsOf = (lang: string, sentence: string) =>
    extractFigures(articleOf(lang, '2026-05-10', [sentence])).map((f) => [f.metric, f.unit])

  it.each<[string, string, [string, string]]>([
    ['en', 'Kazakhstan exported 12 TWh of electricity last year.', ['electricity-supply', 'TWh']],
    ['ru', 'В прошлом году Казахстан экспортировал 1,5 млрд кВт·ч.', ['electricity-supply', 'kWh']],
    ['az', 'Kabelin ötürmə qabiliyyəti 400 terabit/san olacaq.', ['data-capacity', 'Tbps']],
    ['tr', 'Hazar’ın altından geçecek fiber kablonun kapasitesi 4 Tbps olacak.', ['data-capacity', 'Tbps']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(metricsOf(lang, sentence)).toEqual([expected])
  })
})

describe('findQuantities: areas, latency and the Turkish lira', () => {
  it.each<[string, string, Read[]]>([
    ['tr', 'Merkez 412 bin metrekare alan üzerine kuruldu.', [['412 bin metrekare', 412e3, null, 'm2']]],
    ['ru', 'Под склады отведено 5 тыс. кв. м.', [['5 тыс. кв. м', 5e3, null, 'm2']]],
    ['ru', 'Под склады отведено 5 тыс. кв. метров.', [['5 тыс. кв. метров', 5e3, null, 'm2']]],
    ['ru', 'Карьер дал около 120 тыс. куб. м мрамора.', [['120 тыс. куб. м', 120e3, null, 'm3']]],
    ['en', 'The terminal covers 120,000 square metres.', [['120,000 square metres', 120e3, null, 'm2']]],
    ['az', 'Terminal 64 hektar ərazidə yerləşir.', [['64 hektar', 64, null, 'ha']]],
    ['ru', 'Площадь терминала – 64 гектара.', [['64 гектара', 64, null, 'ha']]],
    ['az', 'Gecikmə 20–25 millisaniyə azalacaq.', [['20–25 millisaniyə', 20, 25, 'ms']]],
    ['en', 'The cable cuts latency by 15 milliseconds.', [['15 milliseconds', 15, null, 'ms']]],
    ['tr', 'Merkeze 1,3 milyar liralık yatırım yapıldı.', [['1,3 milyar liralık', 1.3e9, null, 'TRY']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('"lira" in English copy on the corridor is the Turkish lira, as in Turkish', () => {
    expect(read('The flat now costs 6.5 million lira.', 'en').map(([, , , unit]) => unit)).toEqual(['TRY'])
  })
})

describe('findQuantities: a ship’s deadweight is tonnes', () => {
  it.each<[string, Read[]]>([
    ['The yard is building tankers of 8,000 deadweight tonnes.', [['8,000 deadweight tonnes', 8000, null, 't']]],
    ['The yard is building tankers of 8,000 dwt.', [['8,000 dwt', 8000, null, 't']]],
  ])('en: %s', (text, expected) => {
    expect(read(text, 'en')).toEqual(expected)
  })
})
