import { describe, expect, it } from 'vitest'

import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { paragraphsOf } from './extraction-input'

/** Each occasion's kind and date, from paragraphs of sentences. */
const dates = (lang: string, published: string, paragraphs: string[][]) =>
  extractEvents(paragraphsOf(lang, published, paragraphs)).map((e) => [e.kind, e.date])

describe('extractEvents: a calendar’s day heading dates the occasions under it', () => {
  it.each<[string, string, string[][], [string, string][]]>([
    [
      'en',
      '2026-02-22',
      [
        ['TUESDAY, FEB 24 - BAKU'],
        ['The Caspian Air Cargo Forum opens at 10:00 local time at the Baku Congress Centre.'],
        ['WEDNESDAY, FEB 25 - TURKMENBASHI'],
        ['The transport ministers of Turkmenistan, Uzbekistan and Kyrgyzstan meet to review the transit tariff.'],
      ],
      [
        ['forum', '2026-02-24'],
        ['meeting', '2026-02-25'],
      ],
    ],
    [
      'tr',
      '2026-04-12',
      [
        ['Pazartesi, 13 Nisan - İstanbul'],
        ['Türkiye-Kazakistan Turizm Forumu saat 10.00’da Haliç Kongre Merkezi’nde başlayacak.'],
      ],
      [['forum', '2026-04-13']],
    ],
    [
      'az',
      '2026-04-12',
      [
        ['Çərşənbə, 15 aprel — Bakı'],
        ['Azərbaycan, Gürcüstan və Türkiyə nəqliyyat nazirləri üçtərəfli görüş keçirəcək.'],
      ],
      [['meeting', '2026-04-15']],
    ],
    [
      'ru',
      '2026-02-22',
      [['Вторник, 24 февраля — Баку'], ['В Баку откроется Каспийский форум авиагрузов.']],
      [['forum', '2026-02-24']],
    ],
  ])('%s', (lang, published, paragraphs, expected) => {
    expect(dates(lang, published, paragraphs)).toEqual(expected)
  })

  it('guard: the heading’s day reaches no further than the two paragraphs under it (en)', () => {
    const paragraphs = [
      ['TUESDAY, FEB 24 - BAKU'],
      ['Traders gather in Baku.'],
      ['Why it matters: rates are falling.'],
      ['Looking further ahead, a summit of Turkic states is expected to discuss the corridor.'],
    ]
    expect(dates('en', '2026-02-22', paragraphs).map(([, date]) => date)).not.toContain('2026-02-24')
  })
})

describe('extractEvents: fora and fairs in the plural are a kind of occasion, not one', () => {
  it.each<[string, string]>([
    ['tr', 'Bölge havacılığında yeni hatlar, forumlar ve fuarlar art arda geliyor.'],
    ['en', 'The region’s aviation has new routes, forums and trade fairs one after another.'],
    ['ru', 'В регионе один за другим проходят форумы и выставки.'],
  ])('%s: %s', (lang, sentence) => {
    expect(dates(lang, '2026-04-12', [[sentence]])).toEqual([])
  })
})

describe('extractEvents: a page of readouts, each under its date alone on a line', () => {
  // the header took the first readout's date line: the page's date stands over the entries above the next heading
  it.each<[string, string, string[][], [string, string][]]>([
    [
      'tr',
      '2026-05-23',
      [
        ['Cumhurbaşkanı Erdoğan, Türkmenistan Devlet Başkanı Berdimuhamedov ile telefonda görüştü.'],
        ['21.05.2026'],
        ['Cumhurbaşkanı Erdoğan, Türkistan’da Özbekistan Cumhurbaşkanı Mirziyoyev ile bir araya geldi.'],
        ['20.05.2026'],
        ['Cumhurbaşkanı Erdoğan, Bakü’de düzenlenen Hazar Forumu’na bir mesaj gönderdi.'],
      ],
      [
        ['other', '2026-05-23'],
        ['meeting', '2026-05-21'],
        ['forum', '2026-05-20'],
      ],
    ],
    [
      'en',
      '2026-05-15',
      [
        ['Kassym-Jomart Tokayev had a telephone conversation with President of Azerbaijan Ilham Aliyev.'],
        ['14 May 2026, 11:30'],
        ['The Head of State met the Chairman of Kazatomprom Nurlan Abenov.'],
        ['13 May 2026, 15:10'],
        ['Kassym-Jomart Tokayev and Recep Tayyip Erdoğan held a phone call.'],
      ],
      [
        ['other', '2026-05-15'],
        ['meeting', '2026-05-14'],
        ['other', '2026-05-13'],
      ],
    ],
    [
      'ru',
      '2026-05-15',
      [
        ['Касым-Жомарт Токаев провел телефонный разговор с Президентом Азербайджана Ильхамом Алиевым.'],
        ['14 мая 2026 года'],
        ['Глава государства встретился с председателем правления Казатомпрома.'],
        ['13 мая 2026 года'],
        ['Состоялся телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом.'],
      ],
      [
        ['other', '2026-05-15'],
        ['meeting', '2026-05-14'],
        ['other', '2026-05-13'],
      ],
    ],
    [
      'az',
      '2026-05-15',
      [
        ['Prezident İlham Əliyev Qazaxıstan Prezidenti Tokayevlə telefon danışığı aparıb.'],
        ['14.05.2026'],
        ['Prezident İlham Əliyev Özbəkistanın nazirini qəbul edib və onunla görüşüb.'],
        ['13.05.2026'],
        ['Prezident İlham Əliyev Türkiyə Prezidenti Ərdoğanla telefonla danışıb.'],
      ],
      [
        ['other', '2026-05-15'],
        ['meeting', '2026-05-14'],
        ['other', '2026-05-13'],
      ],
    ],
  ])('%s', (lang, published, paragraphs, expected) => {
    expect(dates(lang, published, paragraphs)).toEqual(expected)
  })

  it('guard: one date line in a story makes no page of entries: talks to come above it stay undated (en)', () => {
    const paragraphs = [['The ministers will hold talks on ferry tariffs.'], ['12 June 2026'], ['Tariffs rose.']]
    expect(dates('en', '2026-05-15', paragraphs)).toEqual([['talks', null]])
  })
})

describe('extractEvents: "to be held" tells an occasion to come', () => {
  it('en: a summit "to be held in Astana on 21 May" in a report of 15 May is this year’s, planned', () => {
    const events = extractEvents(
      paragraphsOf('en', '2026-05-15', [
        ['The leaders discussed preparations for the trilateral summit to be held in Astana on 21 May.'],
      ]),
    )
    expect(events.map((e) => [e.kind, e.date, e.status])).toEqual([['summit', '2026-05-21', 'planned']])
  })
})

describe('extractEvents: a chronology’s entry heading, its full date and place, dates the occasion under it', () => {
  it.each<[string, string[][], [string, string][]]>([
    [
      'en',
      [
        ['11–12 September 2019 · Beijing'],
        ['President Kassym-Jomart Tokayev pays a state visit to China and holds talks with Xi Jinping.'],
        ['14 September 2022 · Nur-Sultan'],
        ['Xi Jinping makes a state visit to Kazakhstan, his first trip abroad since the pandemic.'],
      ],
      [
        ['state-visit', '2019-09-11'],
        ['state-visit', '2022-09-14'],
      ],
    ],
    [
      'az',
      [
        ['12 avqust 2018 — Aktau'],
        ['Xəzəryanı dövlətlərin V Zirvə görüşündə Xəzər dənizinin hüquqi statusu haqqında Konvensiya imzalanıb.'],
        ['24 avqust 2022 — Bakı'],
        ['Qazaxıstan Prezidenti Kasım-Jomart Tokayevin Azərbaycana dövlət səfəri.'],
      ],
      [
        ['summit', '2018-08-12'],
        ['state-visit', '2022-08-24'],
      ],
    ],
    [
      'ru',
      [
        ['12 августа 2018 — Актау'],
        ['На V Каспийском саммите президенты подписали Конвенцию о правовом статусе Каспийского моря.'],
        ['24–25 августа 2022 — Баку'],
        ['Государственный визит Касым-Жомарта Токаева в Азербайджан.'],
      ],
      [
        ['summit', '2018-08-12'],
        ['state-visit', '2022-08-24'],
      ],
    ],
    [
      'tr',
      [
        ['12 Ağustos 2018 · Aktau'],
        ['Hazar’a kıyısı olan ülkelerin V. Zirvesi’nde Hazar Denizi’nin hukuki statüsüne dair sözleşme imzalandı.'],
        ['24 Ağustos 2022 · Bakü'],
        ['Kazakistan Cumhurbaşkanı Tokayev Azerbaycan’a resmi ziyarette bulundu.'],
      ],
      [
        ['summit', '2018-08-12'],
        ['official-visit', '2022-08-24'],
      ],
    ],
  ])('%s', (lang, paragraphs, expected) => {
    expect(dates(lang, '2026-02-02', paragraphs)).toEqual(expected)
  })

  it('guard: a date before a clause of many words is no entry’s heading', () => {
    const paragraphs = [
      ['14 September 2022 · Astana was covered in snow and its airport closed for hours'],
      ['Xi Jinping visited Kazakhstan.'],
    ]
    const visit = dates('en', '2026-02-02', paragraphs).find(([kind]) => kind === 'visit')
    expect(visit?.[1]).not.toBe('2022-09-14')
  })
})
