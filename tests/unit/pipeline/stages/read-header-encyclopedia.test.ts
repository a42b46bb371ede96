import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { page, STORY_LEAD } from './header-pages'

/** An encyclopedia's sidebar, account links and tabs: a dozen lines of clutter over the title. */
const SIDEBAR = {
  tr: [
    'Vikipedi',
    'Özgür Ansiklopedi',
    'Ana sayfa',
    'Rastgele madde',
    'Seçkin içerik',
    'Güncel olaylar',
    'Bağış yapın',
    'Ara',
    'Hesap oluştur | Oturum aç',
    'Madde | Tartışma',
    'Oku | Değiştir | Kaynağı değiştir | Geçmişi gör',
  ],
  ru: [
    'Материал из Википедии — свободной энциклопедии',
    'Перейти к навигации Перейти к поиску',
    'Случайная статья',
    'Текущие события',
    'Поиск',
    'Создать учётную запись | Войти',
    'Статья Обсуждение Читать Править Править код История',
  ],
} as const

/** The stamp at an encyclopedia page's foot, and the day it gives. */
const LAST_EDITED: Record<string, [string, string]> = {
  tr: ['Bu sayfa en son 3 Nisan 2026 tarihinde, 14.12 saatinde değiştirilmiştir.', '2026-04-03'],
  ru: ['Эта страница в последний раз была отредактирована 12 мая 2026 в 08:41.', '2026-05-12'],
  en: ['This page was last edited on 3 April 2026, at 14:12 (UTC).', '2026-04-03'],
}

describe('parseHeader: an encyclopedia’s page', () => {
  it.each(['tr', 'ru'] as const)('%s: the title stands under a sidebar of a dozen lines of clutter', (lang) => {
    const header = parseHeader(page(...SIDEBAR[lang], 'Kazakistan kükürt ihracatı', '', STORY_LEAD[lang]))
    expect(header.title).toBe('Kazakistan kükürt ihracatı')
  })

  it.each(['tr', 'ru', 'en'] as const)('%s: the page is dated by its last edit, at its foot', (lang) => {
    const [stamp, day] = LAST_EDITED[lang] ?? ['', '']
    const header = parseHeader(page('Caspian Maritime Academy', '', STORY_LEAD[lang], '', 'Categories: Ports', stamp))
    expect(header.published).toBe(day)
    expect(header.body.join('\n')).not.toContain(stamp)
  })

  it('guard: a sentence on an edit in the story’s own last lines dates nothing without the stamp’s words', () => {
    const header = parseHeader(page('Headline', '', STORY_LEAD.en, '', 'The law was edited on 3 April 2026.'))
    expect(header.published).toBeNull()
  })
})

describe('cleanBody: an embassy’s notices beside its news', () => {
  const story = ['The Trade House of Kazakhstan opened in Baku on Tuesday.', 'Trade reached $612.4 million in 2025.']
  it.each<[string, string[]]>([
    [
      'en',
      [
        'CONSULAR NOTICES',
        'Citizens may stay without a visa for up to 90 days.',
        'Applications are accepted from 09:30 to 12:30.',
      ],
    ],
    [
      'az',
      [
        'KONSULLUQ ELANLARI',
        'Vətəndaşlar 90 gün müddətinə vizasız qala bilərlər.',
        'Qəbul saatları: bazar ertəsi – cümə, 09:30–12:30',
      ],
    ],
    ['ru', ['Консульские объявления', 'Граждане могут находиться без визы до 90 дней.']],
    ['tr', ['Konsolosluk duyuruları', 'Vatandaşlarımız 90 güne kadar vizesiz kalabilir.']],
  ])('%s: the notices under their label are cut, the story stays', (_lang, notices) => {
    expect(cleanBody([...notices, '', ...story]).text).toBe(story.join('\n'))
  })

  it('a headline under the notices ends them', () => {
    const lines = [
      'KONSULLUQ ELANLARI',
      'Vətəndaşlar 90 gün vizasız qala bilərlər.',
      'Bakıda Ticarət Evi açılıb',
      ...story,
    ]
    expect(cleanBody(lines).text).toBe(['Bakıda Ticarət Evi açılıb', ...story].join('\n'))
  })
})

describe('parseHeader: an embassy’s page, its menu and notice over the news', () => {
  it('the headline over the date line is the title, past a menu with a dash and a notice over the page', () => {
    const header = parseHeader(
      page(
        'Embassy of the Republic of Kazakhstan in the Republic of Azerbaijan',
        'Home | About the Embassy | Ambassador | Kazakhstan – Azerbaijan | Business | Contacts',
        'NOTICE: The consular section will not receive visitors on 27–29 May 2026 due to the holidays.',
        'Home / Press Centre / Embassy News',
        'Embassy News',
        '',
        'Kazakh Trade House opens in Baku',
        '20.05.2026',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published]).toEqual(['Kazakh Trade House opens in Baku', '2026-05-20'])
  })

  it.each<[string, string]>([
    ['en', 'NOTICE: The consular section will not receive visitors on 27–29 May.'],
    ['tr', 'Duyuru: Konsolosluk şubesi 1 Mayıs’ta kapalı olacaktır.'],
    ['ru', 'Объявление: консульский отдел не работает 1 мая.'],
    ['az', 'Elan: Konsulluq şöbəsi mayın 1-də işləməyəcək.'],
  ])('%s: an office’s notice is cut: %s', (_lang, line) => {
    expect(cleanBody([line, '', ...STORY_LEAD.en.split('\n')]).text).toBe(STORY_LEAD.en)
  })
})

describe('parseHeader: a working paper dated by its current version', () => {
  it.each<[string, string, string]>([
    ['en', 'First draft: 12 May 2026 · This version: 30 June 2026', '2026-06-30'],
    ['tr', 'İlk taslak: 12 Mayıs 2026 · Bu sürüm: 30 Haziran 2026', '2026-06-30'],
    ['ru', 'Первая версия: 12 мая 2026 · Текущая версия: 30 июня 2026', '2026-06-30'],
  ])('%s: %s', (lang, dateLine, day) => {
    const header = parseHeader(
      page('After the Dry Year: Drought and Exports', '', 'Gulnara Tokhtarova', dateLine, '', STORY_LEAD[lang as 'en']),
    )
    expect([header.title, header.published]).toEqual(['After the Dry Year: Drought and Exports', day])
  })
})

describe('parseHeader: a chronology dated by its last update', () => {
  const chronology = (updated: string, intro: string, entryDate: string, entry: string) =>
    page(
      'Dəhliz Analitik Mərkəzi',
      '',
      'Azərbaycan–Qazaxıstan: tərəfdaşlığın xronologiyası',
      updated,
      '',
      intro,
      '',
      entryDate,
      entry,
    )

  it('az: its first entry’s date, years before the update, does not date the page', () => {
    const header = parseHeader(
      chronology(
        'Səhifə sonuncu dəfə yenilənib: 12.XI.2026 · Tərtib edən: Aynur Rzayeva',
        'Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 2025-ci ildə 1,02 milyard ABŞ dollarına çatıb.',
        '12 avqust 2018 — Aktau',
        'Xəzəryanı dövlətlərin V Zirvə görüşündə Xəzər dənizinin hüquqi statusu haqqında Konvensiya imzalanıb.',
      ),
    )
    expect(header.published).toBe('2026-11-12')
  })

  it('en: an update line with no year-old entry under it still lets a date under the standfirst date the page', () => {
    const header = parseHeader(
      page(
        'Kazakhstan and China: a chronology',
        'Updated: 2 February 2026',
        '',
        'China became Kazakhstan’s largest trading partner in 2023, officials said on Monday.',
        '1 February 2026 · Astana',
        STORY_LEAD.en,
      ),
    )
    expect(header.published).toBe('2026-02-01')
  })
})
