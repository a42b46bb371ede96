import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('readDateLine: an issue’s number and volume beside its date', () => {
  it.each<[string, string, string]>([
    ['en', 'Issue No. 47 · Vol. 3 · Friday, 21 November 2025', '2025-11-21'],
    ['tr', 'Sayı 112 · Cilt 9 · 21 Kasım 2025', '2025-11-21'],
    ['ru', 'Выпуск № 47 · Том 3 · 21 ноября 2025', '2025-11-21'],
  ])('%s: %s', (_lang, line, date) => {
    expect(readDateLine(line)?.published).toBe(date)
  })
})

describe('clutterReason: a paywall’s pitch and a weather line', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'You are reading the free edition. Upgrade to CFM Pro for daily assessments and route alerts ->',
      'subscription notice',
    ],
    ['tr', 'Bu içerik abonelere özeldir. Premium’a geçin →', 'subscription notice'],
    ['az', 'Tam mətn yalnız abunəçilər üçündür.', 'subscription notice'],
    ['ru', 'Полная версия доступна только для подписчиков.', 'subscription notice'],
    ['az', 'Hava: Ələt +17°C, külək 9 m/san', 'site header'],
    ['en', 'Weather: Almaty −3°C, snow', 'site header'],
    ['ru', 'Погода: Актау +21°, ветер 5 м/с', 'site header'],
    ['tr', 'Hava durumu: Ankara +12°C, parçalı bulutlu', 'site header'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'Temperatures in Aktau reached 41°C in July, port officials said.'],
    ['en', 'Operators plan to upgrade to larger ferries by 2027, the ministry said.'],
  ])('guard: %s prose stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('parseHeader: a masthead and its tagline over the menu are no headline', () => {
  it('en: the date in an issue line over the headline (a newsletter)', () => {
    const header = parseHeader(
      page(
        'CASPIAN FREIGHT MONITOR',
        'Weekly container and ro-ro market intelligence for the Trans-Caspian route',
        'Home | Rates | Ports | Newsletter archive | Methodology | Contact',
        'You are reading the free edition. Upgrade to CFM Pro for daily assessments and route alerts ->',
        '',
        'Issue No. 47 · Vol. 3 · Friday, 21 November 2025',
        '',
        'Price war deepens on the Caspian as new tonnage floods Aktau-Baku',
        '',
        'By Marat Ospanov, Senior Rates Analyst',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published]).toEqual([
      'Price war deepens on the Caspian as new tonnage floods Aktau-Baku',
      '2025-11-21',
    ])
  })

  it.each<[string, string, string, string]>([
    ['en', 'Eurasia Desk staff', '22/02/2026 08:00 (GMT+4)', STORY_LEAD.en],
    ['tr', 'PiyasaHattı Dış Haberler Servisi', '22.02.2026, 14:37', STORY_LEAD.tr],
    ['az', 'Report Xəbər xidməti', '22.02.2026, 14:37', STORY_LEAD.az],
    ['ru', 'Отдел новостей', '22.02.2026, 14:37', STORY_LEAD.ru],
  ])('%s: a desk signs between the headline and its date: "%s"', (_lang, desk, date, lead) => {
    const header = parseHeader(
      page(
        'EURASIA NEWS',
        'News and analysis from Central Asia',
        'Latest | Politics | Economy',
        '',
        'Ports set new records',
        '',
        desk,
        date,
        '',
        lead,
      ),
    )
    expect([header.title, header.published]).toEqual(['Ports set new records', '2026-02-22'])
  })

  it.each<[string, string, string]>([
    ['ru', 'Правда ли, что мигранты перевели из России 30 млрд долларов за год?', STORY_LEAD.ru],
    ['en', 'Is it true that trucks wait a week at the Kazakh–Uzbek border?', STORY_LEAD.en],
  ])('%s: a question headline under a kicker in capitals, below the menu', (_lang, question, lead) => {
    const header = parseHeader(
      page(
        'ПРОВЕРЕНО.АЗИЯ',
        'Фактчекинг и разборы: Центральная Азия, Россия, Турция',
        'Главная | Фактчек | Разборы | Мифы и факты | Методология | О проекте',
        'Главная » Фактчек » Экономика',
        '',
        'МИФЫ И ФАКТЫ',
        '',
        question,
        '',
        'Дильноза Каримова',
        '14 августа 2025, 11:20',
        '',
        lead,
      ),
    )
    expect([header.title, header.published]).toEqual([question, '2025-08-14'])
  })
})
