import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../../src/pipeline/build-dataset'
import { readNewsJson } from '../../../../src/pipeline/stages/news-json'

/** The one article built from a file's text, and its figures' values. */
function built(file: string, text: string) {
  const { dataset } = buildDataset([{ file, bytes: new TextEncoder().encode(text) }])
  return { article: dataset.articles[0], values: dataset.figures.map((f) => f.value ?? NaN).sort((a, b) => a - b) }
}

const BODY_TR =
  'ANKARA (AEH) - Azerbaycan\\u0027\\u0131n T\\u00fcrkiye\\u0027ye jet yak\\u0131t\\u0131 ihracat\\u0131 ge\\u00e7en y\\u0131l y\\u00fczde 41 artarak 612 bin tona ula\\u015ft\\u0131.\\n\\nEnerji Bakanl\\u0131\\u011f\\u0131 verilerine g\\u00f6re sevkiyat\\u0131n yakla\\u015f\\u0131k 70 y\\u00fczdesi \\u0130stanbul Havaliman\\u0131\\u0027na gitti.'

const API_TR = `{
  "status": "ok",
  "request_id": "9f3c2a7e-41b0",
  "data": {
    "id": "enr-2026-03-17-0412",
    "headline": "Azerbaycan\\u0027dan T\\u00fcrkiye\\u0027ye jet yak\\u0131t\\u0131 sevkiyat\\u0131 y\\u00fczde 41 artt\\u0131",
    "byline": "Elif Korkmaz",
    "published_at": "2026-03-17T11:45:00+03:00",
    "image": { "caption": "Bir u\\u00e7a\\u011fa yak\\u0131t ikmali yap\\u0131l\\u0131yor.", "credit": "AEH Foto" },
    "body": "${BODY_TR}",
    "related": [{ "headline": "Bak\\u00fc limanında 3 yeni vinç", "published_at": "2026-03-16T09:00:00+03:00" }]
  }
}`

const API_RU = `{
  "status": "ok",
  "item": {
    "headline": "Казахстан нарастит выпуск авиакеросина до 1,1 млн т к 2028 году",
    "published_at": "2026-08-14T10:25:00+05:00",
    "authors": [{ "name": "Жанна Омарова" }],
    "body": "АСТАНА, 14 августа \\u2014 \\u00abДеловой Каспий\\u00bb. В 2025 году крупные НПЗ страны выпустили 640 тыс. т авиакеросина, тогда как потребление составило около 1,05 млн т, сообщили в министерстве энергетики. Недостающие объёмы по-прежнему закрывает импорт из России, Туркменистана и Азербайджана."
  }
}`

describe('readNewsJson: a news API’s JSON response is laid out as a page', () => {
  it('tr: the headline, the date and writer, then the body with its escapes read', () => {
    const { text } = readNewsJson(API_TR)
    const lines = text.split('\n')
    expect(lines[0]).toBe('Azerbaycan’dan Türkiye’ye jet yakıtı sevkiyatı yüzde 41 arttı'.replaceAll('’', "'"))
    expect(lines[1]).toBe('2026-03-17 · Elif Korkmaz')
    expect(text).toContain('ihracatı geçen yıl yüzde 41 artarak 612 bin tona ulaştı.\n\nEnerji')
  })

  it('tr: the response’s fields, the caption and the related stories go to the removed lines, not the text', () => {
    const { text, removed } = readNewsJson(API_TR)
    expect(text).not.toMatch(/request_id|AEH Foto|vinç|\\u/u)
    expect(removed.map((r) => r.text)).toContain('  "status": "ok",')
  })

  it('ru: a writer given as a list of objects, and the figures of the body', () => {
    const { article, values } = built('kerosene.json', API_RU)
    expect(article?.title).toBe('Казахстан нарастит выпуск авиакеросина до 1,1 млн т к 2028 году')
    expect(article?.published).toBe('2026-08-14')
    expect(article?.author).toBe('Жанна Омарова')
    expect(values).toEqual(expect.arrayContaining([640_000, 1_050_000]))
  })

  it.each([
    ['en', '{"status": "ok", "count": 2}'],
    ['az', '{"xəbər": "qısa"}'],
    ['en', '{ not json at all, "headline": "x" }'],
    ['ru', '[1, 2, 3]'],
  ])('guard (%s): JSON with no story, or text that only looks like it, stays as it is', (_lang, raw) => {
    expect(readNewsJson(raw)).toEqual({ text: raw, removed: [] })
  })
})
