import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { extract, makeInput, pick } from './figure-input'

describe('extractFigures(input) on seed sentences', () => {
  const trade =
    'Tokayev, ikili ve çok taraflı işbirliği açısından bugünkü görüşmelerin verimli geçtiğini belirterek, "Yakın gelecekte karşılıklı ticaret hacmini 2 katına çıkararak 1 milyar dolara ulaşması için gerekli tedbirlerin alınması konusunda mutabakata vardık." ifadelerini kullandı.'

  it('reads the trade target as a multiplier and a dollar amount with the same metric and horizon', () => {
    const figures = extract([trade], 'tr')
    expect(figures.map(pick)).toEqual([
      {
        metric: 'trade-turnover',
        kind: 'target',
        value: 2,
        valueMax: null,
        unit: 'multiplier',
        qualifier: 'exact',
        words: '2 katına',
      },
      {
        metric: 'trade-turnover',
        kind: 'target',
        value: 1e9,
        valueMax: null,
        unit: 'USD',
        qualifier: 'exact',
        words: '1 milyar dolara',
      },
    ])
    expect(figures.map((f) => f.horizon)).toEqual(['Yakın gelecekte', 'Yakın gelecekte'])
    expect(figures.every((f) => f.deadline === null && f.year === null && f.sectors.includes('trade'))).toBe(true)
  })

  it('keeps the source sentence and points the mention at the quantity', () => {
    const input = makeInput(['Kazakistan ve Azerbaycan görüştü.', trade], 'tr')
    const [first] = extractFigures(input)
    expect(first?.source.quote).toBe(trade)
    expect(first?.source.start).toBe(input.sentences[1]?.start)
    const mention = first?.source.mention
    expect(mention && input.article.text.slice(mention.start, mention.end)).toBe('2 katına')
  })

  it('reads Trans-Caspian freight growth and volume, the route named in the previous sentence', () => {
    const figures = extract(
      [
        "Ayrıca, Hazar Denizi geçişli Trans Hazar Uluslararası Taşımacılık Koridoru'nun geliştirilmesinin öncelik olduğuna dikkat çekti.",
        'Geçen yıl bu hattaki yük trafiği hacmi yüzde 62 artarak 4,5 milyon tona ulaştı.',
      ],
      'tr',
    )
    expect(figures.map(pick)).toEqual([
      {
        metric: 'trans-caspian-freight-growth',
        kind: 'achieved',
        value: 62,
        valueMax: null,
        unit: 'percent',
        qualifier: 'exact',
        words: 'yüzde 62',
      },
      {
        metric: 'trans-caspian-freight',
        kind: 'achieved',
        value: 4.5e6,
        valueMax: null,
        unit: 't',
        qualifier: 'exact',
        words: '4,5 milyon tona',
      },
    ])
    // waits on lexicon/dates: "geçen yıl" in a 2025 article is 2024
    expect(figures.map((f) => f.year)).toEqual([2024, 2024])
  })

  it('reads BTC oil shipped last year and the target to raise "this amount" without a number', () => {
    const figures = extract(
      [
        'Tokayev, Kazak petrolünün Bakü-Tiflis-Ceyhan Petrol Boru Hattı (BTC) ile taşınmasına ilişkin ortak çalışmalardan memnuniyet duyduklarını belirterek, geçen yıl BTC üzerinden 1,5 milyon ton Kazak petrolünün taşındığını ve bu miktarı yakında önemli ölçüde artırmayı hedeflediklerini söyledi.',
      ],
      'tr',
    )
    expect(figures.map(pick)).toEqual([
      {
        metric: 'oil-btc',
        kind: 'achieved',
        value: 1.5e6,
        valueMax: null,
        unit: 't',
        qualifier: 'exact',
        words: '1,5 milyon ton',
      },
      {
        metric: 'oil-btc',
        kind: 'target',
        value: null,
        valueMax: null,
        unit: 't',
        qualifier: 'exact',
        words: 'bu miktarı yakında önemli ölçüde artırmayı hedeflediklerini',
      },
    ])
    expect(figures[1]?.horizon).toBe('yakında')
    expect(figures.every((f) => f.sectors.includes('energy'))).toBe(true)
  })

  it('reads more than 10 high-level visits as a count with no year, and skips the 15 agreements', () => {
    const figures = extract(
      [
        "Aliyev, son 3 yılda iki ülke arasında 10'dan fazla yüksek düzeyde ziyaret gerçekleştirildiğini, bugün alınan kararların her iki tarafa da fayda sağlayacağını kaydetti.",
        'İmzalanan 15 anlaşma ve liderlerin ortak taahhütleri yeni bir dönemin başlangıcı olarak değerlendiriliyor.',
      ],
      'tr',
    )
    expect(figures.map(pick)).toEqual([
      {
        metric: 'high-level-visits',
        kind: 'achieved',
        value: 10,
        valueMax: null,
        unit: 'count',
        qualifier: 'more-than',
        words: "10'dan",
      },
    ])
    expect(figures[0]?.year).toBeNull()
  })

  it('reads the Middle Corridor cargo target ×3 (deadline 2030 waits on lexicon/dates)', () => {
    const [figure, ...rest] = extract(
      [
        'Liderlere, 2030 yılına kadar taşınacak yük hacminin 3 katına çıkmasının öngörüldüğü "Orta Koridoru Geliştirme Projesi" tanıtıldı.',
      ],
      'tr',
    )
    expect(rest).toEqual([])
    expect(figure && pick(figure)).toEqual({
      metric: 'middle-corridor-cargo',
      kind: 'target',
      value: 3,
      valueMax: null,
      unit: 'multiplier',
      qualifier: 'exact',
      words: '3 katına',
    })
    expect(figure?.deadline).toBe('2030')
  })

  it('reads the Azerbaijani trade target, not the oil pipeline named in the next clause', () => {
    const figures = extract(
      [
        'Liderlər bəyan etdilər ki, ticarət dövriyyəsi iki dəfə artırılaraq 1 milyard dollara çatdırılacaq, Qazaxıstan nefti Bakı–Tbilisi–Ceyhan kəməri vasitəsilə daşınacaq, Xəzər dənizi üzərindən fiber-optik kabel çəkiləcək.',
      ],
      'az',
      '2025-10-27',
    )
    expect(figures.map(pick)).toEqual([
      {
        metric: 'trade-turnover',
        kind: 'target',
        value: 2,
        valueMax: null,
        unit: 'multiplier',
        qualifier: 'exact',
        words: 'iki dəfə',
      },
      {
        metric: 'trade-turnover',
        kind: 'target',
        value: 1e9,
        valueMax: null,
        unit: 'USD',
        qualifier: 'exact',
        words: '1 milyard dollara',
      },
    ])
  })

  it.each([
    [
      'ordinals and the partnership year',
      ['Tokayev ve Aliyev, "Anlaşması"nın 20. yılı dolayısıyla kabul edilen Ortak Bildiri\'yi imzaladı.'],
      'tr',
    ],
    [
      'a date and two leaders',
      ['Kazakistan Cumhurbaşkanı, 10 Ekim 2024 tarihinde Türkmenistan’a önemli bir resmi ziyaret gerçekleştirdi.'],
      'tr',
    ],
    [
      'a count of agreements',
      ['İki ülke hükümetleri arasında enerji ve ulaştırma alanlarında 15 işbirliği anlaşması imzalandı.'],
      'tr',
    ],
    ['a duration', ['İki ölkə arasında münasibətlər 20 illik strateji tərəfdaşlıq təcrübəsinə əsaslanır.'], 'az'],
    ['a count of occasions', ['İki lider, 15 anlaşma imzaladı ve 2025 yılında 3 kez görüştü.'], 'tr'],
    [
      'a plan to raise efficiency, not a measure',
      ["Orta Koridor'un verimliliğini ve rekabet gücünü artırmayı hedefleyen girişimler hakkında bilgi aldı."],
      'tr',
    ],
  ])('finds no figure in %s', (_name, sentences, lang) => {
    expect(extract(sentences, lang)).toEqual([])
  })
})

describe('extractFigures(input) on news-copy sentences', () => {
  it.each([
    [
      'container growth and TEU via Georgia',
      "Gürcistan üzerinden taşınan konteyner sayısı geçen yıl yüzde 15 artarak 120 bin TEU'ya ulaştı.",
      'tr',
      [
        ['container-traffic-growth', 'achieved', 15, 'percent', 'yüzde 15'],
        ['container-traffic', 'achieved', 120_000, 'TEU', "120 bin TEU'ya"],
      ],
    ],
    [
      'an Azerbaijani trade plan with Uzbekistan',
      'Özbəkistanla ticarət dövriyyəsinin 2027-ci ilədək 2 milyard dollara çatdırılması planlaşdırılır.',
      'az',
      [['trade-turnover', 'target', 2e9, 'USD', '2 milyard dollara']],
    ],
    [
      'a gas forecast in cubic metres',
      "Türkmenistan'dan Azerbaycan'a doğal gaz sevkiyatının 2026 yılında 2 milyar metreküpe çıkarılması bekleniyor.",
      'tr',
      [['gas-supply', 'forecast', 2e9, 'm3', '2 milyar metreküpe']],
    ],
    [
      'an English grain target',
      'Kazakhstan plans to raise grain exports via the Caspian to 5 million tonnes by 2030.',
      'en',
      [['grain-supply', 'target', 5e6, 't', '5 million tonnes']],
    ],
    [
      'a Russian trade result',
      'Товарооборот между Казахстаном и Азербайджаном в прошлом году вырос на 20% и составил около 600 млн долларов.',
      'ru',
      [
        ['trade-turnover-growth', 'achieved', 20, 'percent', '20%'],
        ['trade-turnover', 'achieved', 6e8, 'USD', '600 млн долларов'],
      ],
    ],
    [
      'Azerbaijani wheat exports, more than',
      'Ötən il Qazaxıstandan Azərbaycana 300 min tondan çox buğda ixrac olunub.',
      'az',
      [['wheat-supply', 'achieved', 3e5, 't', '300 min tondan']],
    ],
    [
      'an English "double to $2 billion"',
      'The two countries aim to double bilateral trade to $2 billion in the coming years.',
      'en',
      [
        ['trade-turnover', 'target', 2, 'multiplier', 'double'],
        ['trade-turnover', 'target', 2e9, 'USD', '$2 billion'],
      ],
    ],
    [
      'a Turkish cotton export with no known metric',
      "Özbekistan'dan Türkiye'ye pamuk ihracatı geçen yıl 150 bin tona ulaştı.",
      'tr',
      [['pamuk-ihracati', 'achieved', 150_000, 't', '150 bin tona']],
    ],
    [
      'Azerbaijani gas exports, about',
      'Azərbaycan 2024-cü ildə Türkiyəyə təxminən 12 milyard kubmetr qaz ixrac edib.',
      'az',
      [['gas-supply', 'achieved', 12e9, 'm3', '12 milyard kubmetr']],
    ],
  ])('reads %s', (_name, sentence, lang, expected) => {
    const figures = extract([sentence], lang)
    expect(figures.map((f) => [f.metric, f.kind, f.value, f.unit, f.words])).toEqual(expected)
  })

  it.each([
    [
      'a rise over a base year, dated by "ötən il" and not by the base',
      'Limanda ötən il 68 min TEU konteyner aşırılıb, bu, 2023-cü illə müqayisədə 20 faiz çoxdur.',
      'az',
      [
        ['container-traffic', 'achieved', 68_000, 2024, null],
        ['container-traffic-growth', 'achieved', 20, 2024, null],
      ],
    ],
    [
      'a Russian rise over 2023 only, which makes it 2024 in a 2025 article',
      'Объём перевозок вырос на 8% по сравнению с 2023 годом.',
      'ru',
      [['freight-volume-growth', 'achieved', 8, 2024, null]],
    ],
    [
      'a Turkish "kararlıyız" as a target with a deadline',
      'Erdoğan, "Ticaret hacmimizi 2028 yılına kadar 15 milyar dolara çıkarmakta kararlıyız." dedi.',
      'tr',
      [['trade-turnover', 'target', 15e9, null, '2028']],
    ],
    [
      'an English "could double" as a forecast',
      'Officials said the country could double its gas exports by 2030.',
      'en',
      [['gas-supply', 'forecast', 2, null, '2030']],
    ],
  ])('dates %s (waits on lexicon/dates)', (_name, sentence, lang, expected) => {
    const figures = extract([sentence], lang, '2025-04-15')
    expect(figures.map((f) => [f.metric, f.kind, f.value, f.year, f.deadline])).toEqual(expected)
  })

  it('reads a forecast range with an open horizon, not a date inside the horizon', () => {
    const [figure] = extract(
      ["Aktau Limanı üzerinden Bakü'ye taşınan yük hacminin önümüzdeki yıllarda 3-4 milyon tona ulaşması öngörülüyor."],
      'tr',
    )
    expect(figure && { ...pick(figure), horizon: figure.horizon, deadline: figure.deadline }).toEqual({
      metric: 'freight-volume',
      kind: 'target',
      value: 3e6,
      valueMax: 4e6,
      unit: 't',
      qualifier: 'exact',
      words: '3-4 milyon tona',
      horizon: 'önümüzdeki yıllarda',
      deadline: null,
    })
  })

  it('names the countries of the sentence (waits on lexicon/countries)', () => {
    const [growth] = extract(
      ["Gürcistan üzerinden taşınan konteyner sayısı geçen yıl yüzde 15 artarak 120 bin TEU'ya ulaştı."],
      'tr',
    )
    expect(growth?.countries).toEqual(['GE'])
  })

  it('falls back to the two countries the article names most when the sentence names none', () => {
    const figures = extract(
      [
        "Kazakistan ile Azerbaycan arasındaki ilişkiler gelişiyor; Kazakistan ve Azerbaycan liderleri Bakü'de bir araya geldi.",
        'Karşılıklı ticaret hacmi geçen yıl 500 milyon dolara ulaştı.',
      ],
      'tr',
    )
    expect(figures.map((f) => f.countries)).toEqual([['AZ', 'KZ']])
  })
})
