import { describe, expect, it } from 'vitest'

import { countryOfPerson, findPeople } from '../../../../src/pipeline/lexicon/people'

const people = (text: string, lang: string) =>
  findPeople(text, lang).map((m) => [text.slice(m.start, m.end), m.name, m.country] as const)

describe('findPeople(text, lang)', () => {
  it.each([
    ['tr', 'Kasım Cömert Tokayev', 'Kassym-Jomart Tokayev', 'KZ'],
    ['tr', 'Kasım-Cömert Tokayev', 'Kassym-Jomart Tokayev', 'KZ'],
    ['az', 'Kasım-Jomart Tokayevin', 'Kassym-Jomart Tokayev', 'KZ'],
    ['tr', 'Tokayev’in', 'Kassym-Jomart Tokayev', 'KZ'],
    ['az', 'Tokayevə', 'Kassym-Jomart Tokayev', 'KZ'],
    ['tr', "İlham Aliyev'e", 'Ilham Aliyev', 'AZ'],
    ['az', 'İlham Əliyevin', 'Ilham Aliyev', 'AZ'],
    ['az', 'Əliyevin', 'Ilham Aliyev', 'AZ'],
    ['tr', 'Serdar Berdimuhammedov', 'Serdar Berdimuhamedov', 'TM'],
    ['tr', "Recep Tayyip Erdoğan'ın", 'Recep Tayyip Erdoğan', 'TR'],
    ['az', 'Şavkat Mirziyoyevlə', 'Shavkat Mirziyoyev', 'UZ'],
    ['en', 'Vladimir Putin', 'Vladimir Putin', 'RU'],
    ['tr', "Şi Cinping'in", 'Xi Jinping', 'CN'],
    ['ru', 'Токаева', 'Kassym-Jomart Tokayev', 'KZ'],
    ['ru', 'Путиным', 'Vladimir Putin', 'RU'],
  ])('reads %s "%s" as %s', (lang, words, name, country) => {
    expect(people(`… ${words} …`, lang)).toEqual([[words, name, country]])
  })

  it('tells Mehriban Aliyeva apart from Ilham Aliyev', () => {
    expect(people('Birinci vitse-prezident Mehriban Əliyeva', 'az')).toEqual([
      ['Mehriban Əliyeva', 'Mehriban Aliyeva', 'AZ'],
    ])
  })

  it.each([
    ['az', 'Bu kontekstdə Qazaxıstanın Azərbaycandakı səfiri Alim Bayel Transxəzər Beynəlxalq', 'Alim Bayel', 'KZ'],
    ['az', 'İdarə Heyətinin sədri Fərid Şəfiyev regional', 'Fərid Şəfiyev', null],
    ['az', 'Nazir Mikayıl Cabbarovun sözlərinə görə', 'Mikayıl Cabbarov', null],
    ['tr', "Ticaret Bakanı Ömer Bolat'ın açıklamasına göre", 'Ömer Bolat', null],
    ['tr', 'Özbekistan Cumhurbaşkanı Yeni Kişi ile görüştü', 'Yeni Kişi', 'UZ'],
    ['en', 'President of Georgia Mikheil Kavelashvili said', 'Mikheil Kavelashvili', 'GE'],
    ['ru', 'Посол Азербайджана Рашад Мамедов заявил', 'Рашад Мамедов', 'AZ'],
    // a courtesy word between the title and the name
    ['az', 'Qazaxıstanın energetika naziri cənab Nurlan Sarsenbayev ilə birlikdə', 'Nurlan Sarsenbayev', 'KZ'],
    ['en', 'met Minister Mr. Daniyar Sadykov in Baku', 'Daniyar Sadykov', null],
    ['tr', 'Ticaret Bakanı Bay Ali Demir ile görüştü', 'Ali Demir', null],
    ['ru', 'Министр г-н Ерлан Сагинов заявил', 'Ерлан Сагинов', null],
  ])('reads the name after a title in %s "%s"', (lang, text, name, country) => {
    expect(findPeople(text, lang).map((m) => [m.name, m.country])).toEqual([[name, country]])
  })

  it.each([
    ['tr', 'Kazakistan Cumhurbaşkanlığı Sarayı Akorda’da'],
    ['az', 'Prezident Administrasiyasının rəhbəri'],
    ['tr', 'Cumhurbaşkanı, TDT toplantısında'],
    ['tr', 'aliyev sokağında'],
    ['en', 'said the minister. Mr. Officials left'],
  ])('in %s "%s" finds nobody', (lang, text) => {
    expect(findPeople(text, lang)).toEqual([])
  })
})

describe('countryOfPerson(name)', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'KZ'],
    ['Ilham Aliyev', 'AZ'],
    ['Alim Bayel', null],
  ])('gives %s → %s', (name, code) => {
    expect(countryOfPerson(name)).toBe(code)
  })
})
