import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('clutterReason: ad slots, live badges, page counters, archive and login links', () => {
  it.each<[string, string, string]>([
    ['tr', '[Reklam]', 'site clutter'],
    ['tr', '[REKLAM ALANI 300x250]', 'site clutter'],
    ['en', '[Advertisement]', 'site clutter'],
    ['ru', '[Реклама 728×90]', 'site clutter'],
    ['tr', '🔴 CANLI YAYIN', 'site clutter'],
    ['en', '🔴 LIVE', 'site clutter'],
    ['ru', 'Стр. 12 из 96', 'site clutter'],
    ['en', 'Page 3 of 40', 'site clutter'],
    ['az', 'Səhifə 2 / 15', 'site clutter'],
    ['tr', 'Tüm yazıları (87)', 'site clutter'],
    ['ru', 'Все статьи автора', 'site clutter'],
    ['az', 'Şəxsi kabinetə daxil olun', 'site clutter'],
    ['en', 'Sign in to your account', 'site clutter'],
    ['az', 'Daxil ol | Qeydiyyat', 'site clutter'],
    ['ru', 'Закреплённое сообщение: правила чата и контакты редакции', 'site clutter'],
    ['tr', 'Basın Açıklaması No: 2026/112', 'site clutter'],
    ['en', 'Press release No. 2025/318', 'site clutter'],
    ['tr', 'A- A A+ | Yazdır | Paylaş', 'site clutter'],
    ['tr', 'Paylaş  f  X  in  ✉  |  Yorum yap (7)', 'view counter'],
    ['az', 'Ətraflı → marja.az/az/news/1204', 'related links'],
    ['ru', 'Подробнее: kursiv.media/news/2026-03-12/port', 'related links'],
    ['en', 'Podcasts › The Freight Hour with Anna Reid', 'breadcrumb'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['az', 'Sürücülər növbəyə yazılmaq üçün portala daxil olun, deyə agentlik bildirib.'],
    ['en', 'The reform will be reviewed on page 3 of the decree, officials said.'],
    ['tr', 'Reklam harcamaları geçen yıl yüzde 12 arttı.'],
    ['ru', 'Страница 4 из 212 отчёта посвящена водороду, и на ней приведены планы до 2030 года.'],
    ['en', 'AA'],
  ])('guard: %s prose or an agency stays: %s', (_lang, line) => {
    expect(clutterReason(line)).not.toBe('site clutter')
  })
})

describe('readDateLine: a podcast episode’s number and length beside its date', () => {
  it.each<[string, string, string]>([
    ['en', 'Episode 57 | Published: March 3, 2026 | Duration: 42:10', '2026-03-03'],
    ['tr', 'Bölüm 12 | 03.03.2026 | Süre: 38 dk', '2026-03-03'],
    ['ru', 'Выпуск 12 · 3 марта 2026 · Длительность: 1:02:15', '2026-03-03'],
  ])('%s: %s', (_lang, line, date) => {
    expect(readDateLine(line)?.published).toBe(date)
  })
})

describe('parseHeader: a desk with its place, a columnist’s name and a release’s number over the headline', () => {
  it('tr: a desk signing from its place stands between the standfirst and the date of a live page', () => {
    const header = parseHeader(
      page(
        'HABER HATTI',
        'Gündem | Dünya | Ekonomi | Spor | Yazarlar',
        '🔴 CANLI YAYIN',
        'Anasayfa » Dünya » Asya',
        '[Reklam]',
        '',
        "CANLI | Astana'da Orta Koridor Zirvesi: liderler bildiriyi imzaladı",
        '',
        'Zirvede liderler ortak bildiriyi imzaladı. Gelişmeleri anbean aktarıyoruz.',
        '',
        'Haber Hattı Dış Haberler Servisi / Astana özel',
        '12.06.2026, 09:10 | Güncelleme: 12.06.2026, 18:40',
        '',
        // a live page's entries, enough that the labelled date is not among the page's last lines
        ...Array.from({ length: 8 }, (_, k) => `${10 + k}:00 — ${STORY_LEAD.tr}`),
      ),
    )
    expect(header.published).toBe('2026-06-12')
    expect(header.title).toBe("CANLI | Astana'da Orta Koridor Zirvesi: liderler bildiriyi imzaladı")
  })

  it('tr: a columnist’s name with an academic title over the headline is no headline', () => {
    const header = parseHeader(
      page(
        'Anasayfa > Yazarlar > Prof. Dr. Kemal Aksoy',
        'Prof. Dr. Kemal Aksoy',
        'Tüm yazıları (64)',
        '',
        'Hazar geçişinde darboğaz nerede?',
        '',
        '3 Mart 2026 Salı 07:00',
        '',
        STORY_LEAD.tr,
      ),
    )
    expect(header.title).toBe('Hazar geçişinde darboğaz nerede?')
    expect(header.published).toBe('2026-03-03')
  })

  it('tr: a press release’s number and the text-size buttons leave the headline under the date', () => {
    const header = parseHeader(
      page(
        'Anasayfa / Basın Odası / Basın Açıklamaları',
        'Basın Açıklaması No: 2026/112',
        '03.03.2026',
        'A- A A+ | Yazdır | Paylaş',
        '',
        'Kars Lojistik Merkezinin Kapasitesi İki Katına Çıkarılıyor',
        '',
        STORY_LEAD.tr,
      ),
    )
    expect(header.title).toBe('Kars Lojistik Merkezinin Kapasitesi İki Katına Çıkarılıyor')
  })

  it('az: a login row and a call to log in leave the headline', () => {
    const header = parseHeader(
      page(
        'Ana səhifə | Xəbərlər | Əlaqə',
        'Daxil ol | Qeydiyyat',
        'Şəxsi kabinetə daxil olun',
        '',
        'Sərhəd keçidlərində növbələr azalıb',
        '',
        'Yenilənib: 03.03.2026 | 10:15',
        '',
        STORY_LEAD.az,
      ),
    )
    expect(header.title).toBe('Sərhəd keçidlərində növbələr azalıb')
  })

  it('ru: a page counter under the date leaves the headline under it', () => {
    const header = parseHeader(
      page(
        'Годовой отчёт 2025',
        'Главная / Годовой отчёт 2025 / Ключевые показатели',
        'Опубликовано: 29 мая 2026',
        'Стр. 4 из 212',
        '',
        'Ключевые показатели 2025',
        '',
        STORY_LEAD.ru,
      ),
    )
    expect(header.title).toBe('Ключевые показатели 2025')
  })
})

describe('clutterReason: an advertisement marked as Russian law asks', () => {
  it.each([
    'Реклама. ТОО «Каспий Логистик Сервис»: сборные грузы Китай — Баку от 14 дней, скидка 10% на первую отправку.',
    'erid: 2VtzqxGh7Ym',
  ])('%s', (line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it('guard: a sentence about advertising stays', () => {
    expect(clutterReason('Реклама на транспорте принесла компании 2 млрд тенге.')).toBeNull()
  })
})
