import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../../src/pipeline/build-dataset'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { captionPer } from '../../../../src/pipeline/stages/table-heads'
import { paragraphsOf } from './extraction-input'

/** The figures of a page of lines, each line a paragraph of its own, as a scraper saves a table. */
const read = (lang: string, lines: string[]) =>
  extractFigures(
    paragraphsOf(
      lang,
      '2026-02-09',
      lines.map((line) => [line]),
    ),
  ).map((f) => [f.value, f.unit])

describe('captionPer: the unit of goods a table’s caption prices its money per', () => {
  it.each([
    ['tr', 'FİYAT LİSTESİ 1 – PORSELEN KARO (fiyatlar m² başına)', 'm2'],
    ['tr', 'FİYAT LİSTESİ 2 – VİTRİFİYE (fiyatlar adet başına)', 'piece'],
    ['az', 'Qiymətlər (1 m² üçün, ABŞ dolları)', 'm2'],
    ['en', 'Price list: sanitary ware, USD per piece', 'piece'],
    ['ru', 'Прайс-лист: керамогранит, цены за 1 м²', 'm2'],
    ['ru', 'Сантехника (цены за шт., USD)', 'piece'],
    ['en', 'Export prices, USD', null],
    ['ru', 'Экспорт за 2025 год, тыс. тонн', null],
  ])('%s: "%s"', (lang, caption, per) => {
    expect(captionPer(caption, lang)).toBe(per)
  })
})

describe('tableRows: a price list whose cells name their currency, under a caption that prices per unit', () => {
  it('tr: each price is dollars per square metre or per piece; the box’s area stays an area', () => {
    const figures = read('tr', [
      'FİYAT LİSTESİ 1 – PORSELEN KARO (fiyatlar m² başına)',
      'Kod | Seri / Ürün | Kutu | FOB Mersin | EXW Kütahya',
      'ALT-PK-6060-TRV | Traverten Bej, 60x60, mat | 1,44 m² | 7,20 USD | 6,65 USD',
      'ALT-PK-60120-CLC | Calacatta Parlak, 60x120 | 1,44 m² | 11,90 USD | 11,10 USD',
      'ALT-DK-3060-GRY | Duvar Karosu Antrasit, 30x60 | 1,62 m² | 8,10 EUR | 7,55 EUR',
    ])
    expect(figures).toEqual(
      expect.arrayContaining([
        [7.2, 'USD/m2'],
        [6.65, 'USD/m2'],
        [11.9, 'USD/m2'],
        [8.1, 'EUR/m2'],
        [1.44, 'm2'],
      ]),
    )
    expect(figures.filter(([, unit]) => unit === 'USD')).toEqual([])
  })

  it('guard, en: a price list with no unit in its caption keeps plain money', () => {
    const figures = read('en', [
      'Export price list, 2026',
      'Code | Product | FOB Mersin | EXW Kutahya',
      'ALT-VT-410 | Wall-hung toilet | 46.00 USD | 42.00 USD',
      'ALT-VT-225 | Washbasin | 28.50 USD | 26.00 USD',
      'ALT-VT-900 | Toilet set | 74.00 USD | 68.50 USD',
    ])
    expect(figures.filter(([, unit]) => String(unit).includes('/'))).toEqual([])
  })
})

describe('a page’s table head shaped like a menu, over rows ending in amounts, is the table’s head', () => {
  it('tr: "Kod | Ürün | FOB Mersin | EXW Kütahya" stays, and its prices are per piece', () => {
    const text = [
      'Altıntaş Seramik fiyat listesi',
      '',
      'Şirketimiz 2025 yılında Azerbaycan’a 3,4 milyon dolarlık ürün sattı.',
      '',
      'FİYAT LİSTESİ 2 – VİTRİFİYE (fiyatlar adet başına)',
      '',
      'Kod | Ürün | FOB Mersin | EXW Kütahya',
      'ALT-VT-410-RL | Asma klozet | 46,00 USD | 42,00 USD',
      'ALT-VT-225-LV | Lavabo, etajerli | 28,50 USD | 26,00 USD',
      'ALT-VT-900-ST | Klozet seti | 74,00 USD | 68,50 USD',
    ].join('\n')
    const { dataset } = buildDataset([{ file: 'tr-list.txt', bytes: new TextEncoder().encode(text) }])
    expect(dataset.articles[0]?.removed.map((r) => r.text)).not.toContain('Kod | Ürün | FOB Mersin | EXW Kütahya')
    const prices = dataset.figures.filter((f) => f.unit === 'USD/piece').map((f) => f.value)
    expect(prices.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([26, 28.5, 42, 46, 68.5, 74])
  })
})

describe('tableRows: a price list’s prices are in force as the page is dated, even in February', () => {
  const yearsOf = (lang: string, lines: string[]) =>
    extractFigures(
      paragraphsOf(
        lang,
        '2026-02-09',
        lines.map((line) => [line]),
      ),
    ).map((f) => [f.unit, f.year])

  it('ru: prices per square metre are this year’s', () => {
    const rows = yearsOf('ru', [
      'Прайс-лист: керамогранит',
      'Код | Наименование | EXW Ангрен, $/м² | FOB Туркменбаши, $/м²',
      'OK-GP6060-BEI | Керамогранит «Афросиаб», беж | 7,20 | 8,35',
      'OK-GP6060-GRS | Керамогранит «Афросиаб», серый | 7,90 | 9,05',
      'OK-WT2550-WH | Настенная плитка «Регистан» | 4,60 | 5,55',
    ])
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every(([unit, year]) => unit === 'USD/m2' && year === 2026)).toBe(true)
  })

  it('guard, ru: a table of amounts early in the year names no year it does not give', () => {
    const rows = yearsOf('ru', [
      'Экспорт по направлениям, тыс. тонн',
      'Направление | Объём',
      'Азербайджан | 120',
      'Грузия | 85',
      'Турция | 64',
    ])
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every(([, year]) => year === null)).toBe(true)
  })
})
