import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: a filing’s form fields, feedback buttons and file links', () => {
  it.each<[string, string, string]>([
    ['tr', 'Yapılan Açıklama Düzeltme mi? Hayır', 'site clutter'],
    ['en', 'Was this article useful? Yes | No', 'site clutter'],
    ['az', 'Məqalə faydalı oldu? Bəli / Xeyr', 'site clutter'],
    ['tr', 'İlgili Şirketler []', 'site clutter'],
    ['tr', 'Bildirim ID: 1534872', 'site clutter'],
    ['ru', 'Материал №41527', 'site clutter'],
    ['en', '12 comments', 'site clutter'],
    ['ru', '7 комментариев', 'site clutter'],
    ['en', 'English (en) ▾', 'site clutter'],
    ['az', 'Videonu izlə | 3:42', 'site clutter'],
    ['en', 'PDF 58kB | Word 21kB', 'site clutter'],
    ['en', 'Print | Download PDF (412 KB) | Share: Facebook | LinkedIn | Telegram', 'site clutter'],
    ['az', 'Oxu müddəti: 5 dəq', 'header time'],
    ['ru', '⏱ 8 мин', 'header time'],
    ['tr', "Bunlar da ilginizi çekebilir: Antalya'da otel doluluğu Ekim'de de yüzde 80'in üzerinde", 'related links'],
    ['en', 'Show News › Day 3', 'breadcrumb'],
    ['ru', 'Экономика › Транспорт', 'breadcrumb'],
    ['en', 'Search jobs: [ keyword ] [ location ▼ ] [ Search ]', 'site clutter'],
    ['ru', 'Отследить контейнер: [ номер контейнера или коносамента ] [Найти]', 'site clutter'],
    ['tr', 'Konteyner No / Booking No ile takip: [____________] [Sorgula]', 'site clutter'],
    ['ru', 'Фильтр: [Страна загрузки ▼] [Страна выгрузки ▼] [Тип кузова ▼] [Применить]', 'site clutter'],
    ['en', 'Download PDF (14 pages) | Print | Share: LinkedIn · X · Email', 'site clutter'],
    ['en', 'Sign in to your carrier account', 'site clutter'],
    ['tr', '« Önceki sayfa · 1 2 3 … 39 · Sonraki sayfa »', 'site clutter'],
    ['ru', '« Предыдущая · 1 2 3 … 12 · Следующая »', 'site clutter'],
    ['en', '‹ Previous · 1 2 [3] 4 … 18 · Next ›', 'site clutter'],
    ['az', 'Əvvəlki səhifə · 1 2 3 · Növbəti səhifə', 'site clutter'],
    ['en', 'Attachment: Notice_SRCM_18032026.pdf (2 pages, 214 KB)', 'site clutter'],
    ['az', 'Kağız formatı 60x84 1/8. Şərti çap vərəqi 14,5. Sifariş № 117. Tiraj 150 nüsxə.', 'editorial notice'],
    ['en', 'Newsletter: get the Corridor Brief every Friday – Sign up', 'site clutter'],
    ['en', 'Job alerts: subscribe to receive new vacancies by e-mail', 'site clutter'],
    ['ru', '▶ Слушать выпуск   ⤓ Скачать MP3   ♥ В избранное', 'site clutter'],
    ['ru', 'Показаны последние 9 из 1 318 активных грузов', 'site clutter'],
    ['en', 'Showing the latest 9 of 1,318 loads', 'site clutter'],
    ['tr', 'Duyuru No: KKH-TRF-2026/37', 'site clutter'],
    ['ru', 'Уведомление клиентам № 27/2026', 'site clutter'],
    ['az', 'Müştəri bildirişi № 14/2026', 'site clutter'],
    ['en', 'Careers > Open positions', 'breadcrumb'],
    ['tr', 'Gösterilen: 8 ilan (toplam 312 aktif ilan)', 'site clutter'],
    ['tr', 'Filtre: Tüm araç tipleri · Kalkış: Tümü · Varış: Tümü · Sırala: En yeni', 'site clutter'],
    ['en', 'Sort by: Newest', 'site clutter'],
    ['tr', 'Başvuru yap · İlanı kaydet · Arkadaşına gönder', 'site clutter'],
    ['en', 'Apply now | Save job', 'site clutter'],
    ['ru', 'Показать ещё 20 грузов ›', 'site clutter'],
    ['az', 'Daha çox göstər', 'site clutter'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each([
    'Duyuru No: 2026 yılında 5 gemi filoya katıldı',
    'Exports > 5 million',
    'Sort by size, the cargo on the Caspian grew fastest in May and June of this year, officials said',
    'Newsletter: the ministry said exports rose 12% in May',
    'Is the corridor ready? No.',
    'Toplantıda 3 belge imzalandı.',
    'Статья 5 соглашения вступает в силу через 30 дней.',
    '12 comments were received during the consultation, the ministry said.',
  ])('guard: a sentence of the story stays: %s', (line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('readDateLine: a reading time written label first beside the date', () => {
  it.each([
    ['16 September 2025 | 11:05 (GMT+4) · Reading time: 5 min', '2025-09-16'],
    ['04 Aralık 2025 | Okuma süresi: 4 dk', '2025-12-04'],
  ])('%s', (line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })
})

describe('parseHeader: a summary label is no byline', () => {
  it('leaves "Özet Bilgi" unread as an author', () => {
    const header = parseHeader(
      [
        'Özel Durum Açıklaması (Genel)',
        '12.03.2026 18:42:15',
        'Özet Bilgi',
        'Azerbaycan Demiryolları ile Tedarik Sözleşmesi İmzalanması',
        '',
        'Şirketimiz ile ADY arasında sözleşme imzalanmıştır.',
      ].join('\n'),
    )
    expect(header.published).toBe('2026-03-12')
    expect(header.author).toBeNull()
  })
})

describe('clutterReason: a professional network’s post furniture', () => {
  it.each<[string, string]>([
    ['en', '+ Follow'],
    ['tr', '+ Takip et'],
    ['tr', '3 gün önce • Düzenlendi • 🌐'],
    ['en', '5d'],
    ['en', '👍❤️👏 1,284'],
    ['tr', 'Selin Aydın ve diğer 1.283 kişi'],
    ['en', 'Aigerim Sadykova and 1,283 others'],
    ['en', '186 comments • 47 reposts'],
    ['tr', '87 yorum · 142 yeniden yayınlama'],
    ['en', 'Like · 34 | Reply · 2 replies'],
    ['tr', 'Beğen · 👍 34 | Yanıtla · 2 yanıt'],
    ['tr', 'Yeniden yayınla'],
    ['ru', 'Отправить'],
  ])('%s: "%s"', (_, line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it.each([['Exports rose by 12% and 34 companies joined'], ['Trade and 5']])('guard: "%s" is no furniture', (line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('clutterReason: a data page’s files to download, its readers’ rating and a calculator’s button', () => {
  it.each([
    'CSV · 4,2 KB',
    'XLSX — 187 KB — Download',
    'CSV (UTF-8, semicolon-separated) — 214 KB — Download',
    'JSON · 9,6 KB',
    'Yüklə:',
    'Downloads',
    '[Hesabla]',
    'Calculate',
    'Рассчитать',
    'Rating: 4.2 of 5 (27 votes)',
    '★★★★★ 4.8 (126 reviews)',
    'Оценка: 4,2 из 5 (27 голосов)',
  ])('%s', (line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it.each([
    'Exports of the file rose to 5 KB of data',
    'PDF report on exports to Georgia',
    'Calculate the duty first.',
  ])('guard: %s is prose', (line) => {
    expect(clutterReason(line)).toBeNull()
  })
})
