import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('clutterReason: a site menu printed on one line', () => {
  it.each<[string, string]>([
    ['en, wide gaps', 'News   Business   Energy   Culture   Sport'],
    ['tr, a tab between', 'Gündem\tEkonomi\tDünya\tSpor'],
    ['ru, section names with no marks', 'Главная Новости Политика Экономика Общество Культура Спорт'],
    ['az, section names with no marks', 'Xəbərlər Siyasət İqtisadiyyat Cəmiyyət İdman Mədəniyyət'],
    ['en, a search box', 'Search...'],
    ['en, a section with its year', 'Home | About us | Our team | Programme 2028 | News | Regions | Donate'],
    ['en, a cart with its count', 'Sign in | Join free | Messages | Orders | Cart (0)'],
    ['ru, one section with its classes’ numbers', 'Главная | Каталог учебников | 5–11 классы | Для учителя | Поиск'],
    [
      'az, links to the previous and the next topic',
      '◀ Əvvəlki mövzu: § 13. Dəniz nəqliyyatı | Növbəti mövzu: § 15. Turizm ▶',
    ],
    [
      'ru, links to the previous and the next paragraph',
      '◄ § 17. Автомобильный транспорт | Оглавление | § 19. Внешние связи ►',
    ],
    ['en, a row of drop-down lists', 'Ship to: Kazakhstan ▾ | Currency: USD ▾ | Language: English ▾'],
    ['en, a page counter and links on', 'Page 41 of 96 · Previous chapter: 4. Energy | Next chapter: 6. Agriculture'],
    ['tr, a link to the next part', 'Sonraki bölüm: 4. Tarım'],
    ['ru, a search box', 'Поиск'],
  ])('%s', (_name, line) => {
    expect(clutterReason(line)).not.toBeNull()
  })

  it.each<[string, string]>([
    ['en, a title-case headline', 'China Europe Rail Freight Shifts South'],
    ['ru, a headline naming two sections’ words', 'Политика и экономика Каспия в новом году'],
    ['tr, a sentence with a double space', 'Kazakistan ile  Azerbaycan arasında ticaret arttı.'],
    ['tr, a table’s row of numbers', 'Ticaret | 2025 | 12 | 14'],
    ['en, a sentence beside a bar', 'Trade rose 12% · exports | imports'],
  ])('guard: %s stays', (_name, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('readDateLine: a byline that ends with its date after "on"', () => {
  it('"By X in Section on 8 September 2026"', () => {
    expect(readDateLine('By Dana Sarsenova in Interviews on 8 September 2026')).toEqual({
      published: '2026-09-08',
      updated: null,
      byline: 'Dana Sarsenova',
    })
  })
})

describe('parseHeader: layouts of the fifth held-out set’s kinds', () => {
  it('en: a page dated only by its update (a live page) takes that day', () => {
    const header = parseHeader(
      page('LIVE: Caspian ports forum opens in Aktau', '', 'Updated June 3, 2026 · 09:40 (GMT+5)', '', STORY_LEAD.en),
    )
    expect([header.title, header.published]).toEqual(['LIVE: Caspian ports forum opens in Aktau', '2026-06-03'])
  })

  it('en: a menu of many lines, the headline, then a byline with its date after "on"', () => {
    const menu = ['World', 'Business', 'Markets', 'Energy', 'Technology', 'Opinion', 'Sport', 'Culture']
    const header = parseHeader(
      page(
        'THE CASPIAN HERALD',
        ...menu,
        'Search...',
        '',
        'Aktau port handles record cargo',
        '',
        'By Dana Sarsenova in Business on 3 June 2026',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published, header.author]).toEqual([
      'Aktau port handles record cargo',
      '2026-06-03',
      'Dana Sarsenova',
    ])
  })

  it('en: a long menu stack over the headline, its byline and date (past fifteen lines)', () => {
    const menu = ['Skip to main content', 'World', 'Business', 'Markets', 'Legal', 'Technology', 'Investigations']
    const more = ['My News', 'Sign In', 'Register', 'Sustainability', 'Breakingviews', 'Energy', 'Transportation']
    const header = parseHeader(
      page(
        ...menu,
        ...more,
        '',
        'Caspian ferry queues ease as new vessels arrive',
        '',
        'By Dana Sarsenova',
        '',
        'June 3, 2026 10:17 AM GMT+5 Updated 2 hours ago',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published]).toEqual(['Caspian ferry queues ease as new vessels arrive', '2026-06-03'])
  })

  it.each<[string, string, string]>([
    ['tr', 'Gündem\nEkonomi\nDünya\nSpor\nRadyo\nCanlı Yayın\nAna Sayfa / Ekonomi', STORY_LEAD.tr],
    ['az', 'Xəbərlər\nSiyasət\nİqtisadiyyat\nİdman\nMədəniyyət\nCanlı\nAna səhifə / İqtisadiyyat', STORY_LEAD.az],
    ['ru', 'Новости\nПолитика\nЭкономика\nСпорт\nКультура\nВидео\nГлавная / Экономика', STORY_LEAD.ru],
  ])('%s: a masthead and a menu stack, the headline, its standfirst, then the date', (_lang, menu, body) => {
    const standfirst = body
    const header = parseHeader(
      page('KASPI RADIO', ...menu.split('\n'), 'Limanlar yeni rekor kırdı', standfirst, '03.06.2026 10:24', '', body),
    )
    expect([header.title, header.published]).toEqual(['Limanlar yeni rekor kırdı', '2026-06-03'])
  })
})

describe('parseHeader: a site’s name over a menu stacked one entry per line, some in two or three words', () => {
  it.each<[string, string[], string, string, string]>([
    [
      'ru',
      ['Официальный сайт Президента Республики Казахстан', 'ҚАЗ | РУС | ENG', 'Президент', 'Администрация'],
      'Совет безопасности\nПресс-служба\nДокументы\nПоиск по сайту\nГлавная / Пресс-служба / Документы\n21 мая 2026 года',
      'Совместное заявление глав государств по итогам трехстороннего саммита',
      STORY_LEAD.ru,
    ],
    [
      'az',
      ['Azərbaycan Respublikasının Prezidenti', 'AZ | EN | RU', 'Prezident', 'Administrasiya'],
      'Təhlükəsizlik Şurası\nMətbuat xidməti\nSənədlər\nSaytda axtarış\nƏsas səhifə / Sənədlər\n21 may 2026',
      'Türküstan Bəyannaməsi qəbul edilib',
      STORY_LEAD.az,
    ],
    [
      'en',
      ['Official website of the President of Kazakhstan', 'KAZ | RUS | ENG', 'President', 'Administration'],
      'Security Council\nPress office\nDocuments\nSearch the site\nHome / Press office / Documents\n21 May 2026',
      'Joint statement of the heads of state on the results of the trilateral summit',
      STORY_LEAD.en,
    ],
    [
      'tr',
      ['T.C. Cumhurbaşkanlığı', 'TR | EN | RU', 'Cumhurbaşkanı', 'Kurumsal'],
      'Basın Açıklamaları\nYayınlar\nBelgeler\nSitede ara\nAna Sayfa / Belgeler\n21 Mayıs 2026',
      'Türk Devletleri Teşkilatı Zirvesi ortak bildirisi yayımlandı',
      STORY_LEAD.tr,
    ],
  ])('%s: the date line under the menu and the headline under it', (_lang, top, menuAndDate, headline, body) => {
    const header = parseHeader(page(...top, ...menuAndDate.split('\n'), headline, body))
    expect(header.published).toBe('2026-05-21')
    expect(header.title).toBe(headline)
    expect(header.body.join('\n')).toBe(body)
  })
})

describe('parseHeader: a page saved in a browser’s reader mode', () => {
  it.each<[string, string[], string, string]>([
    [
      'tr',
      ['bloomberght.com', 'Okuyucu Görünümü | Metin boyutu: A- A A+ | Tema: Açık Koyu Sepya'],
      "Kazak uranyumu Hazar'ı aşıyor: Orta Koridor'dan sevkiyat iki katına çıktı",
      'Deniz Kaya\n7-9 dakika\n14 Ağustos 2026 Cuma 09:12',
    ],
    [
      'en',
      ['timesca.com', 'Reader view | Text size: A- A A+ | Theme: Light Dark Sepia'],
      'Amu Darya running low as Turkmenistan turns to Turkish builders',
      'Aziz Nurmatov\n8–10 minutes\nAugust 14, 2026',
    ],
  ])('%s: the toolbar and the reading time are no headline', (lang, top, headline, under) => {
    const body = STORY_LEAD[lang as 'tr' | 'en']
    const header = parseHeader(page(...top, headline, ...under.split('\n'), '', body))
    expect([header.title, header.published]).toEqual([headline, '2026-08-14'])
    expect(header.body.join('\n').trim()).toBe(body)
  })
})

describe('parseHeader: a webmail page and a shop’s page, their controls over the message or the headline', () => {
  it.each<[string, string, string, string]>([
    [
      'tr',
      page(
        'Posta | Gelen Kutusu (14) | Yıldızlı | Gönderilmiş | Taslaklar | Arşiv | Spam',
        '← Geri | Yanıtla | Tümünü Yanıtla | İlet | Sil',
        '',
        'Proforma Fatura PI-2026/0418 – Alüminyum Profil Siparişi (Almatı)',
        'Kimden: Serkan Yıldırım <serkan.yildirim@example.com.tr>',
        'Kime: Aigerim Nurpeisova <a.nurpeisova@example.kz>',
        'Tarih: Pzt, 8 Haz 2026 10:14',
        'Ekler: PI-2026-0418.pdf (412 KB)',
        '',
        STORY_LEAD.tr,
      ),
      'Proforma Fatura PI-2026/0418 – Alüminyum Profil Siparişi (Almatı)',
      '2026-06-08',
    ],
    [
      'ru',
      page(
        'Почта | Календарь | Контакты | Диск',
        'Входящие (214) | Отправленные | Черновики | Спам',
        '',
        'Тема: Проформа-инвойс № PI-2026/0514 — аммиачная селитра, CPT Поти',
        'От: Дильшод Каримов <d.karimov@example.uz>',
        'Копия: logistics@example.uz',
        'Дата: вт, 12 мая 2026 г., 10:47',
        '',
        STORY_LEAD.ru,
      ),
      'Проформа-инвойс № PI-2026/0514 — аммиачная селитра, CPT Поти',
      '2026-05-12',
    ],
  ])('%s: the message’s subject is the title, its date field the date', (_lang, text, title, published) => {
    const header = parseHeader(text)
    expect(header).toMatchObject({ title, published })
    expect(header.body.join('\n')).not.toContain('Kimden')
  })

  it('en: a shop’s headline under its trail, past a row of drop-down lists and a cookie banner', () => {
    const text = page(
      'SilkRoute B2B — Wholesale marketplace for Eurasia',
      'Sign in | Join free | Messages | Orders | Cart (0)',
      'All categories > Construction > Aluminium Profiles',
      'Ship to: Kazakhstan ▾ | Currency: USD ▾ | Language: English ▾',
      'We use cookies for analytics and personalised offers. Manage preferences | Accept',
      '',
      '6063-T5 Aluminium Window and Door Profiles, Anodised',
      '',
      STORY_LEAD.en,
    )
    expect(parseHeader(text).title).toBe('6063-T5 Aluminium Window and Door Profiles, Anodised')
  })
})
