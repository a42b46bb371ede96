import { describe, expect, it } from 'vitest'
import { extract } from '../stages/figure-input'

/** Each figure's words, value, unit and metric. */
const figures = (lang: string, sentence: string) =>
  extract([sentence], lang, '2025-10-16').map((f) => [f.words, f.value, f.unit])

describe('changeDirection: "more than" and "less than" bound a share, they tell no change', () => {
  it.each<[string, string, string]>([
    ['en', 'Kazakhstan exported 70 million tonnes of crude, more than 80% of it via the CPC pipeline.', '80%'],
    ['en', 'Air freight carried less than 1% of the corridor’s tonnage.', '1%'],
    ['tr', 'İhracatın yüzde 80’den fazlası KTK üzerinden yapılıyor.', 'yüzde 80’den'],
    ['az', 'İxracın 80 faizdən çoxu KTK vasitəsilə həyata keçirilir.', '80 faizdən'],
  ])('%s: %s', (lang, sentence, words) => {
    const share = extract([sentence], lang, '2025-10-16').find((f) => f.words === words)
    expect([share?.value, share?.metric.endsWith('-share')]).toEqual([Number(/\d+/u.exec(words)?.[0]), true])
  })

  it('guard: tr "yüzde 20 daha fazla" is a rise of 20%', () => {
    expect(extract(['İhracat geçen yıl yüzde 20 daha fazla oldu.'], 'tr').map((f) => f.metric)).toEqual([
      'ihracat-growth',
    ])
  })
})

describe('findQuantities: ages in brackets, a wire’s clock, a month’s day and millimetres', () => {
  it.each<[string, string]>([
    ['az', 'Ələt bələdiyyəsinin sədri Vüqar Rəhimov (58) bildirib ki, liman genişlənir.'],
    ['tr', 'Batum limanı terminal müdürü Giorgi Beridze (47), gemilerin beklemediğini söyledi.'],
    ['en', 'Terminal manager Giorgi Beridze (47) said ships no longer wait.'],
    ['ru', 'Глава терминала Гиорги Беридзе (47) заявил, что суда больше не ждут.'],
    ['en', 'Brent crude was trading near its highs at 1400 GMT.'],
    ['az', 'Büdcə layihəsi dekabrın 10-da saat 15:00-da ictimai müzakirəyə çıxarılacaq.'],
  ])('%s: no figure in %s', (lang, sentence) => {
    expect(figures(lang, sentence)).toEqual([])
  })

  it.each<[string, string, [string, number, string][]]>([
    ['az', 'Azərbaycanda 1520 mm-lik relslər istifadə olunur.', [['1520 mm-lik', 1.52, 'm']]],
    ['ru', 'Ширина колеи в Казахстане — 1520 мм.', [['1520 мм', 1.52, 'm']]],
    ['en', 'Türkiye uses the standard gauge of 1,435 millimetres.', [['1,435 millimetres', 1.435, 'm']]],
    ['tr', 'Türkiye’de 1.435 milimetrelik standart hat kullanılıyor.', [['1.435 milimetrelik', 1.435, 'm']]],
  ])('%s: millimetres are metres: %s', (lang, sentence, expected) => {
    expect(figures(lang, sentence)).toEqual(expected)
  })
})

describe('findQuantities: both ends of a change in a price per tonne are prices per tonne', () => {
  it.each<[string, string, [string, number, string][]]>([
    [
      'az',
      'ADY tranzit tarifini tonu üçün 32 dollardan 27 dollara endirib.',
      [
        ['32 dollardan', 32, 'USD/t'],
        ['27 dollara', 27, 'USD/t'],
      ],
    ],
    [
      'tr',
      'Tarife ton başına 32 dolardan 27 dolara indirildi.',
      [
        ['32 dolardan', 32, 'USD/t'],
        ['27 dolara', 27, 'USD/t'],
      ],
    ],
    [
      'en',
      'The tariff was cut from $32 to $27 a tonne.',
      [
        ['$32', 32, 'USD/t'],
        ['$27 a tonne', 27, 'USD/t'],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(lang, sentence)).toEqual(expected)
  })
})
