import { describe, expect, it } from 'vitest'

import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

const brief = (lang: string, published: string | null, sentences: string[]) =>
  extractEvents(articleOf(lang, published, sentences)).map((e) => ({
    kind: e.kind,
    label: e.label,
    date: e.date,
    dateBasis: e.dateBasis,
    place: e.place,
    countries: e.countries,
    people: e.people,
  }))

describe('extractEvents(input) on seed sentences', () => {
  it('reads the three events of the round-table report, dating only the one the text dates', () => {
    const events = brief('az', '2025-12-15', [
      'Qazaxıstanın Bakıdakı səfirliyində iki ölkə arasında münasibətlərin mövcud vəziyyətinə və perspektivlərinə həsr olunmuş dəyirmi masa iclası keçirilib.',
      'Tədbir zamanı ekspertlər Qazaxıstan Prezidenti Kasım-Jomart Tokayevin Türk Dövlətlər Təşkilatının (TDT) XII Sammitində iştirak etmək üçün Azərbaycana səfərinin, Prezident İlham Əliyevin 2025-ci ilin oktyabrında Qazaxıstana dövlət səfərinin nəticələrini yüksək qiymətləndiriblər.',
      'Dəyirmi masanın iştirakçıları həmçinin Türk Dövlətləri Təşkilatının artan rolunu və Azərbaycanın təşkilata sədrliyi dövründə prioritetlərini müzakirə ediblər.',
    ])
    expect(events).toEqual([
      {
        kind: 'meeting',
        label: 'dəyirmi masa iclası',
        date: '2025-12-15',
        dateBasis: 'published',
        place: 'Baku',
        countries: ['AZ', 'KZ'],
        people: [],
      },
      {
        kind: 'summit',
        label: 'Türk Dövlətlər Təşkilatının (TDT) XII Sammiti',
        date: null,
        dateBasis: null,
        place: null,
        countries: ['AZ', 'KZ'],
        people: ['Kassym-Jomart Tokayev'],
      },
      {
        kind: 'visit',
        label: 'səfər',
        date: null,
        dateBasis: null,
        place: null,
        countries: ['AZ', 'KZ'],
        people: ['Kassym-Jomart Tokayev'],
      },
      {
        kind: 'visit',
        label: 'dövlət səfəri',
        date: '2025-10',
        dateBasis: 'stated',
        place: null,
        countries: ['AZ', 'KZ'],
        people: ['Ilham Aliyev'],
      },
      {
        kind: 'meeting',
        label: 'dəyirmi masa',
        date: '2025-12-15',
        dateBasis: 'published',
        place: 'Baku',
        countries: ['AZ', 'KZ'],
        people: [],
      },
    ])
  })

  it('dates the council session with the meeting the sentence opens with, in Astana', () => {
    const [meeting, council] = brief('az', '2025-10-27', [
      '2025-ci il oktyabrın 21-də Qazaxıstanın paytaxtı Astanada Azərbaycan Prezidenti İlham Əliyev və Qazaxıstan Prezidenti Kasım-Jomart Tokayev arasında keçirilən görüş, eləcə də Azərbaycan–Qazaxıstan Ali Dövlətlərarası Şurasının ikinci iclası iki ölkə münasibətlərində yeni mərhələnin başlanğıcı oldu.',
    ])
    expect(meeting).toMatchObject({ kind: 'meeting', label: 'görüş', date: '2025-10-21', place: 'Astana' })
    expect(meeting?.people).toEqual(['Ilham Aliyev', 'Kassym-Jomart Tokayev'])
    expect(council).toMatchObject({
      kind: 'meeting',
      label: 'Azərbaycan–Qazaxıstan Ali Dövlətlərarası Şurasının ikinci iclası',
      date: '2025-10-21',
      dateBasis: 'stated',
      place: 'Astana',
      countries: ['AZ', 'KZ'],
    })
  })

  it('names the Turkish council meeting and dates later mentions by the lead event', () => {
    const events = brief('tr', '2025-10-21', [
      "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile Azerbaycan Cumhurbaşkanı İlham Aliyev arasında Akorda Cumhurbaşkanlığı Sarayı'nda düzenlenen resmi karşılama töreni ile başlayan görüşmelerde, iki ülke hükümetleri arasında 15 işbirliği anlaşması imzalandı.",
      "Liderler önce baş başa bir görüşme gerçekleştirdi, ardından Kazakistan-Azerbaycan Devletlerarası Yüksek Konseyinin 2. Toplantısı'na eş başkanlık etti.",
    ])
    expect(events.map((e) => [e.label, e.date, e.dateBasis, e.place, e.countries])).toEqual([
      ['görüşme', '2025-10-21', 'published', 'Astana', ['AZ', 'KZ']],
      ['görüşme', '2025-10-21', 'published', 'Astana', ['AZ', 'KZ']],
      [
        'Kazakistan-Azerbaycan Devletlerarası Yüksek Konseyinin 2. Toplantısı',
        '2025-10-21',
        'published',
        'Astana',
        ['AZ', 'KZ'],
      ],
    ])
  })

  it('reads Tokayev’s visit to Turkmenistan and carries its date to "bu ziyaret"', () => {
    const events = brief('tr', null, [
      'Kazakistan Cumhurbaşkanı Kasım-Cömert Tokayev, 10 Ekim 2024 tarihinde Türkmenistan’a önemli bir resmi ziyaret gerçekleştirdi.',
      'Bu ziyaret, iki Orta Asya ülkesi arasındaki ikili ilişkilerin derinleşmesi açısından büyük bir adım olarak değerlendiriliyor.',
      'Tokayev, Türkmenistan Cumhurbaşkanı Serdar Berdimuhammedov ile yaptığı görüşmelerde, ticari işbirliğinin önemini vurguladı.',
    ])
    expect(events).toEqual([
      expect.objectContaining({ kind: 'visit', label: 'resmi ziyaret', date: '2024-10-10', countries: ['KZ', 'TM'] }),
      expect.objectContaining({ kind: 'visit', label: 'ziyaret', date: '2024-10-10', countries: ['KZ', 'TM'] }),
      expect.objectContaining({
        kind: 'meeting',
        date: '2024-10-10',
        countries: ['KZ', 'TM'],
        people: ['Kassym-Jomart Tokayev', 'Serdar Berdimuhamedov'],
      }),
    ])
  })

  it('reads Aliyev in Kazakhstan as a visit from AZ to KZ', () => {
    const [visit] = brief('tr', '2025-10-21', [
      "Resmi temaslarda bulunmak üzere Kazakistan'da bulunan Aliyev, Astana'da düzenlenen resmi törenle karşılandı.",
    ])
    expect(visit).toMatchObject({ kind: 'visit', countries: ['AZ', 'KZ'], people: ['Ilham Aliyev'], place: 'Astana' })
  })

  it.each([
    ['tr', 'Aliyev, son 3 yılda iki ülke arasında 10’dan fazla yüksek düzeyde ziyaret gerçekleştirildiğini kaydetti.'],
    ['az', 'Xüsusi olaraq qeyd etməliyik ki, bu cür görüşlər geniş əməkdaşlığı gücləndirir.'],
    ['tr', 'Toplantı sonrası düzenlenen basın toplantısında konuşan Tokayev memnuniyetini dile getirdi.'],
  ])('finds no single event in counted, generic or press-conference mentions (%s)', (lang, sentence) => {
    const events = brief(lang, null, [sentence])
    expect(events.filter((e) => e.label !== 'toplantı')).toEqual([])
  })
})

describe('extractEvents(input) on new sentences', () => {
  it.each([
    [
      'tr',
      "Cumhurbaşkanı Erdoğan, 3 Mart 2025'te Özbekistan'a resmi ziyarette bulundu.",
      {
        kind: 'visit',
        label: 'resmi ziyaret',
        date: '2025-03-03',
        countries: ['TR', 'UZ'],
        people: ['Recep Tayyip Erdoğan'],
      },
    ],
    [
      'az',
      'Prezident İlham Əliyev 2024-cü il noyabrın 5-də Gürcüstana rəsmi səfər edib.',
      { kind: 'visit', label: 'rəsmi səfər', date: '2024-11-05', countries: ['AZ', 'GE'], people: ['Ilham Aliyev'] },
    ],
    [
      'en',
      'President Putin paid a state visit to Kazakhstan on 12 November 2024.',
      { kind: 'visit', label: 'state visit', date: '2024-11-12', countries: ['KZ', 'RU'], people: ['Vladimir Putin'] },
    ],
    [
      'ru',
      'Саммит ШОС прошёл в Астане 4 июля 2024 года.',
      { kind: 'summit', label: 'саммит', date: '2024-07-04', place: 'Astana', countries: ['KZ'] },
    ],
    [
      'tr',
      "Gürcistan Başbakanı Irakli Kobahidze Bakü'de Azerbaycan Cumhurbaşkanı Aliyev ile görüştü.",
      { kind: 'meeting', place: 'Baku', countries: ['AZ', 'GE'], people: ['Irakli Kobakhidze', 'Ilham Aliyev'] },
    ],
  ])('reads %s "%s"', (lang, sentence, expected) => {
    const [event] = brief(lang, null, [sentence])
    expect(event).toMatchObject({ ...expected, dateBasis: 'date' in expected ? 'stated' : null })
  })

  it('keeps the spans exact', () => {
    const input = articleOf('tr', null, ['Giriş cümlesi burada.', "Erdoğan, Özbekistan'a resmi ziyarette bulundu."])
    const [event] = extractEvents(input)
    const mention = event?.source.mention
    expect(mention && input.article.text.slice(mention.start, mention.end)).toBe('resmi ziyarette')
  })
})
