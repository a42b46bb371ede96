import { describe, expect, it } from 'vitest'

import { inCase } from '../../../../src/pipeline/lexicon/title-names'
import { occasionTitles, type TitleFields } from '../../../../src/pipeline/stages/occasion-title'

const fields = (overrides: Partial<TitleFields>): TitleFields => ({
  kind: 'meeting',
  place: null,
  embassyOf: null,
  body: null,
  ordinal: null,
  countries: [],
  host: null,
  guests: [],
  participants: [],
  ...overrides,
})
const ALIYEV = { name: 'Ilham Aliyev', role: 'head-of-state' as const, country: 'AZ' }
const TOKAYEV = { name: 'Kassym-Jomart Tokayev', role: 'head-of-state' as const, country: 'KZ' }

describe('occasionTitles(fields)', () => {
  it.each<[string, Partial<TitleFields>, [string, string, string]]>([
    [
      'a state visit',
      { kind: 'state-visit', host: 'KZ', participants: [TOKAYEV, ALIYEV] },
      [
        "Aliyev's state visit to Kazakhstan",
        "Aliyev'in Kazakistan'a devlet ziyareti",
        'Əliyevin Qazaxıstana dövlət səfəri',
      ],
    ],
    [
      'an official visit',
      { kind: 'official-visit', host: 'TM', participants: [TOKAYEV] },
      [
        "Tokayev's official visit to Turkmenistan",
        "Tokayev'in Türkmenistan'a resmi ziyareti",
        'Tokayevin Türkmənistana rəsmi səfəri',
      ],
    ],
    [
      'a visit with no visitor named',
      { kind: 'visit', host: 'TR' },
      ['Visit to Türkiye', "Türkiye'ye ziyaret", 'Türkiyəyə səfər'],
    ],
    [
      'an organisation’s summit',
      { kind: 'summit', host: 'AZ', body: 'organization-of-turkic-states', ordinal: 12, participants: [TOKAYEV] },
      [
        'Tokayev at the 12th Summit of the Organization of Turkic States in Azerbaijan',
        "Tokayev'in katıldığı Azerbaycan'daki Türk Devletleri Teşkilatı 12. Zirvesi",
        'Tokayevin iştirak etdiyi Azərbaycandakı Türk Dövlətləri Təşkilatının 12-ci Sammiti',
      ],
    ],
    [
      'a trilateral meeting',
      { kind: 'meeting', place: 'Tashkent', countries: ['AZ', 'KZ', 'UZ'] },
      [
        'Azerbaijan–Kazakhstan–Uzbekistan meeting in Tashkent',
        "Taşkent'te Azerbaycan–Kazakistan–Özbekistan toplantısı",
        'Daşkənddə Azərbaycan–Qazaxıstan–Özbəkistan görüşü',
      ],
    ],
    [
      'talks',
      { kind: 'talks', place: 'Tbilisi', countries: ['GE', 'KZ'] },
      [
        'Georgia–Kazakhstan talks in Tbilisi',
        "Tiflis'te Gürcistan–Kazakistan görüşmeleri",
        'Tbilisidə Gürcüstan–Qazaxıstan danışıqları',
      ],
    ],
    [
      'a commission session',
      { kind: 'session', body: 'intergovernmental-commission', ordinal: 22, countries: ['AZ', 'KZ'] },
      [
        '22nd meeting of the Azerbaijan–Kazakhstan Intergovernmental Commission',
        'Azerbaycan–Kazakistan Hükümetlerarası Komisyonu 22. toplantısı',
        'Azərbaycan–Qazaxıstan Hökumətlərarası Komissiyasının 22-ci iclası',
      ],
    ],
    ['a forum', { kind: 'forum', place: 'Baku' }, ['Forum in Baku', "Bakü'de forum", 'Bakıda forum']],
    [
      'a round table at an embassy',
      { kind: 'round-table', place: 'Baku', embassyOf: 'KZ' },
      [
        "Round table at Kazakhstan's embassy in Baku",
        "Kazakistan'ın Bakü Büyükelçiliğinde yuvarlak masa toplantısı",
        'Qazaxıstanın Bakıdakı səfirliyində dəyirmi masa',
      ],
    ],
    [
      'a signing ceremony',
      { kind: 'signing', place: 'Bucharest', countries: ['AZ', 'GE', 'HU', 'RO'] },
      [
        'Azerbaijan–Georgia–Hungary–Romania signing ceremony in Bucharest',
        "Bucharest'te Azerbaycan–Gürcistan–Macaristan–Romanya imza töreni",
        'Bucharestdə Azərbaycan–Gürcüstan–Macarıstan–Rumıniya imzalanma mərasimi',
      ],
    ],
    [
      'another occasion (an opening)',
      { kind: 'other', place: 'Ceyhan', countries: ['AZ', 'GE', 'TR'] },
      [
        'Azerbaijan–Georgia–Türkiye event in Ceyhan',
        "Ceyhan'da Azerbaycan–Gürcistan–Türkiye etkinliği",
        'Ceyhanda Azərbaycan–Gürcüstan–Türkiyə tədbiri',
      ],
    ],
  ])('titles %s in English, Turkish and Azerbaijani', (_name, overrides, [en, tr, az]) => {
    expect(occasionTitles(fields(overrides))).toEqual({ en, tr, az })
  })
})

describe('inCase(name, case, lang)', () => {
  it.each([
    ['Kazakistan', 'dative', 'tr', "Kazakistan'a"],
    ['Türkiye', 'dative', 'tr', "Türkiye'ye"],
    ['Bakü', 'locative', 'tr', "Bakü'de"],
    ['Aşkabat', 'locative', 'tr', "Aşkabat'ta"],
    ['Aliyev', 'genitive', 'tr', "Aliyev'in"],
    ['Astana', 'genitive', 'tr', "Astana'nın"],
    ['Qazaxıstan', 'dative', 'az', 'Qazaxıstana'],
    ['Bakı', 'dative', 'az', 'Bakıya'],
    ['Əliyev', 'genitive', 'az', 'Əliyevin'],
    ['Azərbaycan', 'locative-ki', 'az', 'Azərbaycandakı'],
  ] as const)('puts %s in the %s (%s): %s', (name, nameCase, lang, expected) => {
    expect(inCase(name, nameCase, lang)).toBe(expected)
  })
})
