import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../src/lib/i18n/create-i18n'
import type { Lang } from '../../../src/lib/langs'
import { metricName } from '../../../src/lib/metric-name'
import { readMetricLabel } from '../../../src/schema/metric-label'
import { extract } from '../pipeline/stages/figure-input'

/** The one figure a sentence gives, named in an interface language as the views name it. */
function nameOf(sentence: string, lang: string, ui: Lang): string {
  const [figure, ...rest] = extract([sentence], lang)
  expect(rest).toEqual([])
  return metricName(figure!.metric, figure!.label, createI18n(ui).t, ui)
}

describe('metric names the pipeline builds, in the interface language', () => {
  it.each([
    ['tr', 'Ticaret hacmi geçen yıl yüzde 20 arttı.'],
    ['az', 'Ticarət dövriyyəsi ötən il 20 faiz artıb.'],
    ['en', 'Trade turnover grew by 20 percent last year.'],
    ['ru', 'Товарооборот в прошлом году вырос на 20 процентов.'],
  ])('name the growth of a known metric (%s "%s")', (lang, sentence) => {
    expect(nameOf(sentence, lang, 'tr')).toBe('İkili ticaret hacmi: artış')
    expect(nameOf(sentence, lang, 'az')).toBe('İkitərəfli ticarət dövriyyəsi: artım')
    expect(nameOf(sentence, lang, 'en')).toBe('Bilateral trade turnover: growth')
  })

  it.each([
    ['tr', 'Geçen yıl 240 megavat devreye alındı.'],
    ['az', 'Ötən il 240 meqavat istifadəyə verilib.'],
    ['en', 'Last year 240 MW were commissioned.'],
    ['ru', 'В прошлом году введено 240 МВт.'],
  ])('name a figure no noun names by its unit in words (%s "%s")', (lang, sentence) => {
    expect(nameOf(sentence, lang, 'tr')).toBe('Adı geçmeyen gösterge (megavat)')
    expect(nameOf(sentence, lang, 'az')).toBe('Adı çəkilməyən göstərici (meqavat)')
    expect(nameOf(sentence, lang, 'en')).toBe('Unnamed figure in megawatts')
  })

  it.each([
    ['tr', 'Kazak buğdayı bu hafta ton başına 228 dolardan işlem gördü.'],
    ['az', 'Buğdanın hər tonu üçün 230 dollar ödənilir.'],
    ['en', 'Milling wheat traded at $236 a tonne on Tuesday.'],
    ['ru', 'Пшеница на этой неделе стоила 230 долларов за тонну.'],
  ])('name the price of one tonne of a known metric’s goods (%s "%s")', (lang, sentence) => {
    expect(nameOf(sentence, lang, 'en')).toBe('Wheat supply: price')
    expect(nameOf(sentence, lang, 'tr')).toMatch(/: fiyat$/u)
    expect(nameOf(sentence, lang, 'az')).toMatch(/: qiymət$/u)
  })

  it('name the currency of an unnamed amount through Intl, and an unnamed growth rate by both parts', () => {
    expect(nameOf('В прошлом году выделено 500 млн тенге.', 'ru', 'en')).toMatch(
      /^Unnamed figure in Kazakhstani tenge$/i,
    )
    expect(nameOf('Geçen yıl yüzde 15 arttı.', 'tr', 'tr')).toBe('Adı geçmeyen gösterge (yüzde): artış')
  })

  it('keep a metric named by the article’s own words as written, and a unit they do not know as written', () => {
    const { t } = createI18n('tr')
    expect(metricName('pamuk-ihracati', 'pamuk ihracatı', t, 'tr')).toBe('pamuk ihracatı')
    expect(metricName('pamuk-ihracati-share', 'pamuk ihracatı: share', t, 'tr')).toBe('pamuk ihracatı: pay')
    expect(metricName('unnamed-furlongs', 'Unnamed figure (furlongs)', t, 'tr')).toBe(
      'Adı geçmeyen gösterge (furlongs)',
    )
  })

  it('read a label back only when its metric was built the same way', () => {
    expect(readMetricLabel('unnamed-mw', 'Unnamed figure (MW)')).toEqual({ form: 'unnamed', unit: 'MW' })
    expect(readMetricLabel('x-growth', 'X: growth')).toEqual({ form: 'growth', metric: 'x', label: 'X' })
    // a label that looks built but whose metric is not: the article's words, kept
    expect(readMetricLabel('ratio', 'Ratio: growth')).toEqual({ form: 'named' })
    expect(readMetricLabel('trade', 'Unnamed figure (t)')).toEqual({ form: 'named' })
  })
})
