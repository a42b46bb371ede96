import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleSchema } from '../../../../src/schema/dataset'
import { MAX_ARTICLE_CHARS } from '../../../../src/pipeline/stages/ingest'
import { readArticle } from '../../../../src/pipeline/stages/read-article'

const readSeed = (file: string) => readArticle({ file, bytes: new Uint8Array(readFileSync(join('seeds', file))) })

describe('readArticle(raw) on the seeds', () => {
  it.each([
    {
      file: '000_3847a3f1d1404b4c.txt',
      lang: 'tr',
      published: '2025-10-21',
      title: "Kazakistan ve Azerbaycan Liderlerinden Orta Koridor Projesi'ne Destek",
      outlet: 'AA',
      author: 'Meiramgul Kussainova',
      textEnds: 'girişimler hakkında bilgi aldı.',
      reasons: ['header date', 'section label', 'credit line'],
    },
    {
      file: '001_f252e9742af12d5d.txt',
      lang: 'tr',
      published: '2025-10-21',
      title: 'Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi',
      outlet: null,
      author: null,
      textEnds: 'bölgesel entegrasyon hedeflerini destekliyor.',
      reasons: ['header date'],
    },
    {
      file: '002_55df3fa7821e66eb.txt',
      lang: 'az',
      published: '2025-12-15',
      title: 'Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub',
      outlet: 'Report',
      author: null,
      textEnds: 'ekspert qiymətləndirmələri müzakirə edilib.',
      reasons: ['header date', 'header date', 'header time'],
    },
    {
      file: '003_c92ea078e7141b3c.txt',
      lang: 'tr',
      published: null,
      title: 'Cumhurbaşkanı Tokayev’in Türkmenistan Ziyareti: Stratejik Ortaklığın Güçlenmesi',
      outlet: null,
      author: 'Abdullah Yiğit',
      textEnds: 'sürecini yeni bir seviyeye taşıdı.',
      reasons: [
        'credit line',
        'unrelated headlines after the credit line',
        'line in another script',
        'unrelated headlines after the credit line',
      ],
    },
    {
      file: '004_a6dd264eb69775f1.txt',
      lang: 'az',
      published: '2025-10-27',
      title: 'Astana görüşü və regionda yeni əməkdaşlıq dövrü',
      outlet: null,
      author: 'İlqar İlyasov',
      textEnds: 'gələcəyə inamla addımlayır.',
      reasons: ['header date', 'byline', 'byline', 'news-feed list'],
    },
  ])('reads $file', ({ file, textEnds, reasons, ...meta }) => {
    const { article, issues } = readSeed(file)
    expect(issues).toEqual([])
    expect(articleSchema.parse(article)).toMatchObject({ id: file.replace('.txt', ''), file, ...meta })
    expect(article?.text.endsWith(textEnds)).toBe(true)
    expect(article?.removed.map((r) => r.reason)).toEqual(reasons)
  })

  it('keeps the "xəbər verir" sentence and the section headings in the text', () => {
    expect(readSeed('002_55df3fa7821e66eb.txt').article?.text).toContain('"Report" xəbər verir ki,')
    expect(readSeed('001_f252e9742af12d5d.txt').article?.text).toContain('\n\nToplantı gündemi ve ortak belgeler\n\n')
  })

  it('leaves header lines, bylines and clutter out of the text', () => {
    const text = readSeed('004_a6dd264eb69775f1.txt').article?.text ?? ''
    expect(text.startsWith('2025-ci il oktyabrın 21-də')).toBe(true)
    expect(text).not.toMatch(/İlqar İlyasov|\d{1,2}:\d{2}|Xəbər lenti/u)
  })
})

describe('readArticle(raw) on bad input', () => {
  it.each([
    ['an empty file', '', 'ingest'],
    [
      'a file of clutter only',
      'Başlık burada duruyor\nXəbər lenti\n21 Yanvar 11:29\nGündəm\n21 Yanvar 11:24\nSosial\n21 Yanvar 11:10',
      'clean',
    ],
  ])('gives no article and an error for %s', (_name, content, stage) => {
    const { article, issues } = readArticle({ file: 'x.txt', bytes: new TextEncoder().encode(content) })
    expect(article).toBeNull()
    expect(issues).toEqual([expect.objectContaining({ file: 'x.txt', severity: 'error', stage })])
  })

  // Its speed is measured by `npm run bench`, never by a timed test.
  it('reads a 5 MB article up to the size limit, at a line break, and says so', () => {
    const paragraph = readFileSync(join('seeds', '004_a6dd264eb69775f1.txt'), 'utf8').split('\n')[4] ?? ''
    const body = Array.from({ length: Math.ceil(5_000_000 / paragraph.length) }, () => paragraph).join('\n\n')
    const bytes = new TextEncoder().encode(`Astana görüşü\n27.10.2025 [14:37]\n${body}`)
    const { article, issues } = readArticle({ file: 'big.txt', bytes })
    expect(article?.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9)
    expect(article?.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS)
    expect(article?.text.endsWith(paragraph)).toBe(true)
    expect(article?.removed).toContainEqual({ reason: expect.stringMatching(/^over the size limit/), text: '' })
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^too long \(\d+ characters\)/) }),
    ])
  })
})
