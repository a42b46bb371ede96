import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../src/pipeline/build-dataset'
import type { EventKind } from '../../../src/schema/dataset'
import {
  type AgreementCase,
  describeAgreement,
  describeEvent,
  describeFigure,
  type EventCase,
  factsFromArticle,
  type FigureCase,
  findArticle,
  matchesAgreement,
  matchesEvent,
  matchesFigure,
  provenanceErrors,
  readTextFiles,
} from '../../support/pipeline'

// Articles the extractor was never tuned on: other outlets, topics, header layouts and languages than the seeds.
const CORPUS = 'tests/fixtures/generalisation'

interface ArticleCase {
  file: string
  lang: string
  published: string | null
  title: string
  outlet?: RegExp
  author?: RegExp
  /** Header lines and trailing site clutter that must not reach the cleaned body. */
  notInText: string[]
  /** A body sentence near the end, so cleaning that cuts too much is caught. */
  keeps: string
  figures: FigureCase[]
  agreements: AgreementCase[]
  events: EventCase[]
}

const M3 = /^(m3|m³)$/
/** Kinds an occasion of each family may be read as: a visit by its rank, a meeting as talks or a body's session. */
const VISIT: EventKind[] = ['visit', 'official-visit', 'state-visit']
const MEETING: EventKind[] = ['meeting', 'talks', 'session', ...VISIT]

const CASES: ArticleCase[] = [
  {
    file: 'tr-gurcistan-limanlari.txt',
    lang: 'tr',
    published: '2025-03-12',
    title: 'Gürcistan limanlarında konteyner trafiği rekor kırdı',
    outlet: /^AA$/,
    notInText: ['date 2025-03-12'],
    keeps: 'ciddi bir kapasite sorunuyla karşılaşabileceği uyarısında bulunuyor.',
    figures: [
      { value: 610_000, unit: 'TEU', kind: 'achieved', year: 2024, qualifier: 'exact', countries: ['GE'] },
      { value: 18, unit: 'percent', kind: 'achieved', year: 2024 },
      { value: 14_200_000, unit: 't', kind: 'achieved', year: 2024 },
      { value: 600_000, unit: 'TEU', kind: 'target', deadline: '2029' },
      { value: 2_500_000_000, unit: 'USD', qualifier: 'about' },
    ],
    agreements: [{ count: 6, sectors: ['transport', 'energy', 'digital'], parties: ['GE', 'CN'], date: '2025-03-10' }],
    events: [{ kind: MEETING, date: '2025-03-10', countries: ['GE', 'CN'] }],
  },
  {
    file: 'tr-ozbekistan-demiryolu.txt',
    lang: 'tr',
    published: '2025-06-05',
    title: 'Çin-Kırgızistan-Özbekistan demiryolunda inşaat hızlanıyor',
    notInText: ['05.06.2025 14:20'],
    keeps: "Orta Koridor'a yeni bir kol ekleyeceği ifade ediliyor.",
    figures: [
      { value: 12_000_000, valueMax: 15_000_000, unit: 't', kind: 'target', deadline: '2030' },
      { value: 4_700_000_000, unit: 'USD', qualifier: 'about' },
      { value: 13_800_000_000, unit: 'USD', kind: 'achieved', year: 2024, countries: ['UZ', 'CN'] },
      { value: 15, unit: 'percent', kind: 'achieved', year: 2024 },
      { value: 2, unit: 'multiplier', kind: 'target', deadline: '2030' },
    ],
    agreements: [
      { count: 12, sectors: ['transport', 'energy', 'agriculture'], parties: ['UZ', 'CN'], date: '2025-06-03' },
    ],
    events: [{ kind: VISIT, date: '2025-06-03', countries: ['UZ', 'CN'] }],
  },
  {
    file: 'tr-turkiye-azerbaycan-ticaret.txt',
    lang: 'tr',
    published: '2025-03-12',
    title: 'Türkiye ile Azerbaycan ticarette 15 milyar dolar hedefini teyit etti',
    notInText: ['12 Mart 2025, 10:45', 'kuvvetli sağanak', 'haftanın hakemleri', 'Altın fiyatları', 'yeni albümünün'],
    keeps: "Orta Koridor'un rekabet gücünün artırılması konularında da görüş alışverişinde bulundu.",
    figures: [
      { value: 7_600_000_000, unit: 'USD', kind: 'achieved', year: 2024, countries: ['TR', 'AZ'] },
      { value: 15_000_000_000, unit: 'USD', kind: 'target', deadline: '2028' },
      { value: 20_000_000_000, unit: 'USD', qualifier: 'more-than' },
    ],
    agreements: [
      { count: 7, sectors: ['energy', 'transport'] },
      { kind: 'document', title: /Tercihli Ticaret/ },
    ],
    events: [{ kind: VISIT, date: '2025-03-03', countries: ['TR', 'AZ'] }],
  },
  {
    file: 'tr-kazakistan-cin-tahil.txt',
    lang: 'tr',
    published: null,
    title: "Kazakistan'dan Çin'e tahıl koridoru: ihracat hedefi büyüdü",
    author: /Selin Aydın/,
    notInText: ['Haber: Selin Aydın', 'İlgili Haberler', 'Chicago borsasında', 'trafik düzenlemesi', 'eğitim yılı'],
    keeps: 'ürünlerini Orta Asya, Afganistan ve Çin pazarlarına gönderiyor.',
    figures: [
      // "geçen yıl" in an undated article cannot be placed: the year stays unknown
      { value: 1_200_000, unit: 't', kind: 'achieved', year: null, qualifier: 'more-than', countries: ['KZ', 'CN'] },
      { value: 350_000, unit: 't', qualifier: 'about' },
      { value: 3_000_000, unit: 't', kind: 'target', deadline: '2027' },
    ],
    agreements: [{ count: 3, sectors: ['agriculture'], parties: ['KZ', 'CN'] }],
    events: [{ kind: VISIT, date: null, countries: ['KZ', 'CN'] }],
  },
  {
    file: 'az-baki-limani-konteyner.txt',
    lang: 'az',
    published: '2025-02-20',
    title: 'Bakı limanında konteyner aşırımı 20 faiz artıb',
    outlet: /^APA$/,
    notInText: ['date 2025-02-20'],
    keeps: 'Şimal marşrutu ilə rəqabət qabiliyyətini əhəmiyyətli dərəcədə artıracaq.',
    figures: [
      { value: 68_000, unit: 'TEU', kind: 'achieved', year: 2024, qualifier: 'exact', countries: ['AZ'] },
      { value: 20, unit: 'percent', kind: 'achieved', year: 2024 },
      { value: 7_400_000, unit: 't', kind: 'achieved', year: 2024 },
      { value: 500_000, unit: 'TEU', kind: 'target', deadline: '2027' },
      { value: 3, unit: 'multiplier', kind: 'target', countries: ['KZ'] },
    ],
    agreements: [{ kind: 'document', title: /Birgə Fəaliyyət Planı/ }],
    events: [{ kind: MEETING, date: '2025-02-18', countries: ['AZ', 'KZ', 'GE'] }],
  },
  {
    file: 'az-qaz-ixraci.txt',
    lang: 'az',
    published: '2025-02-14',
    title: 'Azərbaycan Avropaya qaz ixracını artırır',
    notInText: ['14.02.2025 11:30', 'Xəbər lenti', 'avtobus marşrutları', 'rəsmi məzənnəsi', 'Hamısına bax'],
    keeps: 'daha bir neçə Avropa ölkəsinə nəql olunur.',
    figures: [
      { value: 25_200_000_000, unit: M3, kind: 'achieved', year: 2024, countries: ['AZ'] },
      { value: 12_900_000_000, unit: M3, kind: 'achieved', year: 2024 },
      { value: 2, unit: 'multiplier', kind: 'target', deadline: '2027' },
      { value: 10_000_000_000, valueMax: 12_000_000_000, unit: M3 },
    ],
    agreements: [{ count: 4, sectors: ['energy'], parties: ['AZ', 'RS', 'HU', 'SK'] }],
    events: [{ kind: MEETING, date: '2025-02-12', countries: ['AZ'] }],
  },
  {
    file: 'az-ozbekistan-dovlet-seferi.txt',
    lang: 'az',
    published: '2025-03-12',
    title: 'Mirziyoyevin Bakıya dövlət səfəri: 9 sənəd imzalanıb',
    author: /Leyla Həsənova/,
    notInText: ['12 mart 2025, 10:45', 'Müəllif:'],
    keeps: 'Heydər Əliyevin məzarını ziyarət edib.',
    figures: [
      { value: 1_100_000_000, unit: 'USD', kind: 'achieved', year: 2024, countries: ['AZ', 'UZ'] },
      { value: 30, unit: 'percent', kind: 'achieved', year: 2024 },
      { value: 2_000_000_000, unit: 'USD', kind: 'target', deadline: '2030' },
    ],
    agreements: [{ count: 9, sectors: ['transport', 'energy', 'agriculture', 'culture'] }],
    events: [{ kind: VISIT, date: '2025-03-03', countries: ['UZ', 'AZ'] }],
  },
  {
    file: 'az-baki-tbilisi-qars.txt',
    lang: 'az',
    published: null,
    title: 'Bakı–Tbilisi–Qars dəmir yolu ilə daşımalar artır',
    notInText: [],
    keeps: 'birbaşa dəmir yolu əlaqəsini təmin edir.',
    figures: [
      // "ötən il" in an undated article: the 2017 and 2025 dates in the body do not date the article
      { value: 1_000_000, unit: 't', kind: 'achieved', year: null, qualifier: 'more-than' },
      { value: 800_000, unit: 't', qualifier: 'about' },
      { value: 5_000_000, unit: 't', kind: 'target', deadline: /^2026/ },
      { value: 3, unit: 'multiplier', kind: 'target' },
    ],
    agreements: [],
    events: [{ kind: VISIT, date: '2025-04-08', countries: ['GE', 'AZ'] }],
  },
  {
    file: 'en-aktau-kuryk-containers.txt',
    lang: 'en',
    published: '2025-03-12',
    title: "Kazakhstan's Caspian ports handle record container volumes",
    author: /Daniel Brooks/,
    notInText: ['12 March 2025, 10:45', 'By Daniel Brooks\n'],
    keeps: 'pushed shippers to look for routes that bypass Russian territory.',
    figures: [
      { value: 120_000, unit: 'TEU', kind: 'achieved', year: 2024, qualifier: 'exact', countries: ['KZ'] },
      { value: 35, unit: 'percent', kind: 'achieved', year: 2024 },
      { value: 7_200_000, unit: 't', kind: 'achieved', year: 2024, qualifier: 'about' },
      { value: 240_000, unit: 'TEU', kind: 'target', deadline: '2030' },
      { value: 10_000_000, unit: 't', kind: 'forecast', deadline: '2027' },
    ],
    agreements: [{ count: 5, sectors: ['transport', 'digital'] }],
    events: [{ kind: MEETING, date: '2025-03-10', countries: ['KZ', 'AZ'] }],
  },
  {
    file: 'en-turkmen-gas-europe.txt',
    lang: 'en',
    published: '2025-04-04',
    title: 'Turkmenistan eyes Europe as gas exports to China plateau',
    outlet: /^Reuters$/,
    notInText: ['04.04.2025 18:05', 'Related news', 'Oil prices edge higher', 'Arsenal beat Chelsea', 'smartphone'],
    keeps: 'the opposition of Russia and Iran.',
    figures: [
      { value: 40_000_000_000, unit: M3, kind: 'achieved', year: 2024, qualifier: 'more-than', countries: ['TM'] },
      { value: 12_000_000_000, unit: 'EUR' },
      { value: 2, unit: 'multiplier', deadline: '2030' },
      { value: 30_000_000_000, unit: M3, qualifier: 'up-to' },
      { value: 12, unit: 'percent', kind: 'achieved', year: 2024 },
    ],
    agreements: [],
    events: [{ kind: ['summit'], date: '2025-04-04', countries: ['UZ'] }],
  },
  {
    file: 'ru-kaspiyskaya-liniya.txt',
    lang: 'ru',
    published: '2025-04-15',
    title: 'Новая контейнерная линия свяжет порты Актау и Баку',
    outlet: /Интерфакс/,
    notInText: ['15.04.2025 09:15'],
    keeps: 'Время в пути между Актау и Баку составит около 18 часов.',
    figures: [
      { value: 6_100_000, unit: 't', kind: 'achieved', year: 2024, countries: ['KZ', 'AZ'] },
      { value: 8, unit: 'percent', kind: 'achieved', year: 2024 },
      // "довести до 10 млн тонн": до is "to" here, not "up to"
      { value: 10_000_000, unit: 't', kind: 'target', deadline: '2030', qualifier: 'exact' },
    ],
    agreements: [
      { kind: 'document', date: '2025-04-14' },
      { count: 3, sectors: ['transport'] },
    ],
    events: [{ kind: MEETING, date: '2025-04-14', countries: ['KZ', 'AZ'] }],
  },
  {
    file: 'ru-kazakhstan-kitay-tranzit.txt',
    lang: 'ru',
    published: '2025-09-02',
    title: 'Казахстан и Китай намерены удвоить товарооборот',
    notInText: ['date 2025-09-02', 'Читайте также', 'Курс тенге', 'похолодание', '«Кайрат»'],
    keeps: 'поддержал развитие Транскаспийского международного транспортного маршрута.',
    figures: [
      { value: 43_800_000_000, unit: 'USD', kind: 'achieved', year: 2024 },
      { value: 2, unit: 'multiplier', kind: 'target', deadline: '2030' },
      { value: 1_200_000, unit: 'TEU', kind: 'achieved', year: 2024, qualifier: 'more-than', countries: ['KZ'] },
      { value: 12, unit: 'percent', kind: 'achieved', year: 2024 },
    ],
    agreements: [{ count: 8, sectors: ['energy', 'transport', 'agriculture'] }],
    // the talks in Tianjin "where the SCO summit was held" are a meeting on the summit's margins, an occasion of
    // their own beside the summit
    events: [{ kind: MEETING, date: '2025-09-01', countries: ['KZ', 'CN'] }],
  },
]

// Shown when an expected fact is missing, so a failure says what the extractor found instead.
const found = (lines: string[]) => `found:\n  ${lines.join('\n  ') || '(nothing)'}`

const { dataset } = buildDataset(readTextFiles(CORPUS))

describe('buildDataset(unseen articles)', () => {
  it('reads all twelve articles without an error', () => {
    expect(dataset.issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(dataset.articles.map((article) => article.file).sort()).toEqual(CASES.map((c) => c.file).sort())
  })

  it('quotes every source exactly, with each mention inside its quote', () => {
    expect(provenanceErrors(dataset)).toEqual([])
  })

  describe.each(CASES)('$file', (c) => {
    const article = findArticle(dataset, c.file)
    const facts = article ? factsFromArticle(dataset, article.id) : { figures: [], agreements: [], events: [] }

    it(`reads the header: ${c.lang}, ${c.published ?? 'undated'}, the headline`, () => {
      expect(article).toMatchObject({ lang: c.lang, published: c.published, title: c.title })
    })

    const { outlet, author } = c
    if (outlet) it(`reads the outlet ${outlet}`, () => expect(article?.outlet ?? '').toMatch(outlet))
    if (author) it(`reads the author ${author}`, () => expect(article?.author ?? '').toMatch(author))

    it('cuts the header and site clutter but keeps the whole body', () => {
      const text = article?.text ?? ''
      expect(text).toContain(c.keeps)
      for (const line of c.notInText) expect(text).not.toContain(line)
    })

    it.each(c.figures)('finds the figure $value $unit', (wanted) => {
      const match = facts.figures.find((f) => matchesFigure(f, wanted))
      expect(match, found(facts.figures.map(describeFigure))).toBeDefined()
    })

    it.each(c.agreements)('finds the agreement %o', (wanted) => {
      const match = facts.agreements.find((a) => matchesAgreement(a, wanted))
      expect(match, found(facts.agreements.map(describeAgreement))).toBeDefined()
    })

    it.each(c.events)('finds the event $kind on $date', (wanted) => {
      const match = facts.events.find((e) => matchesEvent(e, wanted))
      expect(match, found(facts.events.map(describeEvent))).toBeDefined()
    })
  })
})
