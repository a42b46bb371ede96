import { describe, expect, it } from 'vitest'
import { articleLine, lineKinds } from '../../../../src/pipeline/stages/figure-route'
import { partyMentions } from '../../../../src/pipeline/stages/party-mentions'
import { extract } from './figure-input'

/** The countries of each figure the sentences give, in order, with the words of the figure. */
const countries = (sentences: string[], lang: string) =>
  extract(sentences, lang).map((f) => [f.words, f.countries.join('-')])

describe('figureCountries: "the line" of an article that names one line by its countries is all of them', () => {
  it.each<[string, string, string[], string]>([
    [
      'en "the line" after "the Kazakhstan-Turkmenistan-Iran railway"',
      'en',
      [
        'Officials reviewed traffic on the Kazakhstan-Turkmenistan-Iran railway on Tuesday.',
        'Cargo on the line grew to 2.3 million tonnes in the first ten months.',
      ],
      '2.3 million tonnes',
    ],
    [
      'tr "hattında" after "Kazakistan-Türkmenistan-İran demiryolu"',
      'tr',
      [
        'Kazakistan-Türkmenistan-İran demiryolunda yük trafiği hızlanıyor.',
        'Hattında bu yıl 2,3 milyon ton yük taşındı.',
      ],
      '2,3 milyon ton',
    ],
    [
      'az "xəttin" after "Çin–Qırğızıstan–Özbəkistan dəmir yolu"',
      'az',
      [
        'Çin–Qırğızıstan–Özbəkistan dəmir yolunun tikintisi davam edir.',
        'Xəttin illik ötürmə qabiliyyəti 12 milyon ton olacaq.',
      ],
      '12 milyon ton',
    ],
    [
      'ru "магистрали" after "железной дороги Китай – Киргизия – Узбекистан"',
      'ru',
      [
        'Строительство железной дороги Китай – Киргизия – Узбекистан идёт по графику.',
        'Протяженность магистрали составит 480 км.',
      ],
      '480 км',
    ],
  ])('%s', (_name, lang, sentences, words) => {
    const codes = lang === 'en' || lang === 'tr' ? 'IR-KZ-TM' : 'CN-KG-UZ'
    expect(countries(sentences, lang)).toContainEqual([words, codes])
  })

  it('a clause naming all three countries with the line is the line’s', () => {
    const sentences = [
      'Kazakistan-Türkmenistan-İran demiryolu yeniden gündemde.',
      'Kazakistan, Türkmenistan ve İran, hattaki taşımaları 2030’a kadar yılda 6 milyon tona çıkarmayı hedefliyor.',
    ]
    expect(countries(sentences, 'tr')).toContainEqual(['6 milyon tona', 'IR-KZ-TM'])
  })

  it('guard: a cable in an article about a railway is not the railway’s', () => {
    const sentences = [
      'Çin–Qırğızıstan–Özbəkistan dəmir yolunun tikintisi davam edir.',
      'Azərbaycan ilə Türkmənistan arasında çəkiləcək kabelin uzunluğu 300 kilometr olacaq.',
    ]
    expect(countries(sentences, 'az')).toEqual([['300 kilometr', 'AZ-TM']])
  })

  it('guard: a clause with a pair of its own keeps it', () => {
    const sentences = [
      'Officials reviewed traffic on the Kazakhstan-Turkmenistan-Iran railway on Tuesday.',
      'Trade between Kazakhstan and Iran on the line rose to $900 million.',
    ]
    expect(countries(sentences, 'en')).toEqual([['$900 million', 'IR-KZ']])
  })
})

describe('articleLine: one line named by its countries, else none', () => {
  it('reads the line from the headline', () => {
    expect(articleLine('Work goes on.', 'China–Kyrgyzstan–Uzbekistan Railway Takes Shape', 'en')).toEqual([
      { countries: ['CN', 'KG', 'UZ'], kind: 'rail' },
    ])
  })

  it('guard: two lines named by different countries make "the line" a guess', () => {
    const text =
      'The Kazakhstan-Turkmenistan-Iran railway and the China-Kyrgyzstan-Uzbekistan railway were both discussed.'
    expect(articleLine(text, 'Rail talks', 'en')).toEqual([])
  })

  it('guard: a dash chain with no line’s noun by it (a trilateral format) is no line', () => {
    const text = 'Azerbaijan-Georgia-Türkiye talks were held in Tbilisi on Monday, the ministry said.'
    expect(articleLine(text, 'Trilateral talks', 'en')).toEqual([])
  })
})

describe('lineKinds: what a line carries', () => {
  it.each<[string, string, string[]]>([
    ['Bakü-Tiflis-Ceyhan boru hattı üzerinden', 'tr', ['pipe']],
    ['hattındaki taşımalar', 'tr', ['any']],
    ['via the Central Asia-China pipeline system', 'en', ['pipe']],
    ['по дну Каспия будет проложен кабель', 'ru', ['cable']],
    ['magistralın tikintisi', 'az', ['any']],
    ['hatta bu yıl', 'tr', []],
    ['hattaki taşımalar', 'tr', ['any']],
  ])('%s → %j', (text, lang, kinds) => {
    expect([...lineKinds(text, lang)]).toEqual(kinds)
  })
})

describe('partyMentions: a name between a country and "üzerinden" is the one passed through', () => {
  it('"Türkiye’den İran üzerinden … Kazakistan’a": Türkiye is a side, Iran is passed through', () => {
    const mentions = partyMentions('Türkiye’den İran üzerinden demiryoluyla Kazakistan’a giden yük arttı.', 'tr')
    expect(mentions.map((m) => [m.code, m.role])).toEqual([
      ['TR', 'plain'],
      ['IR', 'transit'],
      ['KZ', 'plain'],
    ])
  })

  it('guard: "Türkmenbaşı limanı üzerinden" still passes through the port', () => {
    const mentions = partyMentions('Kazak tahılı Türkmenbaşı limanı üzerinden gönderildi.', 'tr')
    expect(mentions.find((m) => m.code === 'TM')?.role).toBe('transit')
  })
})

describe('figureCountries: the shipper through a line one country runs is paired with that country', () => {
  it.each<[string, string, string[], string]>([
    [
      'en "through BTC"',
      'en',
      ['Kazakhstan shipped 1.2 million tonnes of oil through BTC last year.'],
      '1.2 million tonnes',
    ],
    [
      'tr "BTC boru hattıyla"',
      'tr',
      ['Kazakistan geçen yıl BTC boru hattıyla 1,2 milyon ton petrol gönderdi.'],
      '1,2 milyon ton',
    ],
    [
      'az "BTC vasitəsilə"',
      'az',
      ['Ötən il BTC vasitəsilə 1,2 milyon ton Qazaxıstan nefti nəql olunub.'],
      '1,2 milyon ton',
    ],
    [
      'ru "по нефтепроводу Баку-Тбилиси-Джейхан"',
      'ru',
      ['В прошлом году Казахстан прокачал по нефтепроводу Баку-Тбилиси-Джейхан 1,2 млн тонн нефти.'],
      '1,2 млн тонн',
    ],
  ])('%s', (_name, lang, sentences, words) => {
    expect(countries(sentences, lang)).toEqual([[words, 'AZ-KZ']])
  })

  it('guard: Azerbaijan’s own oil through BTC stays Azerbaijan’s', () => {
    expect(countries(['Azərbaycan ötən il BTC ilə 25 milyon ton neft ixrac edib.'], 'az')).toEqual([
      ['25 milyon ton', 'AZ'],
    ])
  })
})
