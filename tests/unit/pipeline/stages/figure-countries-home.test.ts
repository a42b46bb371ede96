import { describe, expect, it } from 'vitest'
import { partyMentions } from '../../../../src/pipeline/stages/party-mentions'
import { extract } from './figure-input'

/** The countries of each figure the sentences give, in order. */
const countries = (sentences: string[], lang: string) => extract(sentences, lang).map((f) => f.countries)

describe('partyMentions: a destination after "via X to" is no country passed through', () => {
  it.each<[string, string, string[]]>([
    ['en', 'Kazakh grain shipped via Turkmenbashi to Azerbaijan grew.', ['KZ:plain', 'TM:transit', 'AZ:plain']],
    ['ru', 'Казахстанское зерно отправили через Туркменбаши в Азербайджан.', ['KZ:plain', 'TM:transit', 'AZ:plain']],
  ])('%s: %s', (lang, text, roles) => {
    expect(partyMentions(text, lang).map((m) => `${m.code}:${m.role}`)).toEqual(roles)
  })

  it('guard: ru "через Туркменистан" is still passed through', () => {
    expect(partyMentions('Груз прошел через Туркменистан.', 'ru').map((m) => m.role)).toEqual(['transit'])
  })
})

describe('figureCountries: the two ends of a flow, when the sentence names them in other ways', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'en: a demonym, then "via X to Y"',
      'en',
      ['Kazakh grain shipped via Turkmenbashi to Azerbaijan reached 410,000 tonnes.'],
      ['AZ', 'KZ'],
    ],
    [
      'tr: "Türk turist" are Türkiye’s travellers',
      'tr',
      ["Özbekistan'ı geçen yıl ziyaret eden Türk turist sayısı 96 bine ulaştı."],
      ['TR', 'UZ'],
    ],
    [
      'az: "türk turistlərin" too',
      'az',
      ['Bakıya gələn türk turistlərin sayı ötən il 850 min nəfər olub.'],
      ['AZ', 'TR'],
    ],
  ])('%s', (_name, lang, sentences, codes) => {
    expect(countries(sentences, lang)).toEqual([codes])
  })
})

describe('figureCountries: "the country’s economy" and "the country" as a subject are the country named before', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'ru "в экономику страны"',
      'ru',
      [
        'Грузия и Казахстан расширяют сотрудничество.',
        'Казахстанские инвестиции в экономику страны превысили 700 млн долларов.',
      ],
      ['GE', 'KZ'],
    ],
    [
      'ru "в экономику республики"',
      'ru',
      [
        'Казахстан и Китай обсудили в Астане новые проекты.',
        'Объем китайских инвестиций в экономику республики превысил 25 млрд долларов.',
      ],
      ['CN', 'KZ'],
    ],
    [
      'tr "Ülke" after a colon',
      'tr',
      [
        "Kazakistan ise hâlâ net ithalatçı konumunda: Ülke 2024'te Rusya'dan yaklaşık 1,8 milyar kilovatsaat elektrik satın aldı.",
      ],
      ['KZ', 'RU'],
    ],
    [
      'az "ölkə" after a colon',
      'az',
      [
        'Azərbaycan və Qazaxıstan kabel layihəsini müzakirə edib.',
        'Qazaxıstan hələ də xalis idxalçıdır: ölkə 2024-cü ildə Rusiyadan 1,8 milyard kilovat-saat elektrik alıb.',
      ],
      ['KZ', 'RU'],
    ],
    [
      'en "the country" after a colon',
      'en',
      [
        'Azerbaijan and Kazakhstan discussed the cable.',
        'Kazakhstan is still a net importer: the country bought 1.8 billion kWh of electricity from Russia in 2024.',
      ],
      ['KZ', 'RU'],
    ],
  ])('%s', (_name, lang, sentences, codes) => {
    expect(countries(sentences, lang)).toEqual([codes])
  })

  it('guard: with no country before it in the sentence, "Ülke" gives no guessed partner', () => {
    const sentences = [
      'Azerbaycan ve Kazakistan kablo projesini görüştü.',
      "Ülke 2024'te Rusya'dan 1,8 milyar kilovatsaat elektrik satın aldı.",
    ]
    expect(countries(sentences, 'tr')).toEqual([['RU']])
  })
})

describe('figureCountries: a built line lies in the countries it runs through', () => {
  it.each<[string, string, string[]]>([
    [
      'en',
      'The 523-kilometre railway will run from Kashgar in western China through Kyrgyzstan to Andijan in Uzbekistan.',
      ['CN', 'KG', 'UZ'],
    ],
    ['ru', 'Железная дорога длиной 523 км пройдет из Кашгара через Киргизию до Андижана.', ['CN', 'KG', 'UZ']],
  ])('%s: %s', (lang, sentence, codes) => {
    expect(countries([sentence], lang)).toEqual([codes])
  })

  it('guard: goods sent by rail through Iran do not make Iran a party (tr)', () => {
    const sentence = "Türkiye'den İran üzerinden demiryoluyla Kazakistan'a gönderilen yük 186 bin tona ulaştı."
    expect(countries([sentence], 'tr')).toEqual([['KZ', 'TR']])
  })
})

describe('figureCountries: people or parcels coming from one country, in a Turkish or Azerbaijani round-up, come to the writer’s', () => {
  it.each<[string, string[], string[][]]>([
    [
      'tr',
      [
        'Gürcistan, Azerbaycan ve Orta Asya’dan turist akını sürüyor.',
        'Kazakistan’dan gelenler bu yıl 310 bine ulaştı.',
      ],
      [['KZ', 'TR']],
    ],
    [
      'az',
      ['Gürcüstan, Qazaxıstan və Özbəkistanla əlaqələr genişlənir.', 'Çindən gələn bağlamaların sayı 2 milyon olub.'],
      [['AZ', 'CN']],
    ],
  ])('%s', (lang, sentences, expected) => {
    expect(extract(sentences, lang).map((f) => f.countries)).toEqual(expected)
  })

  it.each<[string, string[], string[][]]>([
    ['tr', ['Gürcistan’a Azerbaycan’dan gelen turist sayısı 1,2 milyona ulaştı.'], [['AZ', 'GE']]],
    ['en', ['Visitors who came from Kazakhstan numbered 310,000 this year.'], [['KZ']]],
  ])('guard: %s both ends named, or no writer’s country to read', (lang, sentences, expected) => {
    expect(extract(sentences, lang).map((f) => f.countries)).toEqual(expected)
  })
})

describe('figureCountries: purchases from one country, in a Turkish or Azerbaijani report on the writer’s own trade', () => {
  it.each<[string, string[], string[]]>([
    [
      'tr',
      [
        'Özbekistan’ın Türkiye’ye iplik ihracatı 2025’te 900 milyon dolara ulaştı.',
        'Özbekistan, Türkiye pazarındaki payını artırdı.',
        'Özbekistan iplik üretiminde bölgenin lideri.',
        'Hindistan’dan yapılan iplik alımları 2025’te yüzde 17 azaldı.',
      ],
      ['IN', 'TR'],
    ],
    [
      'az',
      [
        'Qazaxıstanın Azərbaycana buğda ixracı 2025-ci ildə 600 min tona çatıb.',
        'Qazaxıstan bazarda payını artırıb.',
        'Qazaxıstan regionun əsas taxıl ixracatçısıdır.',
        'Rusiyadan alınan buğda isə 2025-ci ildə 95 min ton olub.',
      ],
      ['AZ', 'RU'],
    ],
  ])('%s', (lang, sentences, expected) => {
    expect(countries(sentences, lang).at(-1)).toEqual(expected)
  })
})

describe('figureCountries: a flow from one source among parallel sources goes to the article’s other main country', () => {
  // a Kazakh survey of imports: Georgia and Azerbaijan both only ever send, Kazakhstan buys
  const survey = (lang: string, sentences: string[]) => extract(sentences, lang).at(-1)?.countries

  it.each<[string, string[]]>([
    [
      'ru',
      [
        'Казахстанские сети закупают вино из Грузии.',
        'Поставки вина из Грузии в Казахстан выросли.',
        'Грузинское вино занимает треть полок в Казахстане.',
        'Вино из Грузии дешевеет, а грузинские винодельни расширяют экспорт.',
        'Импорт чая из Азербайджана вырос на 27% и составил 3,4 тыс. тонн.',
      ],
    ],
    [
      'en',
      [
        'Kazakh chains buy wine from Georgia.',
        'Wine shipments from Georgia to Kazakhstan grew.',
        'Georgian wine fills a third of the shelves in Kazakhstan.',
        'Wine from Georgia is getting cheaper as Georgian wineries expand exports.',
        'Imports of tea from Azerbaijan rose by 27% to 3,400 tonnes.',
      ],
    ],
  ])('%s', (lang, sentences) => {
    expect(survey(lang, sentences)).toEqual(['AZ', 'KZ'])
  })
})
