import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('readDateLine: a campaign’s launch and a map’s last update date their pages', () => {
  it.each<[string, string]>([
    ['Launched 29 September 2026', '2026-09-29'],
    ['Kampaniya yerləşdirilib: 2 sentyabr 2026 · Bitmə tarixi: 30 noyabr 2026', '2026-09-02'],
    ['Kampanya başlangıcı: 3 Mart 2026', '2026-03-03'],
    ['Старт кампании: 1 июня 2026', '2026-06-01'],
  ])('%s', (line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })

  it('ru: a map page’s kind, its last update and its data’s version', () => {
    expect(readDateLine('Интерактивная карта · Обновлено 14 августа 2026 г. · Версия данных 3.2')?.updated).toBe(
      '2026-08-14',
    )
  })

  it('guard: a sentence before an update is no line of a page’s fields', () => {
    expect(readDateLine('Порт нарастил перевалку на 12% · Обновлено 14 августа 2026 г. · Версия 3.2')).toBe(null)
  })
})

describe('parseHeader: a crowdfunding page', () => {
  const campaign = page(
    'backerhive',
    'Discover | Start a project | Search | Log in',
    'Design & Tech › Product Design › Watches',
    'Almaty, Kazakhstan',
    'Steppe & Sea: Automatic Watches Hand-Built in Almaty',
    'Mechanical watches with limestone dials, built in a small Almaty workshop and shipped to you along the Silk Road.',
    'by Aruzhan Omarova · Saǵat Atelier',
    'Created 2 projects | 1 backed',
    'Launched 29 September 2026',
    'US$184,312 pledged of US$60,000 goal',
    '',
    STORY_LEAD.en,
  )

  it('en: its town and country are no headline, and its launch under the creator’s record dates it', () => {
    const header = parseHeader(campaign)
    expect(header.title).toBe('Steppe & Sea: Automatic Watches Hand-Built in Almaty')
    expect(header.published).toBe('2026-09-29')
  })

  it.each([
    'Back this project',
    'Remind me',
    'Bu layihəni dəstəklə',
    'Поддержать проект',
    'Created 2 projects | 1 backed',
    'Report this project to Backerhive',
    'Load more comments',
  ])('its button "%s" is page furniture', (line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it.each([
    'Campaign | Rewards | FAQ 14 | Updates 4 | Comments 212 | Community',
    'Layihə | Mükafatlar | Yeniləmələr 3 | Şərhlər 41',
  ])('its tabs, some with their counts, are a menu: %s', (line) => {
    expect(clutterReason(line)).toBe('site menu')
  })

  it('guard: a line of labelled figures is no menu of tabs', () => {
    expect(clutterReason('Exports 12 | Imports 34 | Transit 56')).not.toBe('site menu')
  })

  it('its share bar with a button to embed the page', () => {
    expect(clutterReason('Share: Facebook | X | Email | Embed | Copy link')).toBe('share buttons')
  })

  it('guard: a sentence that backs a project is no button', () => {
    expect(clutterReason('Back this project if you want Kazakh watches made at home')).toBe(null)
  })
})

describe('parseHeader: a document’s kind in capitals over its headline is its label', () => {
  it('tr: a committee’s record, its kind over the meeting’s title over the date', () => {
    const header = parseHeader(
      page(
        'TÜRKİYE BÜYÜK MİLLET MECLİSİ',
        'Ana Sayfa | Milletvekilleri | Komisyonlar | Tutanaklar | İletişim',
        'Dönem: 28 — Yasama Yılı: 4 — Birleşim: 9',
        'KOMİSYON TUTANAĞI (Ham Metin)',
        'Asansör Güvenliği ve Kurulum Denetimlerine İlişkin Bilgilendirme Toplantısı',
        '18 Şubat 2026 Çarşamba',
        '',
        STORY_LEAD.tr,
      ),
    )
    expect(header.title).toBe('Asansör Güvenliği ve Kurulum Denetimlerine İlişkin Bilgilendirme Toplantısı')
    expect(header.published).toBe('2026-02-18')
  })
})

describe('clutterReason: a long menu may hold one longer name', () => {
  it('tr: an official gazette’s menu', () => {
    expect(
      clutterReason(
        'Ana Sayfa | Yasama Bölümü | Yürütme ve İdare Bölümü | İlân Bölümü | Önceki Gazeteler | Mevzuat Bilgi Sistemi',
      ),
    ).toBe('site menu')
  })

  it('guard: three items with a long one are a sentence’s parts, no menu', () => {
    expect(clutterReason('Exports | Imports of grain and flour rose | Transit')).not.toBe('site menu')
  })
})

describe('readDateLine: a petition’s creation and a paper’s date among its extent and reference', () => {
  it.each<[string, string]>([
    ['Петиция создана 18 февраля 2026 г.', '2026-02-18'],
    ['Petition created on 3 May 2026', '2026-05-03'],
    ['Petisiya yaradılıb: 12 mart 2026', '2026-03-12'],
    ['Kampanya oluşturuldu: 4 Nisan 2026', '2026-04-04'],
    ['White paper · 14 October 2025 · 28 pages · Ref. HB-WP-2025/07 (version 1.2)', '2025-10-14'],
    ['Policy paper | 3 May 2026 | 12 pages', '2026-05-03'],
    ['Araştırma · 3 Mayıs 2026 · 42 sayfa', '2026-05-03'],
    ['Доклад · 3 мая 2026 г. · 36 стр.', '2026-05-03'],
  ])('%s', (line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })

  it('guard: a dataset’s creation is no page’s date', () => {
    expect(readDateLine('Created: 15.03.2022')).toBe(null)
  })

  it('guard: a paper’s kind before a story’s sentence with its numbers dates nothing', () => {
    expect(readDateLine('White paper · 3 May 2026 · Kazakhstan raised rail tariffs by 12%')).toBe(null)
  })

  it('ru: a petition page’s headline stands over its author and addressees, and its creation dates it', () => {
    const petition = page(
      'Petitsiya.online',
      'Начать петицию    Обзор    Мои петиции    Победы    Войти',
      'Главная › Петиции › Транспорт › Казахстан',
      '',
      'Верните прямой пассажирский поезд Алматы — Ташкент!',
      'Автор петиции: Дана Ермекова, Алматы',
      'Адресаты: Министерство транспорта Республики Казахстан; АО «НК «Қазақстан темір жолы»',
      'Петиция создана 18 февраля 2026 г.',
      '',
      STORY_LEAD.ru,
    )
    const header = parseHeader(petition)
    expect(header.title).toBe('Верните прямой пассажирский поезд Алматы — Ташкент!')
    expect(header.published).toBe('2026-02-18')
  })
})
