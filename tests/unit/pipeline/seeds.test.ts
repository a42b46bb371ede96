import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../src/pipeline/build-dataset'
import type { Figure } from '../../../src/schema/dataset'

// Golden expectations for the five seed articles, read off the articles by hand (PRODUCT.md §3).
const SEEDS = 'seeds'
const files = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((file) => ({ file, bytes: new Uint8Array(readFileSync(`${SEEDS}/${file}`)) }))
const { dataset, issues } = buildDataset(files)

const TR_NEWS = '001_f252e9742af12d5d'
const AZ_REPORT = '002_55df3fa7821e66eb'
const AZ_OPINION = '004_a6dd264eb69775f1'
const article = (id: string) => {
  const found = dataset.articles.find((a) => a.id === id)
  if (!found) throw new Error(`article ${id} was not built`)
  return found
}
const figuresOf = (metric: RegExp, unit?: string) =>
  dataset.figures.filter((f) => metric.test(f.metric) && (unit === undefined || f.unit === unit))
const stated = (figures: Figure[]) => figures.filter((f) => f.derived === null)
const derived = (figures: Figure[]) => figures.filter((f) => f.derived !== null)
const articlesOf = (fact: { sources: { articleId: string }[] }) =>
  [...new Set(fact.sources.map((s) => s.articleId))].sort()

describe('the seed articles', () => {
  it('all build, with no error reported', () => {
    expect(dataset.articles).toHaveLength(5)
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('quote every source exactly, and every mention lies inside its quote', () => {
    const facts = [...dataset.figures, ...dataset.agreements, ...dataset.events]
    expect(facts.length).toBeGreaterThan(10)
    for (const source of facts.flatMap((fact) => fact.sources)) {
      expect(article(source.articleId).text.slice(source.start, source.end)).toBe(source.quote)
      if (source.mention) {
        expect(source.mention.start).toBeGreaterThanOrEqual(source.start)
        expect(source.mention.end).toBeLessThanOrEqual(source.end)
      }
    }
  })

  it.each([
    [
      '000_3847a3f1d1404b4c',
      'tr',
      '2025-10-21',
      "Kazakistan ve Azerbaycan Liderlerinden Orta Koridor Projesi'ne Destek",
    ],
    [TR_NEWS, 'tr', '2025-10-21', 'Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi'],
    [AZ_REPORT, 'az', '2025-12-15', 'Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub'],
    [
      '003_c92ea078e7141b3c',
      'tr',
      null,
      'Cumhurbaşkanı Tokayev’in Türkmenistan Ziyareti: Stratejik Ortaklığın Güçlenmesi',
    ],
    [AZ_OPINION, 'az', '2025-10-27', 'Astana görüşü və regionda yeni əməkdaşlıq dövrü'],
  ])('reads the header of %s: language %s, date %s, the real headline', (id, lang, published, title) => {
    expect(article(id)).toMatchObject({ lang, published, title })
  })

  it('names outlets and authors from credit lines and bylines', () => {
    expect(article('000_3847a3f1d1404b4c')).toMatchObject({ outlet: 'AA', author: 'Meiramgul Kussainova' })
    expect(article(AZ_REPORT).outlet).toBe('Report')
    expect(article('003_c92ea078e7141b3c').author).toBe('Abdullah Yiğit')
    expect(article(AZ_OPINION).author).toBe('İlqar İlyasov')
  })

  it('cuts the trailing site clutter but keeps the articles whole', () => {
    const tokayev = article('003_c92ea078e7141b3c')
    expect(tokayev.text).not.toMatch(/Birleşik Rusya|Единая/)
    expect(tokayev.text).toContain('Sonuç olarak, Tokayev’in bu ziyareti')
    const opinion = article(AZ_OPINION)
    expect(opinion.text).not.toMatch(/Xəbər lenti|21 Yanvar|Hamısına bax/)
    expect(opinion.text.trimEnd()).toMatch(/gələcəyə inamla addımlayır\.$/)
    expect(opinion.removed.length).toBeGreaterThan(0)
  })

  it('finds the $1B trade target once, stated in Turkish and in Azerbaijani, with its ×2 and the derived baseline', () => {
    const [target, ...others] = stated(figuresOf(/^trade-turnover$/, 'USD'))
    expect(others).toEqual([])
    expect(target).toMatchObject({ kind: 'target', value: 1e9 })
    expect(articlesOf(target!)).toEqual([TR_NEWS, AZ_OPINION])
    expect(stated(figuresOf(/^trade-turnover$/, 'multiplier'))).toMatchObject([{ kind: 'target', value: 2 }])
    const [baseline] = derived(figuresOf(/^trade-turnover/, 'USD'))
    expect(baseline?.value).toBeCloseTo(5e8)
    expect(baseline?.derived?.from).toContain(target!.id)
  })

  it('finds Trans-Caspian freight: 4.5 Mt last year (2024), +62 %, and the derived 2023 level', () => {
    expect(stated(figuresOf(/^trans-caspian-freight$/, 't'))).toMatchObject([
      { kind: 'achieved', value: 4.5e6, year: 2024 },
    ])
    expect(stated(figuresOf(/^trans-caspian-freight/, 'percent'))).toMatchObject([{ value: 62, year: 2024 }])
    const [previous] = derived(figuresOf(/^trans-caspian-freight/, 't'))
    expect(previous?.year).toBe(2023)
    expect(previous?.value).toBeCloseTo(4.5e6 / 1.62, 0)
  })

  it('finds Middle Corridor cargo to triple by 2030', () => {
    expect(stated(figuresOf(/^middle-corridor/, 'multiplier'))).toMatchObject([
      { kind: 'target', value: 3, deadline: '2030' },
    ])
  })

  it('finds 1.5 Mt of Kazakh oil through BTC in 2024 and the target to raise it, with no number invented', () => {
    const oil = stated(figuresOf(/^oil-btc$/))
    expect(oil).toContainEqual(expect.objectContaining({ kind: 'achieved', value: 1.5e6, unit: 't', year: 2024 }))
    expect(oil).toContainEqual(expect.objectContaining({ kind: 'target', value: null }))
  })

  it('finds the Caspian seabed fibre-optic line planned for the end of 2026', () => {
    const [line] = dataset.figures.filter((f) => /fib(re|er)/.test(f.metric))
    expect(line).toMatchObject({ kind: 'target', value: null, deadline: '2026-12-31' })
  })

  it('finds more than 10 high-level visits, and Kazakhstan the main wheat supplier in 2025', () => {
    expect(figuresOf(/^high-level-visits$/)).toMatchObject([{ value: 10, qualifier: 'more-than', unit: 'count' }])
    expect(dataset.figures.filter((f) => /wheat/.test(f.metric))).toMatchObject([{ year: 2025, kind: 'achieved' }])
  })

  it('finds the 15 agreements signed in Astana, with the sectors the sentence lists and no per-sector counts', () => {
    const [pkg, ...others] = dataset.agreements.filter((a) => a.count === 15)
    expect(others).toEqual([])
    expect(pkg).toMatchObject({ kind: 'package', date: '2025-10-21', parties: ['AZ', 'KZ'] })
    expect(pkg!.sectors).toEqual(
      expect.arrayContaining(['energy', 'transport', 'digital', 'industry', 'health', 'statistics', 'culture']),
    )
  })

  it('finds the named documents: the Joint Declaration, the declaration on allied relations, the Council decisions', () => {
    const titles = dataset.agreements.map((a) => a.title ?? '')
    expect(titles).toContainEqual(expect.stringMatching(/Ortak Bildiri/))
    expect(titles).toContainEqual(expect.stringMatching(/müttəfiqlik münasibətləri haqqında Bəyanat/))
    expect(titles).toContainEqual(expect.stringMatching(/Şuranın qərarları/))
  })

  it('tells exactly four occasions, each once, with generated titles in three languages', () => {
    const occasions = [...dataset.events]
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
      .map((e) => ({ kind: e.kind, status: e.status, date: e.date, host: e.host, place: e.place, title: e.title }))
    expect(occasions).toEqual([
      {
        kind: 'official-visit',
        status: 'happened',
        date: '2024-10-10',
        host: 'TM',
        place: null,
        title: {
          en: "Tokayev's official visit to Turkmenistan",
          tr: "Tokayev'in Türkmenistan'a resmi ziyareti",
          az: 'Tokayevin Türkmənistana rəsmi səfəri',
        },
      },
      {
        kind: 'state-visit',
        status: 'happened',
        date: '2025-10-21',
        host: 'KZ',
        place: 'Astana',
        title: {
          en: "Aliyev's state visit to Kazakhstan",
          tr: "Aliyev'in Kazakistan'a devlet ziyareti",
          az: 'Əliyevin Qazaxıstana dövlət səfəri',
        },
      },
      {
        kind: 'round-table',
        status: 'happened',
        date: '2025-12-15',
        host: 'AZ',
        place: 'Baku',
        title: {
          en: "Round table at Kazakhstan's embassy in Baku",
          tr: "Kazakistan'ın Bakü Büyükelçiliğinde yuvarlak masa toplantısı",
          az: 'Qazaxıstanın Bakıdakı səfirliyində dəyirmi masa',
        },
      },
      {
        kind: 'summit',
        status: 'happened',
        date: null,
        host: 'AZ',
        place: null,
        title: {
          en: 'Tokayev at the 12th Summit of the Organization of Turkic States in Azerbaijan',
          tr: "Tokayev'in katıldığı Azerbaycan'daki Türk Devletleri Teşkilatı 12. Zirvesi",
          az: 'Tokayevin iştirak etdiyi Azərbaycandakı Türk Dövlətləri Təşkilatının 12-ci Sammiti',
        },
      },
    ])
  })

  it("gathers the state visit's four articles, its parts in order, its participants and the documents signed at it", () => {
    const visit = dataset.events.find((e) => e.kind === 'state-visit')!
    expect(new Set(visit.sources.map((s) => s.articleId.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '004']))
    expect(visit.parts.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['welcome', 'one-on-one', 'session', 'signing']),
    )
    expect(visit.participants).toEqual(
      expect.arrayContaining([
        { name: 'Ilham Aliyev', role: 'head-of-state', country: 'AZ' },
        { name: 'Kassym-Jomart Tokayev', role: 'head-of-state', country: 'KZ' },
      ]),
    )
    const documents = dataset.agreements.filter((a) => visit.agreementIds.includes(a.id))
    expect(documents.map((a) => a.title ?? `package of ${a.count}`).sort()).toEqual([
      'Ali Dövlətlərarası Şuranın qərarları',
      'Azərbaycan–Qazaxıstan müttəfiqlik münasibətləri haqqında Bəyanat',
      'Ortak Bildiri',
      'package of 15',
    ])
    const pkg = documents.find((a) => a.count === 15)!
    expect(new Set(pkg.sources.map((s) => s.articleId.slice(0, 3)))).toEqual(new Set(['001', '004']))
    expect(documents.every((a) => a.occasionId === visit.id)).toBe(true)
    expect(documents.find((a) => a.title === 'Ortak Bildiri')?.docType).toBe('joint-declaration')
  })
})
