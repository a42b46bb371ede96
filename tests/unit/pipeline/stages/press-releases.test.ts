import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/pipeline/stages/ingest'
import { cutPageBreaks } from '../../../../src/pipeline/stages/page-breaks'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { page } from './header-pages'

/** A Turkish press release saved from a PDF: its footer and page number fall between a word's two halves. */
const TR_RELEASE = page(
  'Mobilya ihracatı Kazakistan’da yüzde 9 artışla 96,4 milyon dolara yükselir-',
  'ken Özbekistan’da yüzde 6,3 azalarak 71 milyon dolara geriledi. Sektör tem-',
  'silcileri düşüşü yerel üretimin artmasına ve kara navlu-',
  'TİM Basın Bülteni | 2026/41                                         Sayfa 1/3',
  'nundaki yükselişe bağlıyor.',
  '',
  'Güzergâh sayesinde paketlerin teslim süresi 14 günden 6 güne indi. Nisan',
  '                                    - 2 -',
  'TİM Basın Bülteni | 2026/41                                         Sayfa 2/3',
  'başına kadar bu hat üzerinden 9 binin üzerinde paket gönderildi.',
)

/** An English release: its page number and running header under a sentence cut at the page's foot. */
const EN_RELEASE = page(
  'The parties signed a memorandum on raising the share of locally made components',
  'in electric locomotives assembled in Kazakhstan to 50%',
  '',
  'Page 1 of 2',
  'Eurasian Development Bank · Press Release No. 07/2026',
  '',
  'by 2030, from around 30% today. The parties will prepare a list of com-',
  'ponents for localisation by September 2026.',
  '',
  'Page 2 of 2',
  'Eurasian Development Bank · Press Release No. 07/2026',
)

const bodyOf = (text: string) => ingestFile({ file: 'release.txt', bytes: new TextEncoder().encode(text) }).ingested

describe('cutPageBreaks: a PDF’s page numbers and running lines', () => {
  it('tr: cuts the footer and the page number, so the wrapped word and the sentence across the break mend', () => {
    const body = bodyOf(page('Başlık: Orta Asya’ya ihracat', '', TR_RELEASE))?.body.join('\n') ?? ''
    expect(body).toContain('kara navlunundaki yükselişe bağlıyor.')
    expect(body).toContain('indi. Nisan başına kadar bu hat üzerinden 9 binin üzerinde paket gönderildi.')
    expect(body).not.toMatch(/Sayfa|- 2 -/u)
  })

  it('en: cuts the running header repeated under every page number, and joins the sentence it split', () => {
    const { text, removed } = cutPageBreaks(EN_RELEASE)
    expect(removed.map((r) => r.text)).toEqual([
      'Page 1 of 2',
      'Eurasian Development Bank · Press Release No. 07/2026',
      'Page 2 of 2',
      'Eurasian Development Bank · Press Release No. 07/2026',
    ])
    expect(text).toContain('assembled in Kazakhstan to 50%\nby 2030, from around 30% today.')
  })

  it('guard: a web page’s lone "Page 1 of 1" and a sentence closed before a break are left as they are', () => {
    const lone = page('Share this article', 'Page 1 of 1', 'More transcripts')
    expect(cutPageBreaks(lone)).toEqual({ text: lone, removed: [] })
    const closed = page('The line opened.', '', 'Page 1 of 2', '', 'Trains run daily.', 'Page 2 of 2')
    expect(cutPageBreaks(closed).text).toBe(page('The line opened.', '', '', 'Trains run daily.'))
  })
})

describe('parseHeader: a press release under its issuer’s masthead', () => {
  it.each<[string, string[], string, string]>([
    [
      'tr',
      ['TİM', 'TÜRKİYE İHRACATÇILAR MECLİSİ', 'Dış Ticarette Türkiye’nin Gücü', 'BASIN BÜLTENİ', 'Bülten No: 2026/41'],
      'İstanbul, 14.04.2026',
      'ORTA ASYA’YA İHRACATTA İLK ÇEYREK: FINDIKTA YÜZDE 37 ARTIŞ',
    ],
    [
      'en',
      ['EURASIAN DEVELOPMENT BANK', 'PRESS RELEASE No. 07/2026', 'FOR IMMEDIATE RELEASE'],
      'Almaty, 24 February 2026',
      'EDB lends KZT 98.5 billion to electrify the Beineu–Mangyshlak railway',
    ],
  ])('%s: the headline under the label and the date, not the issuer’s name', (_lang, top, dateLine, headline) => {
    const header = parseHeader(page(...top, '', dateLine, '', headline, '', 'Kargo hacmi arttı, yetkililer açıkladı.'))
    expect([header.title, header.published]).toEqual([headline, dateLine.startsWith('İ') ? '2026-04-14' : '2026-02-24'])
  })
})

describe('readDateLine: a place and a comma before a release’s date', () => {
  it.each([
    ['İstanbul, 14.04.2026', '2026-04-14'],
    ['Bakı, 17 mart 2026', '2026-03-17'],
    ['Astana, 14 April 2026', '2026-04-14'],
    ['Алматы, 14.04.2026', '2026-04-14'],
  ])('%s', (line, date) => {
    expect(readDateLine(line)?.published).toBe(date)
  })

  it('guard: a place before a count is no date line ("Aktau, 12 ships")', () => {
    expect(readDateLine('Aktau, 12 ships')).toBeNull()
  })
})

describe('parseHeader: a letter dated under its signature', () => {
  const letter = (signOff: string, signature: string[], date: string, lead: string) =>
    page('Годовой отчет 2025', '', 'Обращение Председателя', '', lead, '', signOff, ...signature, date, '', '© 2026')
  it.each<[string, string, string[], string, string]>([
    ['ru', 'С уважением,', ['Председатель Совета директоров', 'Болат Оспанов'], '28 апреля 2026 года', '2026-04-28'],
    ['tr', 'Saygılarımla,', ['Yönetim Kurulu Başkanı', 'Mehmet Kervan'], '12 Mart 2026', '2026-03-12'],
    ['en', 'Yours sincerely,', ['Chairman of the Board', 'John Smith'], '3 March 2026', '2026-03-03'],
  ])('%s: "%s" … "%s"', (_lang, signOff, signature, date, iso) => {
    const lead = 'Уважаемые акционеры! 2025 год стал для нашего завода годом выхода на новые рынки.'
    expect(parseHeader(letter(signOff, signature, date, lead)).published).toBe(iso)
  })

  it('guard: a bare date at a page’s foot with no sign-off above it dates nothing', () => {
    const lead = 'Уважаемые акционеры! 2025 год стал для нашего завода годом выхода на новые рынки.'
    expect(
      parseHeader(page('Годовой отчет 2025', '', lead, '', 'Болат Оспанов', '28 апреля 2026 года')).published,
    ).toBeNull()
  })
})
