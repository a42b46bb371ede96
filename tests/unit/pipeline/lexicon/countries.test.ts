import { describe, expect, it } from 'vitest'

import { countryOfPlace, findCountries, findPlaces } from '../../../../src/pipeline/lexicon/countries'

const codes = (text: string, lang: string) =>
  findCountries(text, lang).map((m) => [text.slice(m.start, m.end), m.code] as const)

describe('findCountries(text, lang)', () => {
  it.each([
    ['tr', 'Kazakistan’ın', 'KZ'],
    ['tr', "Kazakistan'ın", 'KZ'],
    ['tr', 'Kazakistan’a', 'KZ'],
    ['tr', "Kazakistan'da", 'KZ'],
    ['az', 'Qazaxıstanın', 'KZ'],
    ['az', 'Qazaxıstana', 'KZ'],
    ['az', 'Azərbaycandakı', 'AZ'],
    ['az', 'Azərbaycanda', 'AZ'],
    ['tr', "Azerbaycan'ın", 'AZ'],
    ['tr', 'Türkmenistan’ın', 'TM'],
    ['az', 'Türkmənistanla', 'TM'],
    ['tr', "Ermenistan'a", 'AM'],
    ['tr', 'Gürcistan', 'GE'],
    ['az', 'Gürcüstanın', 'GE'],
    ['tr', "Çin'e", 'CN'],
    ['az', 'Çinə', 'CN'],
    ['tr', 'Rusya', 'RU'],
    ['az', 'Rusiyanın', 'RU'],
    ['tr', "Türkiye'nin", 'TR'],
    ['az', 'Türkiyəyə', 'TR'],
    ['tr', 'Özbekistan', 'UZ'],
    ['az', 'Özbəkistanla', 'UZ'],
    ['tr', "Kırgızistan'ın", 'KG'],
    ['az', 'Qırğızıstan', 'KG'],
    ['tr', 'Tacikistan', 'TJ'],
    ['tr', "İran'ın", 'IR'],
    ['tr', 'KAZAKİSTAN', 'KZ'],
    ['en', 'Kazakhstan’s', 'KZ'],
    ['en', 'Azerbaijani', 'AZ'],
    ['ru', 'Казахстан', 'KZ'],
    ['ru', 'Казахстана', 'KZ'],
    ['ru', 'Азербайджане', 'AZ'],
    ['ru', 'России', 'RU'],
    ['ru', 'Китаем', 'CN'],
    ['ru', 'казахстанский', 'KZ'],
    ['ru', 'турецкого', 'TR'],
  ])('reads %s "%s" as %s', (lang, word, code) => {
    expect(codes(`… ${word} …`, lang)).toEqual([[word, code]])
  })

  it.each([
    ['tr', 'Kazak petrolünün taşındığını', 'Kazak', 'KZ'],
    ['az', 'Qazaxıstan neftinin ixracı', 'Qazaxıstan', 'KZ'],
    ['en', 'Kazakh oil flows west', 'Kazakh', 'KZ'],
    ['tr', 'ilk transit yük olarak Ermenistan’a Kazak tahılı', 'Kazak', 'KZ'],
  ])('reads the demonym in %s "%s"', (lang, text, word, code) => {
    expect(codes(text, lang)).toContainEqual([word, code])
  })

  it('splits a hyphenated pair into two countries', () => {
    expect(codes('Kazakistan-Azerbaycan ilişkilerinde', 'tr')).toEqual([
      ['Kazakistan', 'KZ'],
      ['Azerbaycan', 'AZ'],
    ])
  })

  it('finds every country of a seed sentence with exact spans', () => {
    const text =
      'Aliyev ayrıca Azerbaycan’ın Ermenistan’a uyguladığı kargo taşımacılığı kısıtlamalarını kaldırdığını duyurdu.'
    expect(codes(text, 'tr')).toEqual([
      ['Azerbaycan’ın', 'AZ'],
      ['Ermenistan’a', 'AM'],
    ])
  })

  it.each([
    ['tr', 'Avrupa ile Çin arasındaki yük taşımacılığında', [['Çin', 'CN']]],
    ['tr', 'bunun için içinde çinko ve çini var', []],
    ['tr', 'kalın bir kazak giydi', []],
    ['az', 'Türk Dövlətləri Təşkilatının artan rolunu', []],
    ['tr', 'Avrupa Birliği ve Avrasya', []],
    [
      'tr',
      'Kazakistanlılar ve Rusya’dan',
      [
        ['Kazakistanlılar', 'KZ'],
        ['Rusya’dan', 'RU'],
      ],
    ],
  ])('in %s "%s" finds only %j', (lang, text, expected) => {
    expect(codes(text, lang)).toEqual(expected)
  })
})

describe('findCountries: a country’s name that is a common noun in the text’s language', () => {
  it('reads Azerbaijani "Qatarların" as trains and "Qətər" as Qatar', () => {
    expect(findCountries('Qatarların sayı artıb, Qətər ilə danışıqlar davam edir.', 'az').map((m) => m.code)).toEqual([
      'QA',
    ])
  })

  it.each([
    ['en', 'Qatar and Kazakhstan signed a memorandum.'],
    ['tr', 'Katar ile Kazakistan bir mutabakat imzaladı.'],
  ])('still reads Qatar in %s', (lang, text) => {
    expect(findCountries(text, lang).map((m) => m.code)).toEqual(['QA', 'KZ'])
  })
})

describe('findPlaces(text, lang)', () => {
  it.each([
    ['tr', "Astana'da düzenlenen törende", 'Astana’da'.replace('’', "'"), 'Astana', 'KZ'],
    ['az', 'Qazaxıstanın paytaxtı Astanada', 'Astanada', 'Astana', 'KZ'],
    ['az', 'Qazaxıstanın Bakıdakı səfirliyində', 'Bakıdakı', 'Baku', 'AZ'],
    ['az', 'Bakının təşəbbüsü', 'Bakının', 'Baku', 'AZ'],
    ['tr', 'Aşkabat’ta ünlü Kazak şairi', 'Aşkabat’ta', 'Ashgabat', 'TM'],
    ['az', 'Aşqabadda keçirilən görüş', 'Aşqabadda', 'Ashgabat', 'TM'],
    ['tr', "Taşkent'e gitti", "Taşkent'e", 'Tashkent', 'UZ'],
    ['az', 'Daşkənddə', 'Daşkənddə', 'Tashkent', 'UZ'],
    ['tr', "Pekin'de", "Pekin'de", 'Beijing', 'CN'],
    ['ru', 'встреча в Астане', 'Астане', 'Astana', 'KZ'],
    ['en', 'talks in Tbilisi', 'Tbilisi', 'Tbilisi', 'GE'],
    ['az', 'Buxarestdə imzalanan saziş', 'Buxarestdə', 'Bucharest', 'RO'],
    ['tr', "Bükreş'te imzalanan anlaşma", "Bükreş'te", 'Bucharest', 'RO'],
    ['en', 'signed in Bucharest', 'Bucharest', 'Bucharest', 'RO'],
    ['ru', 'подписано в Бухаресте', 'Бухаресте', 'Bucharest', 'RO'],
    ['ru', 'встреча в Будапеште', 'Будапеште', 'Budapest', 'HU'],
  ])('in %s "%s" finds %s', (lang, text, word, name, country) => {
    expect(findPlaces(text, lang).map((m) => [text.slice(m.start, m.end), m.name, m.country])).toEqual([
      [word, name, country],
    ])
  })

  it('reads a pipeline route as three places', () => {
    const text = 'Bakı–Tbilisi–Qars dəmir yolu və Bakü-Tiflis-Ceyhan Petrol Boru Hattı'
    expect(findPlaces(text, 'az').map((m) => m.name)).toEqual(['Baku', 'Tbilisi', 'Kars', 'Baku', 'Tbilisi', 'Ceyhan'])
  })

  it.each([
    ['tr', 'bakım ve bakış açısı'],
    ['tr', 'karşı tarafın astarı'],
  ])('in %s "%s" finds no place', (lang, text) => {
    expect(findPlaces(text, lang)).toEqual([])
  })
})

describe('countryOfPlace(name)', () => {
  it.each([
    ['Astana', 'KZ'],
    ['Baku', 'AZ'],
    ['Atlantis', null],
  ])('gives %s → %s', (name, code) => {
    expect(countryOfPlace(name)).toBe(code)
  })
})
