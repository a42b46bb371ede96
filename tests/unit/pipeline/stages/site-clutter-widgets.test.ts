import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: the widgets of live pages, players and programme pages', () => {
  it.each<[string, string, string]>([
    ['az', 'Oxumaq üçün: 5 dəqiqə', 'header time'],
    ['az', 'Oxunma: 1 286 | Oxumaq üçün: 4 dəq.', 'view counter'],
    ['tr', '5 dakikalık okuma | Yazdır | A+ A-', 'view counter'],
    ['az', '▶ 00:00 / 03:42', 'site clutter'],
    ['en', 'Live coverage · 9 updates', 'site clutter'],
    ['tr', 'Canlı anlatım · 12 gelişme', 'site clutter'],
    ['ru', 'Онлайн · 9 обновлений', 'site clutter'],
    ['tr', 'Otomatik güncelleme: AÇIK | Sayfayı yenile', 'site clutter'],
    ['ru', 'Автообновление: вкл.', 'site clutter'],
    ['ru', 'Эфир: 15 октября 2025, 19:30 (время Астаны). Продолжительность: 42 мин.', 'site clutter'],
    ['tr', 'Yayın tarihi: 3 Ekim 2025, 20:00', 'site clutter'],
    ['ru', 'Скачать выпуск (MP3, 38 МБ)', 'share buttons'],
    ['tr', 'Murat Yüce | muratyuce@lojistikhatti.com', 'contact line'],
    ['ru', 'Слушать прямой эфир ▶', 'site clutter'],
    ['tr', 'Canlı izle ▶', 'site clutter'],
    ['en', 'You are here: Home / Interviews / Logistics', 'breadcrumb'],
    ['en', 'Press release No. 2025/47 · 5 min read', 'view counter'],
    ['ru', 'Погода в Актау: +24 °C | USD 509,80 | EUR 553,20', 'market ticker'],
    ['tr', 'Dolar 42,11 | Euro 48,74 | Motorin 57,84 TL/lt', 'market ticker'],
    ['az', 'Dollar 1,70 | Avro 1,98 | Benzin 1,10 AZN/l', 'market ticker'],
    // a list's label and its items on one line
    [
      'az',
      'ƏN ÇOX OXUNAN: Bakıda yol qəzası: 3 nəfər xəsarət alıb | Sabah hava küləkli olacaq | Ali məktəblərə qəbul başlayır',
      'related links',
    ],
    [
      'en',
      'LATEST: Kyrgyzstan opens second checkpoint · Astana hosts Central Asia media forum · Tashkent metro reaches Sergeli',
      'news-feed list',
    ],
    ['ru', 'Комментариев: 38', 'view counter'],
    ['en', 'Comments: 12', 'view counter'],
    ['en', 'Posted in: Middle Corridor 2026, Road trips', 'tags'],
    ['ru', 'Рубрика: Экономика', 'tags'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it('guard: a sentence with a colon and a middle dot is no list', () => {
    expect(
      clutterReason('Note: the ministry, the port and the railway agreed on the tariff · and on the timetable.'),
    ).toBe(null)
  })
})

describe('clutterReason: pitches and notes in the languages’ own words', () => {
  it.each<[string, string, string]>([
    ['en', 'Subscribe for $9.99/month — first 30 days free', 'subscription notice'],
    ['tr', 'E-bültenimize abone olun, günün enerji gündemi her sabah 08.00’de e-postanızda.', 'subscription notice'],
    ['az', 'Həftəlik logistika bülletenimizə abunə olun - hər cümə e-poçtunuzda.', 'subscription notice'],
    [
      'en',
      'Notes to editors: The Middle Corridor Connectivity Index was first published in 2019. Methodology: page 14 of the full report.',
      'editorial notice',
    ],
    ['ru', 'Мнения, высказанные в обзоре, могут не совпадать с позицией редакции.', 'editorial notice'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'The port handled 148,000 TEU, up from 96,000 in 2024.'],
    ['ru', 'Продолжительность рейса составит 42 минуты, сообщил перевозчик.'],
    ['tr', 'Yolculuk 5 saat sürüyor ve bilet fiyatı 120 dolar.'],
    ['az', 'Murad Əliyev bildirib ki, yük 4 dəqiqəyə boşaldılır.'],
  ])('guard: %s: a sentence of the story stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('clutterReason: a call’s replay button, an advert’s scroll prompt, contacts parted by bars and a disclaimer', () => {
  it.each<[string, string, string]>([
    ['en', 'Listen to the replay', 'site clutter'],
    ['ru', 'Читать больше', 'site clutter'],
    ['en', 'Advertisement · Scroll to continue', 'site clutter'],
    ['ru', 'Реклама · Продолжение ниже', 'site clutter'],
    ['az', 'Əlaqə: media@azeraluminium.az | +994 22 256 40 00', 'contact line'],
    ['ru', 'Телефон: +7 (7292) 20-11-00 | ir@cge.kz', 'contact line'],
    [
      'en',
      'Disclaimer: This transcript has been edited for readability. The bank does not guarantee its completeness.',
      'editorial notice',
    ],
    ['tr', 'Sorumluluk reddi: Bu rapordaki bilgiler yatırım tavsiyesi değildir.', 'editorial notice'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'Listen to the replay of the minister’s speech: exports rose 12% in May, he said.'],
    ['az', 'Əlaqə yaradılması üçün tərəflər 3 ortaq layihə üzrə razılığa gəlib.'],
  ])('guard: %s prose stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('clutterReason: a live page’s prompt to reload, a gallery’s controls, a story’s poll and tools', () => {
  it.each<[string, string, string]>([
    ['en', 'Refresh the page for the latest updates', 'site clutter'],
    ['az', '🔴 CANLI · Yeni yazıları görmək üçün səhifəni yeniləyin', 'site clutter'],
    ['en', 'Swipe left or use the arrows to see the next photo', 'site clutter'],
    ['tr', 'Sonraki fotoğraf için kaydırın ›', 'site clutter'],
    ['tr', 'Galeriyi tam ekran izle ⤢', 'site clutter'],
    ['ru', 'Листайте, чтобы увидеть следующее фото', 'site clutter'],
    ['tr', 'A+ A- Yazdır', 'site clutter'],
    ['ru', 'Скачать PDF (11 с., 1,4 МБ) | Поделиться', 'share buttons'],
    ['tr', "Google Haberler'de takip et", 'follow prompt'],
    ['tr', 'Bu haberi nasıl buldunuz? 😊 128 | 😐 11 | 😠 4', 'view counter'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'Traders had to swipe left on half the offers as prices rose 12% in 2025.'],
    ['ru', 'Какие страны купили больше всего? Казахстан 128 | Грузия 11'],
  ])('guard: %s prose stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})
