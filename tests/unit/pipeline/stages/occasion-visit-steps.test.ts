import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

/** The occasions an article of these sentences tells: kind, date and status. */
const occasionsOf = (lang: string, published: string, sentences: string[]) =>
  extractEvents(articleOf(lang, published, sentences)).map((e) => ({ kind: e.kind, date: e.date, status: e.status }))

describe('groupOccasions: a visit’s arrival the evening before its council’s session is one visit', () => {
  it.each<[string, string[]]>([
    [
      'az',
      [
        'Prezidentin dövlət səfəri çərçivəsində martın 12-də Bakıda Ali Dövlətlərarası Şuranın iclası keçirilib.',
        'Xatırladaq ki, Prezident martın 11-də axşam dövlət səfəri ilə Bakıya gəlib.',
      ],
    ],
    [
      'tr',
      [
        'Cumhurbaşkanının devlet ziyareti kapsamında 12 Mart’ta Bakü’de Yüksek Düzeyli Stratejik İşbirliği Konseyi toplantısı yapıldı.',
        'Cumhurbaşkanı 11 Mart akşamı devlet ziyareti için Bakü’ye gelmişti.',
      ],
    ],
    [
      'ru',
      [
        'В рамках государственного визита 12 марта в Баку прошло заседание Высшего межгосударственного совета.',
        'Президент прибыл в Баку с государственным визитом 11 марта вечером.',
      ],
    ],
  ])('%s', (lang, sentences) => {
    const visits = occasionsOf(lang, '2026-03-12', sentences)
    expect(visits).toHaveLength(1)
    expect(visits[0]).toMatchObject({ date: '2026-03-11', status: 'happened' })
  })

  it('guard, en: a session a week after a visit is its own occasion', () => {
    const occasions = occasionsOf('en', '2026-03-20', [
      'The president arrived in Baku on a state visit on March 11.',
      'The intergovernmental commission held its session in Astana on March 19.',
    ])
    expect(occasions.map((o) => o.date)).toEqual(['2026-03-11', '2026-03-19'])
  })
})

describe('toDraft: an occasion dated after the article is planned, whatever joined it', () => {
  it('tr: the next summit, decided for next year, was not held', () => {
    const occasions = occasionsOf('tr', '2026-10-08', [
      'Teşkilatın 14. Zirvesi’nin gelecek yıl Bakü’de yapılması kararlaştırıldı.',
      'Zirvenin kapalı oturumu sürüyor.',
    ])
    const next = occasions.find((o) => o.date === '2027')
    expect(next).toMatchObject({ kind: 'summit', status: 'planned' })
  })
})

describe('readSentenceEvents: a future participle reported in the past tells of a month to come', () => {
  it.each<[string, string]>([
    ['tr', 'Zeynalov, Danışma Kurulu’nun 4. toplantısının Aralık ayında Bakü’de yapılacağını da bildirdi.'],
    ['az', 'Nazir komissiyanın növbəti iclasının dekabrda Bakıda keçiriləcəyini bildirib.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasionsOf(lang, '2025-11-20', [sentence])).toEqual([
      expect.objectContaining({ date: '2025-12', status: 'planned' }),
    ])
  })
})
