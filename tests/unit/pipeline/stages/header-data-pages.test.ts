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

/** A forum's programme, a page of timed sessions over the story of its first day. */
const programmePage = (title: string, heading: string, dateLine: string, lead: string, lead2: string) =>
  page(
    'CCPF 2026 | Caspian Chemicals Forum',
    'Home | About | Programme | Speakers | Contacts',
    '',
    title,
    '',
    lead,
    '',
    '08:30–09:30 Registration',
    '09:30–10:15 Opening',
    '10:15–11:45 Panel 1',
    '11:45–12:15 Coffee break',
    '',
    heading,
    '',
    dateLine,
    '',
    lead2,
  )

describe('parseHeader: a programme over the story is dated by the story’s own date and time line, however far down', () => {
  it.each([
    [
      'az',
      programmePage(
        'III Xəzər Kimya Forumu: proqram və birinci günün yekunları',
        'BİRİNCİ GÜNÜN YEKUNLARI',
        '13.10.2026 | 20:15 · Forumun mətbuat xidməti',
        'Forum haqqında qısa: 800-dən çox iştirakçı, 60 natiq və 4 panel sessiyası gözlənilir.',
        STORY_LEAD.az,
      ),
    ],
    [
      'en',
      programmePage(
        'Caspian Chemicals Forum: programme and day one',
        'DAY ONE IN BRIEF',
        '13 October 2026, 20:15 | Forum press office',
        'The forum in brief: more than 800 delegates, 60 speakers and four panel sessions are expected.',
        STORY_LEAD.en,
      ),
    ],
  ])('%s', (_lang, text) => {
    expect(parseHeader(text).published).toBe('2026-10-13')
  })

  it('guard: timed lines of a log, each over another line of the log, date nothing', () => {
    const text = page('ShipRadar', 'KURYK STAR', '', STORY_LEAD.en, '', ...VOYAGE_LOG)
    expect(parseHeader(text).published).toBeNull()
  })
})
