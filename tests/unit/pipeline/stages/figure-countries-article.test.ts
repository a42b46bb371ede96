import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The countries of each figure the sentences give, in order. */
const countries = (sentences: string[], lang: string) => extract(sentences, lang).map((f) => f.countries)

describe('figureCountries: "the two countries" is the previous figure’s pair, else the article’s', () => {
  it.each<[string, string, string[]]>([
    [
      'tr "iki ülke arasındaki"',
      'tr',
      [
        'Azerbaycan ve Kazakistan liderleri Bakü’de görüştü.',
        'İki ülke arasındaki ticaret hacmi geçen yıl 500 milyon dolar oldu.',
      ],
    ],
    [
      'en "the two countries"',
      'en',
      [
        'Azerbaijan and Kazakhstan leaders met in Baku.',
        'Trade between the two countries reached $500 million last year.',
      ],
    ],
    [
      'ru "между двумя странами"',
      'ru',
      [
        'Президенты Азербайджана и Казахстана встретились в Баку.',
        'Товарооборот между двумя странами в прошлом году составил 500 млн долларов.',
      ],
    ],
  ])('%s with no figure before: the article’s pair', (_name, lang, sentences) => {
    expect(countries(sentences, lang)).toEqual([['AZ', 'KZ']])
  })

  it('az "iki ölkə" after a Turkmen–Uzbek figure is that pair, not the article’s Azerbaijani–Kazakh one', () => {
    const sentences = [
      'Azərbaycan və Qazaxıstan liderləri Bakıda görüşüblər.',
      'Türkmənistan ilə Özbəkistan arasında ticarət 300 milyon dollar olub.',
      'İki ölkə arasında ticarət dövriyyəsi ötən il 1 milyard dollar olub.',
    ]
    expect(countries(sentences, 'az')).toEqual([
      ['TM', 'UZ'],
      ['TM', 'UZ'],
    ])
  })
})

describe('figureCountries: a figure that refers back takes the previous figure’s countries', () => {
  const KZ_UZ = {
    az: 'Qazaxıstan və Özbəkistan liderləri Astanada görüşüb, Qazaxıstan Özbəkistana limanlarından istifadəni təklif edib.',
    tr: 'Kazakistan ve Özbekistan liderleri Astana’da görüştü; Kazakistan, Özbekistan’a limanlarını açmayı teklif etti.',
    en: 'Kazakhstan and Uzbekistan leaders met in Astana, where Kazakhstan offered Uzbekistan access to its ports.',
    ru: 'Лидеры Казахстана и Узбекистана встретились в Астане, где Казахстан предложил Узбекистану доступ к портам.',
  }
  it.each<[string, keyof typeof KZ_UZ, string, string]>([
    [
      'az "bu göstəricini"',
      'az',
      'Ötən il Azərbaycan ilə Türkmənistan arasında ticarət dövriyyəsi 400 milyon dollar təşkil edib.',
      'Hökumətlər bu göstəricini 2027-ci ilədək 1 milyard dollara çatdırmağı planlaşdırırlar.',
    ],
    [
      'tr "bu rakamı"',
      'tr',
      'Geçen yıl Azerbaycan ile Türkmenistan arasındaki ticaret hacmi 400 milyon dolar oldu.',
      'Hükümetler bu rakamı 2027 yılına kadar 1 milyar dolara çıkarmayı hedefliyor.',
    ],
    [
      'en "that figure"',
      'en',
      'Trade between Azerbaijan and Turkmenistan reached $400 million last year.',
      'Officials plan to raise that figure to $1 billion by 2027.',
    ],
    [
      'ru "довести его"',
      'ru',
      'Товарооборот между Азербайджаном и Туркменией в прошлом году составил 400 млн долларов.',
      'Правительства планируют довести его до 1 млрд долларов к 2027 году.',
    ],
  ])('%s, in an article mostly about Kazakhstan and Uzbekistan', (_name, lang, figure, target) => {
    expect(countries([KZ_UZ[lang], figure, target], lang)).toEqual([
      ['AZ', 'TM'],
      ['AZ', 'TM'],
    ])
  })
})

describe('figureCountries: the article’s own pair for clauses that name none', () => {
  it.each<[string, string, string[]]>([
    [
      'az',
      'az',
      [
        'Azərbaycan və Türkmənistan qaz sahəsində əməkdaşlığı genişləndirir.',
        'Azərbaycan Türkmənistan qazının tranzitini artırır.',
        'Ötən il boru kəməri ilə 2 milyard kubmetr qaz nəql edilib.',
      ],
    ],
    [
      'en',
      'en',
      [
        'Azerbaijan and Turkmenistan expand gas cooperation.',
        'Azerbaijan will increase transit of Turkmen gas, Turkmenistan said.',
        'Last year 2 billion cubic metres of gas were delivered.',
      ],
    ],
    [
      'ru',
      'ru',
      [
        'Туркмения и Азербайджан расширяют газовое сотрудничество.',
        'Азербайджан увеличит транзит газа из Туркмении.',
        'В прошлом году было поставлено 2 млрд кубометров газа.',
      ],
    ],
  ])('gives a bilateral %s article’s pair to a gas figure that names no country', (_name, lang, sentences) => {
    expect(countries(sentences, lang)).toEqual([['AZ', 'TM']])
  })

  it.each<[string, string, string[]]>([
    [
      'tr',
      'tr',
      [
        'Orta Koridor ülkeleri Azerbaycan, Gürcistan, Kazakistan, Türkiye ve Özbekistan taşımacılığı artırıyor.',
        'Geçen yıl koridor boyunca 4,5 milyon ton yük taşındı.',
      ],
    ],
    [
      'en',
      'en',
      [
        'Azerbaijan, Georgia, Kazakhstan, Turkey and Uzbekistan are expanding the corridor.',
        'Last year 4.5 million tonnes of cargo moved along it.',
      ],
    ],
  ])('gives no pair in a %s round-up of the corridor’s countries', (_name, lang, sentences) => {
    expect(countries(sentences, lang)).toEqual([[]])
  })

  it.each<[string, string, string[]]>([
    [
      'tr "bu ülkedeki"',
      'tr',
      [
        'Kazakistan, Türkiye’nin Orta Asya’daki en büyük ticaret ortağı.',
        'Türk şirketlerinin bu ülkedeki yatırımları 5 milyar doları aştı.',
      ],
    ],
    [
      'az "bu ölkəyə"',
      'az',
      [
        'Qazaxıstan Türkiyənin Mərkəzi Asiyada ən böyük ticarət tərəfdaşıdır.',
        'Türkiyə şirkətlərinin bu ölkəyə yatırımları 5 milyard dolları ötüb.',
      ],
    ],
    [
      'en "in the country"',
      'en',
      [
        'Kazakhstan remains Turkey’s largest trading partner in Central Asia.',
        'Turkish companies have invested more than $5 billion in the country.',
      ],
    ],
    [
      'ru "в стране"',
      'ru',
      [
        'Казахстан остаётся крупнейшим торговым партнёром Турции в Центральной Азии.',
        'Турецкие компании вложили в стране более 5 млрд долларов.',
      ],
    ],
  ])('adds the article’s own country for %s', (_name, lang, sentences) => {
    expect(countries(sentences, lang)).toEqual([['KZ', 'TR']])
  })
})
