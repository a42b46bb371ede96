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
