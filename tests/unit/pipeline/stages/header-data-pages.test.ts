import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { page, STORY_LEAD } from './header-pages'

/** A ship's log, as a tracking site prints it in every language. */
const VOYAGE_LOG = [
  'IMO 9587142 · MMSI 436000412',
  '17.08.2026 09:10 | Aktau | arrived at the outer anchorage',
  '17.08.2026 18:40 | Aktau | berthed at berth No. 7',
  '19.08.2026 14:25 | Aktau | departed for Alat',
  '20.08.2026 19:30 | Alat | anchored, waiting for a berth',
  '20.08.2026 22:25 | Alat | berthed at berth No. 4',
  '21.08.2026 07:00 | Alat | discharge commenced',
  'Port | Country | Arrival | Departure',
  'Alat | AZ | 20.08.2026 22:25 | –',
  'Aktau | KZ | 17.08.2026 09:10 | 19.08.2026 14:25',
  'Turkmenbashi | TM | 11.08.2026 16:00 | 13.08.2026 08:00',
  'CSV',
]

/** A data page (a ship's particulars and its log) with its story far down, under the story's own date line. */
const shipPage = (fields: readonly string[], label: string, headline: string, dateLine: string, lead: string) =>
  page(
    'ShipRadar',
    'Live Map   Vessels   Ports   News   Sign in',
    'Home > Vessels > General Cargo > KURYK STAR',
    'KURYK STAR',
    ...fields,
    ...VOYAGE_LOG,
    '',
    label,
    headline,
    dateLine,
    '',
    lead,
  )

describe('parseHeader: a data page is dated by the date line right over its first paragraph', () => {
  it.each([
    [
      'en',
      shipPage(
        ['IMO: 9587142', 'Length overall: 139.95 m', 'Beam: 16.70 m', 'Time underway: 32 h'],
        'NEWS',
        'Kazakh freighter lands first timber cargo at Alat',
        '21 August 2026 · ShipRadar News Desk',
        STORY_LEAD.en,
      ),
      '2026-08-21',
    ],
    [
      'az',
      shipPage(
        ['IMO: 9632417', 'Uzunluğu: 140,8 m', 'Eni: 16,9 m', 'Dedveyt: 7 080 ton'],
        'DƏNİZ XƏBƏRİ',
        'Titan süngərinin ilk partiyası Ələtə çatıb',
        '02.06.2026 | GəmiRadar xəbər xidməti',
        STORY_LEAD.az,
      ),
      '2026-06-02',
    ],
    [
      'tr',
      shipPage(
        ['IMO: 9632417', 'Boy: 140,8 m', 'Genişlik: 16,9 m', 'Taşıma kapasitesi: 7.080 ton'],
        'HABER',
        'Kazak titanı Orta Koridor’dan Türkiye’ye yola çıktı',
        '2 Haziran 2026 | 10:40',
        STORY_LEAD.tr,
      ),
      '2026-06-02',
    ],
    [
      'ru',
      shipPage(
        ['IMO: 9632417', 'Длина: 140,8 м', 'Ширина: 16,9 м', 'Дедвейт: 7 080 т'],
        'НОВОСТИ',
        'Первая партия титановой губки прибыла в Алят',
        '2 июня 2026, 10:40',
        STORY_LEAD.ru,
      ),
      '2026-06-02',
    ],
  ])('%s', (_lang, text, published) => {
    const header = parseHeader(text)
    expect(header.published).toBe(published)
    expect(header.body).toContain(text.split('\n').at(-1))
  })

  it('guard: a page whose only date stands under its first paragraph stays undated', () => {
    const text = page('ShipRadar', 'KURYK STAR', 'Beam: 16.70 m', '', STORY_LEAD.en, '21 August 2026 · Photo archive')
    expect(parseHeader(text).published).toBeNull()
  })
})

describe('parseHeader: a date far down leaves the page’s top undated, titled by the line under its breadcrumb', () => {
  it('az: a ship-tracking page is titled by the ship’s line, not the site’s tagline', () => {
    const text = readFileSync(new URL('../../../fixtures/holdout23/articles/h23-az-03.txt', import.meta.url), 'utf8')
    expect(parseHeader(text)).toMatchObject({ title: 'GÖYGÖL — quru yük gəmisi (Azərbaycan)', published: '2026-06-02' })
  })
})
