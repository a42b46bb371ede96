import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, kind, year and deadline, in an article of 21 September 2026. */
const read = (sentences: string[], lang: string) =>
  extract(sentences, lang, '2026-09-21').map((f) => [f.words, f.kind, f.year, f.deadline])

describe('extractFigures: a term that takes effect on a day still ahead is a target by that day', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'ru',
      'С 1 октября 2026 года сбор за оформление коносамента повышается с 30 до 35 USD.',
      [
        ['30', 'achieved', 2026, null],
        ['35 USD', 'target', null, '2026-10-01'],
      ],
    ],
    [
      'en',
      'From 1 October 2026 the documentation fee rises from USD 30 to USD 35 per bill of lading.',
      [
        ['USD 30', 'achieved', 2026, null],
        ['USD 35', 'target', null, '2026-10-01'],
      ],
    ],
    [
      'tr',
      "1 Ekim'den itibaren konşimento ücreti 35 USD olarak uygulanıyor.",
      [['35 USD', 'target', null, '2026-10-01']],
    ],
    [
      'az',
      'Noyabrın 1-dən etibarən gecikmə haqqı gündə 25 dollardır.',
      [['25 dollardır', 'target', null, '2026-11-01']],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(read([sentence], lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number | null)[]]>([
    // a day already gone: the term is in force
    ['en', 'From 1 September the line charges USD 450 per container.', ['USD 450', 'achieved', 2026, null]],
    // a past tense told of what took effect
    ['az', '1 oktyabrdan etibarən tarif 40 manat olub.', ['40 manat', 'achieved', 2025, null]],
    // a bracket's fact aside from the clause's term
    [
      'ru',
      'Т/х «Гобустан» (вместимость 650 TEU) с 5 октября выводится из эксплуатации.',
      ['650 TEU', 'achieved', 2026, null],
    ],
  ])('guard, %s: %s', (lang, sentence, expected) => {
    expect(read([sentence], lang)).toEqual([expected])
  })
})

describe('extractFigures: the old values a bracket gives after "ранее" are what was', () => {
  it('ru: both values of "(ранее — 10 и 8 суток)" are achieved, the new terms targets', () => {
    const found = read(
      ['Бесплатное время составит 7 календарных суток в Аляте и 5 суток в Актау (ранее — 10 и 8 суток).'],
      'ru',
    ).map(([words, kind]) => [words, kind])
    expect(found).toEqual([
      ['7 календарных суток', 'target'],
      ['5 суток', 'target'],
      ['10', 'achieved'],
      ['8 суток', 'achieved'],
    ])
  })

  it('guard: "ранее сообщалось" reports an earlier word, not an earlier value', () => {
    const found = read(['Ранее сообщалось, что товарооборот достигнет 5 млрд долларов.'], 'ru')
    expect(found.map(([, kind]) => kind)).toEqual(['target'])
  })
})

describe('extractFigures: a bulletin’s weather and a notice’s numbered items are no figures', () => {
  it.each<[string, string]>([
    ['ru', 'Ветер северо-западный 14–17 м/с, порывы до 23 м/с, к вечеру 12 ноября ослабление до 8–10 м/с.'],
    ['ru', 'Волнение моря 4–5 баллов, видимость 300 м.'],
    ['tr', 'Kuzeydoğulu rüzgârın 27.01.2026 akşam saatlerinden itibaren 6–7 kuvvetinde esmesi bekleniyor.'],
    ['en', 'Winds of 15–20 m/s are forecast for Thursday, with visibility down to 500 m.'],
    ['tr', '10 - Konsorsiyum olarak ihaleye teklif verilemez.'],
    // a force on a scale or a distance seen, even as a fact told in the past or a condition
    ['tr', 'Sabah saatlerinde yoğun sis nedeniyle görüş mesafesi yer yer 200 metreye kadar düştü.'],
    ['az', 'Səhər saatlarında sıx duman səbəbindən görünmə məsafəsi 300 metrə qədər azalıb.'],
    ['en', 'Yesterday morning visibility fell to 300 m in dense fog.'],
    ['ru', 'Утром видимость из-за тумана снизилась до 200 м.'],
  ])('%s: %s', (lang, sentence) => {
    expect(read([sentence], lang)).toEqual([])
  })

  it('guard: a wave’s height and a gust in km/h are read', () => {
    expect(
      read(['Штормовое предупреждение: северо-западный ветер, высота волн до 4 м.'], 'ru').map(([words]) => words),
    ).toEqual(['4 м'])
    expect(read(['A winter storm brought gusts of up to 110 km/h.'], 'en').map(([words]) => words)).toEqual([
      '110 km/h',
    ])
  })

  it('tr: a wind’s force named as a condition counts nothing, the tugs it calls for do', () => {
    const found = read(
      ['Rüzgâr 6 kuvvetin üzerinde olduğu sürece yanaşmalarda en az 2 römorkör kullanılması zorunludur.'],
      'tr',
    )
    expect(found.map(([words]) => words)).toEqual(['2'])
  })

  it('guard: a storm’s past peak is a fact the report tells', () => {
    expect(read(['Ветер, порывы которого в среду достигали 32 м/с, сорвал с якоря два судна.'], 'ru')[0]).toEqual([
      '32 м/с',
      'achieved',
      2026,
      null,
    ])
  })
})
