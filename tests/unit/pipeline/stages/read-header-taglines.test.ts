import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { page, STORY_LEAD } from './header-pages'

describe('parseHeader: a masthead with its tagline over a menu, and the headline before the date line', () => {
  it.each<[string, string, string, string, string]>([
    [
      'az',
      'Biznesİnfo.az — Sahibkarlıq və maliyyə portalı',
      'Ana səhifə | İqtisadiyyat | Energetika | Maliyyə | Dünya',
      'Hökumət Xaçmaz, Quba və Qusar layihələri üçün güzəştləri təsdiqlədi – QƏRAR',
      STORY_LEAD.az,
    ],
    [
      'ru',
      'Деловой.kz — Новости экономики и бизнеса',
      'Экономика | Финансы | Бизнес | Технологии | Мнения',
      'Минфин ищет поставщиков для «умных пломб» и «цифровых весов» на границе',
      STORY_LEAD.ru,
    ],
  ])('%s: the headline, not the masthead; the byline under the date', (_lang, masthead, menu, headline, lead) => {
    const header = parseHeader(page(masthead, menu, '', headline, '', '03.02.2026, 09:40', 'Leyla Qasımova', '', lead))
    expect([header.title, header.published, header.author]).toEqual([headline, '2026-02-03', 'Leyla Qasımova'])
  })

  it('en: a newsletter’s name and issue number over the date is its masthead, and “Compiled by” its byline', () => {
    const header = parseHeader(
      page(
        'Central Asia Trade Letter',
        'CORRIDOR MONITOR | Issue #57',
        'Mar 3, 2026 7:00 AM GMT+5',
        'Compiled by Hannah Lowe, Almaty bureau',
        '',
        'Corridor Monitor: grain trains speed up, Poti adds a berth',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.author]).toEqual([
      'Corridor Monitor: grain trains speed up, Poti adds a berth',
      'Hannah Lowe',
    ])
  })

  const authorOf = (byline: string) => {
    const header = parseHeader(page('Limanlarda yoğunluk sürüyor', '12.05.2026, 10:05', byline, '', STORY_LEAD.tr))
    return [header.author, header.body.join('\n').includes(byline)]
  }

  it.each<[string, string]>([
    ['az', 'Report-un İqtisadiyyat şöbəsi'],
    ['tr', 'Dünya Haberleri Masası'],
  ])('%s: a desk signs alone: %s', (_lang, byline) => {
    expect(authorOf(byline)).toEqual([null, false])
  })

  it.each<[string, string, string]>([
    ['tr', 'Elif Aydın - Ekonomi Servisi', 'Elif Aydın'],
    ['ru', 'Анна Ким, отдел экономики', 'Анна Ким'],
  ])('guard: %s: after the author’s name a desk is the author’s: %s', (_lang, byline, author) => {
    expect(authorOf(byline)).toEqual([author, false])
  })
})
