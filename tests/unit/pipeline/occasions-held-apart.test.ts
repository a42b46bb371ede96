import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../src/pipeline/build-dataset'

/** Builds articles given as [file, text] and lists each occasion as kind, date, status and the files telling it. */
function occasions(articles: [string, string][]) {
  const files = articles.map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }))
  const { dataset } = buildDataset(files)
  const fileOf = new Map(dataset.articles.map((a) => [a.id, a.file]))
  return dataset.events.map((e) => ({
    kind: e.kind,
    date: e.date,
    status: e.status,
    files: [...new Set(e.sources.map((s) => fileOf.get(s.articleId)))].sort(),
  }))
}

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
