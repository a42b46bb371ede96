import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The countries of the figure of `value`, in an article whose first sentences set its own country. */
const countriesOf = (lang: string, home: readonly string[], sentence: string, value: number) =>
  extract([...home, sentence], lang, '2026-07-15').find((f) => f.value === value)?.countries

/** A grid operator's report: the home country, named often, and one neighbour it sells power to. */
const GEORGIAN_GRID: Record<string, string[]> = {
  tr: ['Gürcistan şebekesi dün 42 bin MWh üretti.', 'Gürcistan’ın tüketimi 38 bin MWh oldu.'],
  az: [
    'Azərbaycan energetika sistemi dünən 52 min MVt·saat istehsal edib.',
    'Azərbaycanda istehlak 48 min MVt·saat olub.',
  ],
  en: ['Georgia’s power system generated 42,612 MWh yesterday.', 'Georgia’s consumption was 38,412 MWh.'],
  ru: ['Энергосистема Грузии вчера выработала 42 612 МВт·ч.', 'Потребление в Грузии составило 38 412 МВт·ч.'],
}

describe('figureCountries: power flowing to one neighbour is the home country’s and the neighbour’s', () => {
  it.each<[string, string, number, string[]]>([
    ['en', 'During the outage, flows to Türkiye were limited to 150 MW.', 150, ['GE', 'TR']],
    ['az', 'Gürcüstan istiqamətində ixrac 612,4 milyon kVt·saat təşkil edib.', 612.4e6, ['AZ', 'GE']],
    ['az', 'Gürcüstan istiqamətində ötürmə qabiliyyəti 700 MVt-a endirilib.', 700, ['AZ', 'GE']],
    ['ru', 'Переток в направлении Турции составил 5 200 МВт·ч.', 5.2e6, ['GE', 'TR']],
  ])('%s: %s', (lang, sentence, value, expected) => {
    expect(countriesOf(lang, GEORGIAN_GRID[lang] ?? [], sentence, value)).toEqual(expected)
  })
})

describe('figureCountries: a border has two sides, the one named and the article’s own', () => {
  it.each<[string, string, number, string[]]>([
    ['en', 'Average flow on the Türkiye border was 201 MW.', 201, ['GE', 'TR']],
    ['tr', 'Türkiye sınırında ortalama akış 201 MW oldu.', 201, ['GE', 'TR']],
    ['ru', 'Средний переток на границе с Турцией составил 201 МВт.', 201, ['GE', 'TR']],
  ])('%s: %s', (lang, sentence, value, expected) => {
    const home = [...(GEORGIAN_GRID[lang] ?? []), lang === 'tr' ? 'Türkiye’ye ihracat arttı.' : '']
    expect(countriesOf(lang, home.filter(Boolean), sentence, value)).toEqual(expected)
  })

  it('guard: a country’s own figure with no border or flow stays its own', () => {
    expect(countriesOf('en', GEORGIAN_GRID.en ?? [], 'Türkiye’s peak load reached 55,000 MW.', 55000)).toEqual(['TR'])
  })
})

describe('figureCountries: a Turkish or Azerbaijani writer’s "our" is the writer’s country', () => {
  const codes = (sentences: string[], lang: string) => extract(sentences, lang, '2026-03-19').map((f) => f.countries)

  it('tr: a central bank’s "Bankamız" and "vatandaşlarımız" make China and Kazakhstan no pair of its reserves', () => {
    const sentences = [
      'Bankamız ile Kazakistan Ulusal Bankası arasında takas anlaşması imzalandı.',
      'Yurt dışında çalışan vatandaşlarımızın gönderdiği gelirler 1,12 milyar dolar oldu.',
      'Çin ile ticaret büyüyor; Kazakistan ve Çin pazarları önemli.',
      'Brüt döviz rezervleri 171,2 milyar dolar olarak gerçekleşmiştir.',
    ]
    expect(codes(sentences, 'tr').at(-1)).toEqual([])
  })

  it('guard: "our" inside a quotation is its speaker’s, not the writer’s', () => {
    const sentences = [
      'Kazakistan ile Çin arasındaki ticaret büyüyor.',
      'Bakan, "Ülkemiz Çin ile ticareti artırıyor" dedi.',
      'Kazakistan ve Çin arasındaki ticaret hacmi 30 milyar dolar oldu.',
    ]
    expect(codes(sentences, 'tr').at(-1)).toEqual(['CN', 'KZ'])
  })
})

describe('figureCountries: each partner’s share of a flow the article’s own country makes', () => {
  const codes = (lang: string, sentences: string[], published: string) =>
    extract(sentences, lang, published).map((f) => [f.value, f.countries.join('-')])

  it.each<[string, string[], string, (string | number)[][]]>([
    [
      'en',
      [
        'Kazakhstan imported 142,000 tonnes of lubricants in 2025.',
        'Imports of lubricating oils totalled 148,300 tonnes; Russia supplied 71% of them, China 12% and Türkiye 7%.',
      ],
      '2026-04-10',
      [
        [71, 'KZ-RU'],
        [12, 'CN-KZ'],
        [7, 'KZ-TR'],
      ],
    ],
    [
      'az',
      [
        'Azərbaycan sayğac idxalını artırıb.',
        'İdxalın 61 faizi Türkiyənin, 17 faizi Rusiyanın, 9 faizi isə Qazaxıstanın payına düşüb.',
      ],
      '2026-02-04',
      [
        [61, 'AZ-TR'],
        [17, 'AZ-RU'],
        [9, 'AZ-KZ'],
      ],
    ],
    [
      'en',
      ['Uzbekistan grows almonds.', 'China took 61% of our almond exports in 2025, Kazakhstan 14% and Russia 9%.'],
      '2026-02-17',
      [
        [61, 'CN-UZ'],
        [14, 'KZ-UZ'],
        [9, 'RU-UZ'],
      ],
    ],
  ])('%s: %s', (lang, sentences, published, expected) => {
    expect(codes(lang, sentences, published).filter(([value]) => Number(value) < 100)).toEqual(expected)
  })

  it('guard: shares of a list with no flow stay each country’s own', () => {
    expect(
      codes('en', ['Inflation stays high.', 'Inflation reached 9% in Russia, China 1% and Türkiye 30%.'], '2026-04-10'),
    ).not.toContainEqual([1, 'CN-RU'])
  })
})

describe('figureCountries: a Turkish or Azerbaijani list gives each part of a flow, then its country in a case', () => {
  const codes = (lang: string, sentences: string[]) =>
    extract(sentences, lang, '2026-03-17').map((f) => [f.value, f.countries.join('-')])

  it.each<[string, string[], (string | number)[][]]>([
    [
      'tr',
      [
        'Jet yakıtı piyasası büyüyor.',
        'Kazakistan, geçen yıl yaklaşık 380 bin ton jet yakıtı ithal etti; bunun 140 bin tonu Rusya’dan, 95 bin tonu Azerbaycan’dan geldi.',
      ],
      [
        [140000, 'KZ-RU'],
        [95000, 'AZ-KZ'],
      ],
    ],
    [
      'az',
      [
        'Taxıl bazarı genişlənir.',
        'Azərbaycan ötən il 300 min ton taxıl idxal edib, bunun 120 min tonu Rusiyadan, 80 min tonu Qazaxıstandan gətirilib.',
      ],
      [
        [120000, 'AZ-RU'],
        [80000, 'AZ-KZ'],
      ],
    ],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(codes(lang, sentences).filter(([value]) => Number(value) < 200000)).toEqual(expected)
  })

  it('guard: one country after a share, with no list, is no item of one', () => {
    const sentences = [
      'Kazakistan’da kümes hayvancılığı büyüyor.',
      'Kazakistan’daki 47 broiler işletmesinin kuluçkalık yumurta ihtiyacının yaklaşık yüzde 40’ı Türkiye’den karşılanmaktadır.',
    ]
    expect(codes('tr', sentences)).toContainEqual([40, 'KZ-TR'])
  })

  it('guard: a name ending in -stan is no ablative ("Qazaxıstan kömürü")', () => {
    const sentences = ['Qazaxıstan kömür ixracını artırır.', 'Ötən il Türkiyəyə 640 min ton Qazaxıstan kömürü daşınıb.']
    expect(codes('az', sentences)).toContainEqual([640000, 'KZ-TR'])
  })
})

describe('figureCountries: an Azerbaijani list of a flow’s parts, each then its destination in the dative', () => {
  it('az: "2 870 tonu Rusiya Federasiyasına, 340 tonu isə Belarusa" in an Azerbaijani exporter’s bulletin', () => {
    const sentences = [
      'Azərbaycan sitrus ixracını artırıb.',
      'Ötən ay Azərbaycandan ixrac edilən mandarinin 2 870 tonu Rusiya Federasiyasına, 340 tonu isə Belarusa göndərilmişdir.',
    ]
    const codes = extract(sentences, 'az', '2026-12-05').map((f) => [f.value, f.countries.join('-')])
    expect(codes).toContainEqual([2870, 'AZ-RU'])
    expect(codes).toContainEqual([340, 'AZ-BY'])
  })
})

describe('figureCountries: a list of partners’ shares, each a genitive with its share or a number "with" its country', () => {
  const codes = (lang: string, sentences: string[]) =>
    extract(sentences, lang, '2026-03-17').map((f) => [f.value, f.countries.join('-')])

  it('az: "idxalda Niderlandın payı 24 faiz, Çinin payı 21 faiz" in a Kazakh import', () => {
    const sentences = [
      'Baytarlıq preparatları bazarı böyüyür.',
      'Qazaxıstanın peyvənd idxalı 2025-ci ildə 96 milyon dollar olub; idxalda Niderlandın payı 24 faiz, Çinin payı 21 faiz, Türkiyənin payı 12 faiz olub.',
    ]
    expect(codes('az', sentences)).toEqual(
      expect.arrayContaining([
        [24, 'KZ-NL'],
        [21, 'CN-KZ'],
        [12, 'KZ-TR'],
      ]),
    )
  })

  it('tr: "yüzde 14’le İtalya, yüzde 9’la İspanya" gives each share its own country', () => {
    const sentences = [
      'Asansör ithalatı arttı.',
      'Kazakistan’ın asansör ithalatında Çin ilk sırada; onu yüzde 14’le İtalya, yüzde 9’la İspanya izliyor.',
    ]
    const found = codes('tr', sentences)
    expect(found.find(([value]) => value === 14)?.[1]).toContain('IT')
    expect(found.find(([value]) => value === 9)?.[1]).toContain('ES')
    expect(found.find(([value]) => value === 14)?.[1]).not.toContain('ES')
  })
})
