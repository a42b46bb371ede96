import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('clutterReason: a channel’s page, a podcast’s, an e-mailed brief’s and a rating release’s furniture', () => {
  it.each<[string, string, string]>([
    ['ru', '31,7K подписчиков · 1,4K фото · 208 видео · 55 ссылок', 'view counter'],
    ['az', '12 504 subscribers', 'view counter'],
    ['ru', '👍 204 🔥 31 👏 12', 'view counter'],
    ['ru', '👁 7,4K  11:20', 'view counter'],
    ['ru', 'Открыть в Telegram', 'site clutter'],
    ['ru', 'Закреплённое сообщение', 'site clutter'],
    ['ru', 'Вы смотрите этот канал в веб-версии. Чтобы подписаться, откройте приложение.', 'subscription notice'],
    ['ru', 'Грузы, порты и паромы Каспия. Для связи и рекламы: @kaspiy_admin', 'contact line'],
    ['az', '📌 Kanalı dostlarınızla paylaşın: t.me/xezer_yuk', 'follow prompt'],
    ['az', '🌙 Bu günlük bu qədər. Sabah 09:00-da yeni xülasə ilə qayıdacağıq.', 'editorial notice'],
    ['ru', '📷 Фото: пресс-служба порта Актау', 'photo caption'],
    ['az', 'Dinlə: Spotify | Apple Podcasts | YouTube', 'share buttons'],
    ['az', 'Abunə ol, yeni epizodları qaçırma!', 'follow prompt'],
    ['tr', 'Abone ol, yeni bölümleri kaçırma!', 'follow prompt'],
    ['en', 'Listen to this article · 4:12', 'share buttons'],
    ['en', 'Issue #88 · Monday, 9 March 2026 · 5 min read', 'site header'],
    ['en', 'SPONSORED', 'site clutter'],
    [
      'en',
      'Meet 200+ shippers at Caspian Freight Days, 3-4 May, Aktau. Early-bird passes 15% off until April 1.',
      'advertisement',
    ],
    ['ru', 'Курсы таможенных брокеров онлайн. Скидка 15% до 1 мая! Тел.: +7 (727) 300-11-22', 'advertisement'],
    ['en', 'Senior Rating Analyst: Anna Weiss, Director, +44 20 7000 1234, Example Ratings Ltd', 'contact line'],
    ['en', 'Media Relations: John Smith, London, Tel: +44 20 7000 5678, Email: media@example.com', 'contact line'],
    ['en', 'ALL EXAMPLE RATINGS ARE SUBJECT TO CERTAIN LIMITATIONS AND DISCLAIMERS.', 'editorial notice'],
    ['en', 'Have a tip? Contact us at tips@example.com or +1 212 555 0100.', 'contact line'],
    ['en', 'Case No. ARB 117/26', 'view counter'],
    ['tr', 'Basın Bülteni No: 2026/052', 'press release label'],
    ['tr', 'Bilgi için:', 'site clutter'],
    ['tr', 'Yazı boyutu: A- A A+ | Yazdır', 'site clutter'],
    ['tr', 'Sayfayı yenile ⟳ | Yeni gelişmeler için bildirimleri açın', 'site clutter'],
    ['az', 'Xəbər yenilənir.', 'site clutter'],
    ['ru', 'Новость дополняется', 'site clutter'],
    [
      'tr',
      'Anasayfa > Yazarlar > Doç. Dr. Ayşe Kaya > Hazar’da navlun neden düşmüyor ve bundan sonra ne olacak',
      'breadcrumb',
    ],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['ru', 'Для регулярных контейнерных поездов предусмотрена скидка 15% на тариф.'],
    ['tr', 'THY, Bakü biletlerinde yüzde 20 indirim uyguluyor.'],
    ['en', 'The analyst expects freight to rise 5% next year, the agency said.'],
    ['az', 'Qeyd edək ki, Bakı limanı bu il 5 milyon ton yük qəbul edib.'],
    ['en', 'Share prices rose 4% after the company said it would list in Astana.'],
  ])('guard: %s prose stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('parseHeader: a channel’s name over its handle, a rubric in capitals, an e-mail’s subject', () => {
  it('ru: a channel’s page takes its name for the title, not its counters or a post’s date', () => {
    const header = parseHeader(
      page(
        'Telegram',
        'Грузы | Порты | Каспий',
        '@gruzy_kaspiy',
        '12,1K подписчиков · 804 фото · 97 видео',
        'Открыть в Telegram',
        '14 марта',
        '',
        STORY_LEAD.ru,
      ),
    )
    expect(header.title).toBe('Грузы | Порты | Каспий')
    expect(header.body.join('\n')).not.toMatch(/подписчиков|@gruzy/u)
  })

  it('az: a rubric in capitals over a headline in sentence case is no title', () => {
    const header = parseHeader(
      page(
        'İLİN YEKUNLARI 2026',
        'İlin yekunları: Bakı limanında yükaşırma rekord həddə çatıb',
        '29 dekabr 2026 11:05',
        '',
        STORY_LEAD.az,
      ),
    )
    expect(header.title).toBe('İlin yekunları: Bakı limanında yükaşırma rekord həddə çatıb')
    expect(header.published).toBe('2026-12-29')
  })

  it('guard, tr: a headline in capitals over its standfirst stays the title', () => {
    const header = parseHeader(
      page(
        'HAZAR’DA REKOR YÜK',
        'Aktau ve Bakü limanlarında elleçlenen yük ilk kez 10 milyon tonu aştı.',
        '12.03.2026 10:00',
        '',
        STORY_LEAD.tr,
      ),
    )
    expect(header.title).toBe('HAZAR’DA REKOR YÜK')
  })

  it('en: an e-mailed brief takes the first story of its subject as title, its date field as date', () => {
    const header = parseHeader(
      page(
        'From: Corridor Brief <brief@example.com>',
        'To: subscriber',
        'Subject: Aktau opens a second container berth | Kazakh wheat exports | Georgia’s power gap',
        'Date: Mon, Mar 9, 2026 at 7:30 AM',
        'CORRIDOR BRIEF',
        'By Anna Reid, Editor',
        '',
        STORY_LEAD.en,
      ),
    )
    expect(header).toMatchObject({
      title: 'Aktau opens a second container berth',
      published: '2026-03-09',
      author: 'Anna Reid',
    })
    expect(header.body.join('\n')).not.toMatch(/Subject|CORRIDOR BRIEF|By Anna/u)
  })
})
