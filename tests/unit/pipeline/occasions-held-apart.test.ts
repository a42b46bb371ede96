import { describe, expect, it } from 'vitest'
import { occasions } from './occasion-list'

describe('occasions across articles: a month or a year joins only the same kind, told alike', () => {
  it('keeps a ministers’ meeting that happened apart from a summit planned “in 2026” (en, tr, ru)', () => {
    const found = occasions([
      [
        'en-kars.txt',
        'Ministers meet in Kars\n\n18.06.2026\n\nTransport ministers of Türkiye, Azerbaijan and Georgia held a trilateral meeting in Kars on June 17, 2026.',
      ],
      [
        'tr-zirve.txt',
        'Gebele Zirvesi\n\n07.10.2025\n\nTürk Devletleri Teşkilatının bir sonraki zirvesinin 2026 yılında Türkiye’de yapılması kararlaştırıldı.',
      ],
      ['ru-sammit.txt', 'Саммит в Габале\n\n07.10.2025\n\nСледующий саммит ОТГ пройдет в 2026 году в Турции.'],
    ])
    const meeting = found.find((e) => e.files.includes('en-kars.txt'))
    expect(meeting).toMatchObject({ date: '2026-06-17', status: 'happened', files: ['en-kars.txt'] })
    // the two planned summits are one occasion told twice, and not the meeting
    expect(found.find((e) => e.files.includes('tr-zirve.txt'))?.files).toEqual(['ru-sammit.txt', 'tr-zirve.txt'])
  })
})

describe('occasions in one article: one visit over its days, its dateline no date of what it tells', () => {
  it.each([
    [
      'en',
      'Turkmen leader visits Baku\n\nSeptember 16, 2026\n\nTurkmen President Serdar Berdimuhamedov flew in on Tuesday and was welcomed by President Ilham Aliyev at an official ceremony. Azerbaijan and Turkmenistan signed 14 documents on Wednesday as Berdimuhamedov wrapped up his state visit to Baku.',
    ],
    [
      'ru',
      'Визит в Баку\n\n16 сентября 2026\n\nПрезидент Туркменистана Сердар Бердымухамедов прибыл в Баку с государственным визитом во вторник. В среду президенты Азербайджана и Туркменистана провели переговоры и подписали 14 документов.',
    ],
  ])('tells a visit told over two days once, from its first day (%s)', (lang, text) => {
    const found = occasions([[`${lang}-visit.txt`, text]])
    expect(found.filter((e) => e.kind.includes('visit'))).toEqual([
      { kind: 'state-visit', date: '2026-09-15', status: 'happened', files: [`${lang}-visit.txt`] },
    ])
  })

  it.each([
    [
      'az',
      'Komissiyanın iclası\n\n18.11.2025\n\nBakı, Azərbaycan, 18 noyabr (Trend) – Azərbaycan–Türkmənistan hökumətlərarası komissiyasının altıncı iclası dünən Bakıda keçirilib.',
    ],
    [
      'tr',
      'Komisyon toplandı\n\n18.11.2025\n\nANKARA, 18 Kasım (AA) - Türkiye-Kazakistan hükümetlerarası karma ekonomik komisyonunun toplantısı dün Ankara’da yapıldı.',
    ],
  ])('dates a session “yesterday”, not on the agency’s dateline (%s)', (lang, text) => {
    const found = occasions([[`${lang}-session.txt`, text]])
    expect(found.map((e) => e.date)).toEqual(['2025-11-17'])
  })

  it('keeps a session “the day before, 23 March” apart: a day opening a sentence is no dateline (ru)', () => {
    const found = occasions([
      [
        'ru-visit.txt',
        'Переговоры в Акорде\n\n24 марта 2026\n\nАСТАНА. KAZINFORM – Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Туркменистана Сердаром Бердымухамедовым, который находится в Казахстане с государственным визитом 24–25 марта. Накануне, 23 марта, в Астане прошло 12-е заседание Межправительственной казахстанско-туркменской комиссии.',
      ],
    ])
    expect(found.map((e) => [e.kind, e.date]).sort()).toEqual([
      ['session', '2026-03-23'],
      ['state-visit', '2026-03-24'],
    ])
  })
})

describe('occasions across articles: one leader’s two partners on the same days are two occasions', () => {
  const astana: [string, string][] = [
    [
      'tr-baku.txt',
      'Tokayev Bakü’de\n\n10.06.2026\n\nKazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Azerbaycan’a devlet ziyareti gerçekleştirdi. Tokayev ve Azerbaycan Cumhurbaşkanı İlham Aliyev 9 Haziran’da Bakü’de görüştü.',
    ],
    [
      'ru-astana.txt',
      'Эрдоган в Астане\n\n09.06.2026\n\nПрезидент Турции Реджеп Тайип Эрдоган прибыл в Казахстан с государственным визитом 9–10 июня. Токаев и Эрдоган провели переговоры в Акорде 9 июня.',
    ],
  ]

  it('keeps an Azerbaijani–Kazakh visit and a Kazakh–Turkish one apart though Tokayev is at both (tr, ru)', () => {
    const visits = occasions(astana).filter((e) => e.kind.includes('visit'))
    expect(visits.map((v) => v.files).sort()).toEqual([['ru-astana.txt'], ['tr-baku.txt']])
  })

  it('lets no article naming only Kazakhstan bridge the two (en)', () => {
    const bridge: [string, string] = [
      'en-kz.txt',
      'Busy week in Astana\n\nJune 10, 2026\n\nKazakhstan’s President Kassym-Jomart Tokayev held a state visit program on June 9, 2026.',
    ]
    const visits = occasions([astana[0]!, bridge, astana[1]!]).filter((e) => e.kind.includes('visit'))
    expect(visits.some((v) => v.files.includes('tr-baku.txt') && v.files.includes('ru-astana.txt'))).toBe(false)
  })
})

describe('meetings on a summit’s margins are occasions of their own', () => {
  it.each<[string, string]>([
    [
      'tr',
      'Gebele Zirvesi\n\n07.10.2026\n\nTürk Devletleri Teşkilatı’nın 13. Zirvesi 7 Ekim’de Azerbaycan’ın Gebele kentinde yapıldı. Cumhurbaşkanı Erdoğan, zirve marjında Özbekistan Cumhurbaşkanı Mirziyoyev ile bir araya geldi. Cumhurbaşkanı Erdoğan daha sonra Kazakistan Cumhurbaşkanı Tokayev ile görüştü.',
    ],
    [
      'az',
      'Qəbələ Zirvəsi\n\n07.10.2026\n\nOktyabrın 7-də Qəbələdə Türk Dövlətləri Təşkilatının XIII Zirvəsi keçirilib. Zirvə çərçivəsində Prezident İlham Əliyev Özbəkistan Prezidenti Şavkat Mirziyoyev ilə görüşüb. Prezident İlham Əliyev daha sonra Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan ilə görüşüb.',
    ],
    [
      'en',
      'Gabala summit\n\nOctober 7, 2026\n\nThe 13th summit of the Organization of Turkic States was held in Gabala on October 7. On the sidelines of the summit, Tokayev met Turkish President Recep Tayyip Erdoğan. Later, Tokayev held talks with Uzbek President Shavkat Mirziyoyev.',
    ],
    [
      'ru',
      'Саммит в Габале\n\n07.10.2026\n\nСаммит Организации тюркских государств прошел в Габале 7 октября. На полях саммита Касым-Жомарт Токаев провел встречу с Президентом Турции Реджепом Тайипом Эрдоганом. Затем Токаев провел переговоры с Президентом Узбекистана Шавкатом Мирзиёевым.',
    ],
  ])('%s: the summit and two bilateral meetings, all on its day', (lang, text) => {
    const found = occasions([[`${lang}-summit.txt`, text]])
    // "held talks", "провел переговоры" name talks, a meeting of their own kind
    const kinds = found.map((e) => [e.kind === 'talks' ? 'meeting' : e.kind, e.date]).sort()
    expect(kinds).toEqual([
      ['meeting', '2026-10-07'],
      ['meeting', '2026-10-07'],
      ['summit', '2026-10-07'],
    ])
  })

  it('keeps one article’s meeting on the margins apart from another article’s summit of the same day', () => {
    const found = occasions([
      [
        'en-summit.txt',
        'Gabala summit\n\nOctober 7, 2026\n\nLeaders of Azerbaijan, Kazakhstan, Türkiye and Uzbekistan attended the summit of the Organization of Turkic States in Gabala on October 7.',
      ],
      [
        'ru-margins.txt',
        'Токаев и Эрдоган\n\n07.10.2026\n\nНа полях саммита в Габале 7 октября Касым-Жомарт Токаев провел встречу с Президентом Турции Реджепом Тайипом Эрдоганом.',
      ],
    ])
    const meeting = found.find((e) => e.kind === 'meeting')
    expect(meeting).toMatchObject({ date: '2026-10-07', files: ['ru-margins.txt'] })
  })
})

describe('a top-level meeting of two that an article also calls a summit', () => {
  it('keeps its talks one occasion: only an organisation’s summit has meetings on its margins (az)', () => {
    const found = occasions([
      [
        'az-astana.txt',
        'Astana görüşü\n\n22.10.2025\n\nOktyabrın 21-də Astanada Azərbaycan Prezidenti İlham Əliyev və Qazaxıstan Prezidenti Kasım-Jomart Tokayev arasında görüş keçirilib. Sammitin nəticələri iki ölkə münasibətlərində yeni mərhələnin başlanğıcı oldu.',
      ],
    ])
    expect(found).toEqual([{ kind: 'summit', date: '2025-10-21', status: 'happened', files: ['az-astana.txt'] }])
  })
})

describe('history told in passing', () => {
  it.each<[string, string, string, string]>([
    [
      'tr',
      'TANAP\n\n12.06.2026\n\nTANAP, 12 Haziran 2018’de Eskişehir’de düzenlenen törenle hizmete girmişti.',
      'other',
      '2018-06-12',
    ],
    [
      'en',
      'Georgia and China\n\nMarch 19, 2026\n\nThe free trade agreement between Georgia and China entered into force on January 1, 2018.',
      'other',
      '2018-01-01',
    ],
    [
      'ru',
      'Грузия и Китай\n\n19.03.2026\n\nСоглашение о свободной торговле между Грузией и Китаем вступило в силу 1 января 2018 года.',
      'other',
      '2018-01-01',
    ],
    [
      'ru',
      'Курык\n\n18.11.2025\n\nПаромный комплекс порта Курык был введен в эксплуатацию 12 декабря 2016 года.',
      'other',
      '2016-12-12',
    ],
    [
      'en',
      'Kuryk\n\nNovember 18, 2025\n\nThe ferry complex at the port of Kuryk was commissioned on December 12, 2016.',
      'other',
      '2016-12-12',
    ],
  ])('%s: an old opening or entry into force is an occasion of its own day', (lang, text, kind, date) => {
    expect(occasions([[`${lang}-history.txt`, text]])).toContainEqual(expect.objectContaining({ kind, date }))
  })

  it('takes no anniversary’s day for the opening it remembers (az)', () => {
    const text =
      'BTQ\n\n25.10.2025\n\nOktyabrın 30-da Bakı–Tbilisi–Qars dəmir yolunun istismara verilməsinin 8-ci ildönümü tamam olur.'
    expect(occasions([['az-anniversary.txt', text]])).toEqual([])
  })
})

describe('a Russian "совещание" is a meeting', () => {
  it('dates it by its day', () => {
    const text =
      'Актау\n\n18.11.2025\n\n14 ноября в Актау прошло совещание с участием руководства Минтранса и портов Казахстана.'
    expect(occasions([['ru-meeting.txt', text]])).toEqual([
      { kind: 'meeting', date: '2025-11-14', status: 'happened', files: ['ru-meeting.txt'] },
    ])
  })
})
