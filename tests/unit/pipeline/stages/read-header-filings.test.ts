import { describe, expect, it } from 'vitest'
import { markSiteClutter } from '../../../../src/pipeline/stages/clutter-lists'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { page, STORY_LEAD } from './header-pages'

describe('readDateLine: a filing’s sending, a paper’s publication, a date before its town', () => {
  it.each<[string, string]>([
    ['Gönderim Tarihi: 11.08.2026 18:42:17', '2026-08-11'],
    ['Filing date: 11 August 2026', '2026-08-11'],
    ['Дата раскрытия: 11.08.2026', '2026-08-11'],
    ['Nəşr tarixi: 06.10.2026', '2026-10-06'],
    ['17 сентября 2026 года, г. Алматы', '2026-09-17'],
    ['14 October 2025, Tbilisi', '2025-10-14'],
    ['12 mart 2026-cı il, Bakı', '2026-03-12'],
  ])('%s', (line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })

  it('guard: a sentence with a year and a comma is no date line', () => {
    expect(readDateLine('В 2026 году, Казахстан')).toBe(null)
  })
})

describe('parseHeader: a paper’s series label and a headline in capitals', () => {
  it('az: "SİYASƏT İCMALI № 14 (2026)" labels the brief over its headline', () => {
    const header = parseHeader(
      page(
        'Ana səhifə / Nəşrlər / Siyasət icmalları',
        'SİYASƏT İCMALI № 14 (2026)',
        'Xurma, kivi və subtropik meyvələr: ixracın şaxələndirilməsi və Orta Dəhlizin imkanları',
        'Nəşr tarixi: 06.10.2026',
        '',
        STORY_LEAD.az,
      ),
    )
    expect([header.title, header.published]).toEqual([
      'Xurma, kivi və subtropik meyvələr: ixracın şaxələndirilməsi və Orta Dəhlizin imkanları',
      '2026-10-06',
    ])
  })

  it('en: a union’s notice in capitals under its masthead and menus, over its date line', () => {
    const header = parseHeader(
      page(
        'GTUM | Georgian Trade Union of Metallurgy, Mining and Chemical Industry Workers',
        'Home | About the union | News | Collective agreements | Health & safety | Join us | Contact',
        'Home › News › Notices',
        'NOTICE OF STRIKE ACTION AT THE ASKANA AND GUMBRINI BENTONITE AND CLAY QUARRIES',
        'Posted on 14.10.2025 by GTUM Press Office',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published]).toEqual([
      'NOTICE OF STRIKE ACTION AT THE ASKANA AND GUMBRINI BENTONITE AND CLAY QUARRIES',
      '2025-10-14',
    ])
  })
})

/** The reasons the clutter marks give each line of a page's foot. */
const cuts = (lines: string[]) => {
  const marked = lines.map((text) => ({ text, cut: null as string | null }))
  markSiteClutter(marked)
  return marked.map((line) => line.cut)
}

describe('markSiteClutter: a paper’s numbered endnotes are its sources, no part of its story', () => {
  it.each([
    [
      'ru',
      [
        'Примечания',
        '1 Бюро национальной статистики АСПиР РК. Ввод в эксплуатацию жилых зданий за 2025 год. Астана, 2026. С. 3.',
        '2 Министерство промышленности и строительства РК, 2026.',
        '10 Там же.',
      ],
    ],
    [
      'az',
      [
        'İSTİNADLAR',
        '1 Azərbaycan SSR Mərkəzi Statistika İdarəsi, "Azərbaycan SSR-in xalq təsərrüfatı 1985-ci ildə", Bakı, 1986, s. 212.',
        '2 Dövlət Gömrük Komitəsi, 2026-cı ilin 8 ayı üzrə hesabat.',
      ],
    ],
    ['en', ['Notes', '1 Geostat, Average monthly wages by sector, 2024.', '2 Ibid.']],
    ['tr', ['Kaynaklar', '1 TÜİK, Dış Ticaret İstatistikleri, 2025.', '2 Ticaret Bakanlığı, 2026.']],
  ])('%s', (_lang, lines) => {
    expect(cuts(lines).every((cut) => cut === 'references')).toBe(true)
  })

  it('guard: a paragraph after the notes’ heading ends their list', () => {
    expect(cuts(['Notes', '1 Geostat, 2024.', 'The union will hold a rally on 24 October.']).at(-1)).toBe(null)
  })
})
