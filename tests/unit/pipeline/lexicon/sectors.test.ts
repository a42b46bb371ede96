import { describe, expect, it } from 'vitest'

import { findSectors } from '../../../../src/pipeline/lexicon/sectors'

const found = (text: string, lang: string, activities = true) =>
  findSectors(text, lang, { activities }).map((m) => [text.slice(m.start, m.end), m.sector] as const)

describe('findSectors(text, lang)', () => {
  it('reads the sector list of the 15-agreement sentence', () => {
    const text =
      'iki ülke hükümetleri arasında enerji, ulaştırma ve lojistik, dijitalleşme ve yapay zeka, endüstriyel güvenlik, ' +
      'sağlık, istatistik ve kültürel ile beşeri alanlarda 15 işbirliği anlaşması imzalandı.'
    expect(found(text, 'tr')).toEqual([
      ['enerji', 'energy'],
      ['ulaştırma', 'transport'],
      ['lojistik', 'transport'],
      ['dijitalleşme', 'digital'],
      ['yapay zeka', 'digital'],
      ['endüstriyel', 'industry'],
      ['sağlık', 'health'],
      ['istatistik', 'statistics'],
      ['kültürel', 'culture'],
      ['beşeri', 'culture'],
    ])
  })

  it.each([
    ['tr', 'Tarımdan', 'agriculture'],
    ['tr', 'enerjiye', 'energy'],
    ['tr', 'dijitalleşmeden', 'digital'],
    ['tr', 'kültüre', 'culture'],
    ['tr', 'sağlığı', 'health'],
    ['tr', 'taşımacılığında', 'transport'],
    ['tr', 'ticaret', 'trade'],
    ['tr', 'imalat', 'industry'],
    ['tr', 'yapay zekâ', 'digital'],
    ['az', 'energetika', 'energy'],
    ['az', 'nəqliyyat', 'transport'],
    ['az', 'rəqəmsal', 'digital'],
    ['az', 'süni intellektin', 'digital'],
    ['az', 'sənayenin', 'industry'],
    ['az', 'səhiyyə', 'health'],
    ['az', 'statistika', 'statistics'],
    ['az', 'mədəniyyət', 'culture'],
    ['az', 'humanitar', 'culture'],
    ['az', 'kənd təsərrüfatı', 'agriculture'],
    ['az', 'ticarət', 'trade'],
    ['az', 'buğda', 'agriculture'],
    ['en', 'logistics', 'transport'],
    ['en', 'artificial intelligence', 'digital'],
    ['ru', 'энергетики', 'energy'],
    ['ru', 'искусственного интеллекта', 'digital'],
    ['ru', 'сельского хозяйства', 'agriculture'],
  ])('reads %s "%s" as %s', (lang, word, sector) => {
    expect(found(`… ${word} …`, lang)).toEqual([[word, sector]])
  })

  it('splits a hyphenated pair into two cues', () => {
    expect(found('enerji və nəqliyyat-logistika əməkdaşlığı', 'az')).toEqual([
      ['enerji', 'energy'],
      ['nəqliyyat', 'transport'],
      ['logistika', 'transport'],
    ])
  })

  it.each([
    ['tr', 'bölgesel istikrara katkı sağlıyor ve önem taşımaktadır'],
    ['tr', 'yüksek düzeyde işbirliği'],
    ['en', 'an important step'],
    ['ru', 'после газеты'],
    ['az', 'Qazax rayonunun sakinləri'],
  ])('in %s "%s" finds no sector', (lang, text) => {
    expect(found(text, lang)).toEqual([])
  })

  it('counts visits as diplomacy unless asked for fields only', () => {
    const text = 'Prezidentin Qazaxıstana dövlət səfəri'
    expect(found(text, 'az')).toEqual([['səfəri', 'diplomacy']])
    expect(found(text, 'az', false)).toEqual([])
  })
})
