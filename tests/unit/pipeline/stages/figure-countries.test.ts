import { describe, expect, it } from 'vitest'
import { partyMentions } from '../../../../src/pipeline/stages/party-mentions'
import { extract } from './figure-input'

/** The countries of each figure the sentences give, in order. */
const countries = (sentences: string[], lang: string) => extract(sentences, lang).map((f) => f.countries)

describe('partyMentions: a currency’s country is no party', () => {
  it.each([
    ['az "ABŞ dolları"', 'az', 'Azərbaycan Türkiyəyə 12 milyard ABŞ dolları dəyərində qaz ixrac edib.', ['AZ', 'TR']],
    ['tr "ABD doları"', 'tr', 'Türkiye, Özbekistan’a 5 milyar ABD doları yatırım yaptı.', ['TR', 'UZ']],
    ['en "US dollars"', 'en', 'Kazakhstan earned 300 million US dollars from grain sales to Azerbaijan.', ['KZ', 'AZ']],
    ['ru "долларов США"', 'ru', 'Экспорт Казахстана в Азербайджан составил 300 млн долларов США.', ['KZ', 'AZ']],
    ['az "ABŞ senti"', 'az', 'Azərbaycanda 1 kVt·saat üçün tarif 4,1 ABŞ senti olacaq.', ['AZ']],
    ['tr "ABD senti"', 'tr', 'Kazakistan’da elektriğin fiyatı 6 ABD senti oldu.', ['KZ']],
    ['en "US cents"', 'en', 'Uzbekistan pays 3.9 US cents a kilowatt-hour.', ['UZ']],
    ['ru "центов США"', 'ru', 'В Казахстане тариф составит 5 центов США за кВт·ч.', ['KZ']],
  ])('%s', (_name, lang, text, codes) => {
    expect(partyMentions(text, lang).map((m) => m.code)).toEqual(codes)
  })

  it('still names the United States as a party when no currency follows (az "ABŞ ilə")', () => {
    expect(partyMentions('Azərbaycan ABŞ ilə enerji dialoqunu davam etdirir.', 'az').map((m) => m.code)).toEqual([
      'AZ',
      'US',
    ])
  })

  it('reads ru "Туркмения" as Turkmenistan', () => {
    const text = 'Туркмения и Азербайджан подписали соглашение о газе.'
    expect(partyMentions(text, 'ru').map((m) => m.code)).toEqual(['TM', 'AZ'])
  })
})

describe('figureCountries: a comitative partner pairs with the clause’s other party, else the article’s main country', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'az "Türkmənistanla" in a Kazakh report',
      'az',
      [
        'Qazaxıstan Prezidenti Tokayev Astanada mətbuat konfransı keçirib.',
        'Türkmənistanla ticarət dövriyyəsi ötən il 540 milyon dollar təşkil edib.',
      ],
      ['KZ', 'TM'],
    ],
    [
      'tr "Gürcistan’la" in a Kazakh report',
      'tr',
      [
        'Kazakistan Cumhurbaşkanı Tokayev Astana’da açıklama yaptı.',
        'Gürcistan’la ticaret hacmi geçen yıl 250 milyon dolara ulaştı.',
      ],
      ['GE', 'KZ'],
    ],
    [
      'en "trade with Georgia" in a Kazakh report',
      'en',
      [
        'Kazakhstan’s President Tokayev held talks in Astana on Monday.',
        'Trade with Georgia reached $180 million last year.',
      ],
      ['GE', 'KZ'],
    ],
    [
      'ru "с Азербайджаном" in a Kazakh report',
      'ru',
      [
        'Президент Казахстана провёл переговоры в Астане.',
        'Товарооборот с Азербайджаном в прошлом году составил 600 млн долларов.',
      ],
      ['AZ', 'KZ'],
    ],
    [
      'az "Qazaxıstanın Azərbaycanla" in an Uzbek report: the clause’s other party',
      'az',
      [
        'Özbəkistan Prezidenti Şavkat Mirziyoyev Daşkənddə jurnalistlərlə görüşüb.',
        'Qazaxıstanın Azərbaycanla ticarəti ötən il 500 milyon dollar olub.',
      ],
      ['AZ', 'KZ'],
    ],
    [
      'en "Kazakhstan’s trade with Azerbaijan" in an Uzbek report',
      'en',
      [
        'Uzbekistan’s President Shavkat Mirziyoyev spoke to reporters in Tashkent.',
        'Kazakhstan’s trade with Azerbaijan reached $500 million last year.',
      ],
      ['AZ', 'KZ'],
    ],
  ])('%s', (_name, lang, sentences, expected) => {
    expect(countries(sentences, lang)).toEqual([expected])
  })
})

describe('figureCountries: a joined pair wins over the other names of the clause', () => {
  it.each([
    [
      'az "Qazaxıstan ilə Gürcüstan arasında"',
      'az',
      'Qazaxıstanın xarici işlər naziri Bakıda bildirib ki, ötən il Qazaxıstan ilə Gürcüstan arasında ticarət dövriyyəsi 200 milyon dollar olub.',
    ],
    [
      'tr "Kazakistan ile Gürcistan arasındaki"',
      'tr',
      'Kazakistan Dışişleri Bakanı Bakü’de yaptığı açıklamada Kazakistan ile Gürcistan arasındaki ticaretin geçen yıl 200 milyon dolara ulaştığını söyledi.',
    ],
    [
      'en "between Kazakhstan and Georgia"',
      'en',
      'Kazakhstan’s foreign minister said in Baku that trade between Kazakhstan and Georgia reached $200 million last year.',
    ],
    [
      'ru "товарооборот Казахстана и Грузии"',
      'ru',
      'Глава МИД Казахстана заявил в Баку, что товарооборот Казахстана и Грузии в прошлом году составил 200 млн долларов.',
    ],
  ])('%s, not Baku’s Azerbaijan', (_name, lang, sentence) => {
    expect(countries([sentence], lang)).toEqual([['GE', 'KZ']])
  })
})

describe('figureCountries: the nearest structure wins, one before the figure first', () => {
  it.each<[string, string, string]>([
    [
      'en two "with" partners, each before its figure',
      'en',
      'Last year Kazakhstan’s trade with Azerbaijan reached $500 million and trade with Georgia stood at $180 million.',
    ],
    [
      'ru "с Азербайджаном … , с Грузией –": the partner before beats the nearer one after',
      'ru',
      'Товарооборот Казахстана с Азербайджаном в прошлом году составил 500 млн долларов, с Грузией – 180 млн долларов.',
    ],
  ])('%s', (_name, lang, sentence) => {
    expect(countries([sentence], lang)).toEqual([
      ['AZ', 'KZ'],
      ['GE', 'KZ'],
    ])
  })
})

describe('figureCountries: an appositive between the partner and the figure keeps the pair', () => {
  it.each<[string, string, string, string[]]>([
    [
      'en "trade with Uzbekistan, Kazakhstan’s largest partner …, reached"',
      'en',
      'Trade with Uzbekistan, Kazakhstan’s largest partner in Central Asia, reached $4.6 billion last year.',
      ['KZ', 'UZ'],
    ],
    [
      'tr "Özbekistan ile ticaret, Kazakistan’ın … ortağı, … ulaştı"',
      'tr',
      'Özbekistan ile ticaret, Kazakistan’ın bölgedeki en büyük ortağı, geçen yıl 4,6 milyar dolara ulaştı.',
      ['KZ', 'UZ'],
    ],
  ])('%s', (_name, lang, sentence, pair) => {
    expect(countries([sentence], lang).map((codes) => [...codes].sort())).toEqual([pair])
  })
})

describe('figureCountries: a country passed through is a party only when no other is named', () => {
  it.each<[string, string, string, string[]]>([
    ['tr "Türkmenistan üzerinden"', 'tr', 'Geçen yıl Türkmenistan üzerinden 2 milyon ton yük taşındı.', ['TM']],
    ['az "Gürcüstan vasitəsilə"', 'az', 'Ötən il Gürcüstan vasitəsilə 3 milyon ton yük daşınıb.', ['GE']],
    ['en "through Georgia"', 'en', 'Last year 3 million tonnes of cargo moved through Georgia.', ['GE']],
    ['ru "через Казахстан"', 'ru', 'Через Казахстан в прошлом году прошло 1,2 млн TEU транзитных контейнеров.', ['KZ']],
    [
      'en "through Azerbaijan and Georgia" after "Kazakh oil"',
      'en',
      'Last year 2 million tonnes of Kazakh oil was shipped through Azerbaijan and Georgia.',
      ['KZ'],
    ],
  ])('%s', (_name, lang, sentence, expected) => {
    expect(countries([sentence], lang)).toEqual([expected])
  })

  // 7c6471e: "one side and the one country its cargo passes through are a pair"
  it.each<[string, string, string, string[]]>([
    [
      'tr "Türkmenistan üzerinden İran’a"',
      'tr',
      'Geçen yıl Türkmenistan üzerinden İran’a 2 milyon ton yük taşındı.',
      ['IR', 'TM'],
    ],
    [
      'az "Gürcüstan vasitəsilə Türkiyəyə"',
      'az',
      'Ötən il Gürcüstan vasitəsilə Türkiyəyə 3 milyon ton yük daşınıb.',
      ['GE', 'TR'],
    ],
    [
      'en "through Georgia to Turkey"',
      'en',
      'Last year 3 million tonnes of cargo moved through Georgia to Turkey.',
      ['GE', 'TR'],
    ],
    [
      'ru "через Казахстан в Китай"',
      'ru',
      'Через Казахстан в Китай в прошлом году ушло 1,2 млн TEU контейнеров.',
      ['CN', 'KZ'],
    ],
  ])('pairs one side with the one country passed through: %s', (_name, lang, sentence, expected) => {
    expect(countries([sentence], lang)).toEqual([expected])
  })
})

describe('figureCountries: the stops of a route of three or more are parties only when nothing else is named', () => {
  it.each<[string, string, string, string[]]>([
    [
      'tr "Bakü–Tiflis–Kars" alone',
      'tr',
      'Geçen yıl Bakü–Tiflis–Kars demiryolu ile 1,5 milyon ton yük taşındı.',
      ['AZ', 'GE', 'TR'],
    ],
    [
      'en "Baku–Tbilisi–Kars" alone',
      'en',
      'Last year the Baku–Tbilisi–Kars railway carried 1.5 million tonnes of cargo.',
      ['AZ', 'GE', 'TR'],
    ],
    [
      'ru "Баку–Тбилиси–Карс" alone',
      'ru',
      'В прошлом году по железной дороге Баку–Тбилиси–Карс перевезено 1,5 млн тонн грузов.',
      ['AZ', 'GE', 'TR'],
    ],
    [
      // the stops are no parties; the pipeline's own country is the shipper's other side (figure-route.test.ts)
      'az "Bakı–Tbilisi–Ceyhan" with "Qazaxıstanın": Kazakhstan and the line’s Azerbaijan',
      'az',
      'Ötən il Bakı–Tbilisi–Ceyhan kəməri ilə Qazaxıstanın 1,5 milyon ton nefti nəql edilib.',
      ['AZ', 'KZ'],
    ],
    [
      'tr "Bakü–Tiflis–Kars" with "Kazakistan’dan"',
      'tr',
      'Geçen yıl Kazakistan’dan Bakü–Tiflis–Kars demiryolu ile 1,5 milyon ton yük taşındı.',
      ['KZ'],
    ],
  ])('%s', (_name, lang, sentence, expected) => {
    expect(countries([sentence], lang)).toEqual([expected])
  })
})

describe('figureCountries: country names in their local forms', () => {
  it('files ru "Туркмения" figures under TM', () => {
    expect(countries(['Туркмения в прошлом году экспортировала 30 млрд кубометров газа.'], 'ru')).toEqual([['TM']])
  })
})

describe('extractFigures: a count of documents behind two adjectives is an agreement, not a figure', () => {
  it.each([
    ['ru', 'Президенты подписали 14 межгосударственных и межправительственных документов.'],
    ['en', 'The presidents signed 14 interstate and intergovernmental documents.'],
    ['tr', 'Cumhurbaşkanları 14 devletlerarası ve hükümetlerarası belge imzaladı.'],
    ['az', 'Prezidentlər 14 dövlətlərarası və hökumətlərarası sənəd imzalayıblar.'],
  ])('%s', (lang, sentence) => {
    expect(countries([sentence], lang)).toEqual([])
  })
})

describe('figureCountries: two known leaders joined as one subject name the pair when no country is named', () => {
  it.each([
    ['en', 'Presidents Shavkat Mirziyoyev and Recep Tayyip Erdoğan have set a target of $5 billion.', ['TR', 'UZ']],
    ['tr', 'Aliyev ile Tokayev ticaret hacmini 1 milyar dolara çıkarma hedefi koydu.', ['AZ', 'KZ']],
    ['ru', 'Токаев и Мирзиёев поставили цель довести товарооборот до 10 млрд долларов.', ['KZ', 'UZ']],
    ['az', 'İlham Əliyev və Serdar Berdimuhamedov ticarəti 1 milyard dollara çatdırmağı qərara alıblar.', ['AZ', 'TM']],
  ])('%s', (lang, sentence, pair) => {
    expect(countries([sentence], lang).map((codes) => [...codes].sort())).toEqual([pair])
  })

  it('leaves a named pair to the countries the clause names (en)', () => {
    const sentence = 'Aliyev and Tokayev said trade between Azerbaijan and Georgia reached $900 million.'
    expect(countries([sentence], 'en').map((codes) => [...codes].sort())).toEqual([['AZ', 'GE']])
  })
})

describe('figureCountries: in a list of countries each by its own number, a figure is its own country’s', () => {
  it.each<[string, string, string[][]]>([
    ['en', 'Türkiye supplied 41% of the value, China 27% and Russia 19%.', [['TR'], ['CN'], ['RU']]],
    ['ru', 'Из них 71% пришлось на Россию и 24% – на Казахстан.', [['RU'], ['KZ']]],
    ['tr', 'Payların dağılımı şöyle: Çin 27%, Rusya 19%.', [['CN'], ['RU']]],
    ['az', 'Paylar belədir: Çin – 27 faiz, Rusiya – 19 faiz.', [['CN'], ['RU']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries([text], lang).filter((c) => c.length > 0)).toEqual(expected)
  })

  it('guard: a flow between two countries keeps its pair', () => {
    expect(countries(['Exports from Azerbaijan to Kazakhstan reached 5 million tonnes.'], 'en')).toEqual([['AZ', 'KZ']])
  })
})
