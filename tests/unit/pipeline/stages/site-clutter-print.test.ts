import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('clutterReason: a printed paper’s notes, a transcript’s and a video’s furniture, credits and identifiers', () => {
  it.each<[string, string, string]>([
    ['ru', 'Тираж 12 000 экз. Выходит по пятницам.', 'editorial notice'],
    ['ru', 'Газета выходит по средам. Тираж 5 300 экз.', 'editorial notice'],
    ['ru', 'Подписной индекс: 15602.', 'editorial notice'],
    ['ru', 'Начало темы – в номере за 12 марта, стр. 4.', 'editorial notice'],
    ['en', 'Continued on page 6', 'editorial notice'],
    ['ru', 'Строители сдали новый мост через Урал (стр. 5)', 'related links'],
    ['en', 'City council approves bus lanes (p. 7)', 'related links'],
    ['tr', "Kars'ta yeni otogar açıldı (Sayfa 9)", 'related links'],
    ['ru', 'Редакция: 050000, г. Алматы, ул. Абая, 12. Телефон: 8 (727) 250-11-22', 'contact line'],
    ['az', 'Ünvan: Bakı, Nizami küç. 12 | Tel: (+994 12) 498 00 11', 'contact line'],
    ['en', 'This transcript may not be 100 percent accurate and may contain misspellings.', 'editorial notice'],
    ['en', 'Listen to the call | Download PDF | Add KZTO to watchlist', 'site clutter'],
    ['az', 'Çap et | PDF yüklə | XLS yüklə', 'site clutter'],
    ['en', 'KZTO 1,020.50 KZT +0.7% | KASE Index 6,210.11 -0.2%', 'market ticker'],
    ['en', 'Want alerts for new KZTO filings? Follow the company.', 'subscription notice'],
    ['en', 'ISSN 2222-0101 | DOI 10.1234/abc.2026.3', 'site clutter'],
    ['tr', '▶ Videoyu izle | 03:15', 'site clutter'],
    ['tr', 'Haberin video metni', 'site clutter'],
    ['ru', 'Текстовая версия видео', 'site clutter'],
    ['tr', 'İzlenme: 4.210', 'view counter'],
    ['ru', '👁 1 908', 'view counter'],
    ['en', 'Estimated reading time: 4 min', 'header time'],
    ['ru', 'Время на прочтение: 7 минут', 'header time'],
    ['tr', '⏱ 4 dakikalık okuma', 'header time'],
    ['en', 'A container ship at the Aktau berth. Caspian Wire/Daniyar Ospanov', 'photo caption'],
    ['en', 'Photograph: Trucks queue at Kalkan. Photograph: Freight Review/Anna Reid', 'photo caption'],
    ['tr', '[Fotoğraf: Elif Kaya / Ekonomi Masası]', 'photo caption'],
    ['ru', 'Фото автора', 'photo caption'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['ru', 'Тираж нового учебника составил 12 тысяч экземпляров, сообщили в министерстве.'],
    ['en', 'Trains now run daily to Baku. Officials call the route the Middle Corridor/Trans-Caspian Route'],
    ['en', 'The new berth doubles capacity on the Aktau–Baku route (see chart).'],
    ['ru', 'Продолжение следует за словами министра о новых тарифах на перевозку.'],
    ['en', 'Freight rates rose 12% in March, the company said in its call with analysts.'],
  ])('guard: %s prose stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('readDateLine: a British time, a site’s posting label and a printed issue’s number with a spaced total', () => {
  it.each<[string, string, string | null, string | null]>([
    ['en', 'Tue 3 Mar 2026 07.30 GMT', '2026-03-03', null],
    ['en', 'Last modified on Tue 3 Mar 2026 11.02 GMT', null, '2026-03-03'],
    ['ru', 'Размещено на сайте: 05/03/2026', '2026-03-05', null],
    ['ru', 'Опубликовано в газете «Степной край» № 48 (12 301) от 5 марта 2026 г., стр. 2', '2026-03-05', null],
  ])('%s: %s', (_lang, line, published, updated) => {
    expect(readDateLine(line)).toMatchObject({ published, updated })
  })

  it('guard: a sentence with a date and a number after it is no date line', () => {
    expect(readDateLine('Toplantı 12.03.2026 günü 14.05 itibarıyla başladı')).toBeNull()
  })
})

describe('parseHeader: a series’ issue over the headline, a date line opening with its desk under the standfirst', () => {
  it('az: a bulletin’s name and number stands over the headline, no title', () => {
    const header = parseHeader(
      page(
        'Ana səhifə » Press-relizlər » Nəqliyyat',
        '',
        'Rüblük statistik bülleten № 3/2026',
        '',
        'Yanvar-mart: dəmir yolu ilə tranzit yükdaşıma 12 faiz artıb',
        '',
        '15.04.2026 | 10:00',
        '',
        STORY_LEAD.az,
      ),
    )
    expect(header.title).toBe('Yanvar-mart: dəmir yolu ilə tranzit yükdaşıma 12 faiz artıb')
    expect(header.published).toBe('2026-04-15')
  })

  it('ru: the update line and the byline under a date line that follows the standfirst go with it', () => {
    const header = parseHeader(
      page(
        'Главная → Страхование → Интервью',
        'ИНТЕРВЬЮ',
        'Данияр Сеитов: «Паромы через Каспий стали ходить по расписанию»',
        'Глава паромного оператора — о том, сколько ждут грузы в Курыке и почему растут тарифы',
        '5 марта 2026, 10:05',
        'Обновлено: 5 марта 2026, 12:30',
        'Беседовала Алия Нурланова',
        '',
        STORY_LEAD.ru,
      ),
    )
    expect(header.published).toBe('2026-03-05')
    expect(header.author).toBe('Алия Нурланова')
    expect(header.body.join('\n')).not.toMatch(/Обновлено|Беседовала/u)
  })

  it('tr: a masthead, a site line and a ticker over the headline; the desk opens the date line under the standfirst', () => {
    const header = parseHeader(
      page(
        'LİMAN GÜNLÜĞÜ',
        'limangunlugu.net | Denizcilik • Lojistik • Limanlar • Analiz',
        'Brent 70,10 $ | Navlun endeksi 1.204 | Dolar 41,20 TL',
        'Ana Sayfa > Lojistik > Açıklayıcı',
        '',
        "4 soruda Hazar'ı geçen tır kuyrukları",
        '',
        'Aktau ve Bakü limanlarında bekleyen tırların sayısı yeniden arttı. Neler oluyor, kimler etkileniyor? Derledik.',
        '',
        'Haber Merkezi | Yayınlanma: 02.04.2026 - 09:40 | Son güncelleme: 02.04.2026 - 12:15',
        '',
        STORY_LEAD.tr,
      ),
    )
    expect(header.title).toBe("4 soruda Hazar'ı geçen tır kuyrukları")
    expect(header.published).toBe('2026-04-02')
  })
})

describe('a scanned page’s furniture: its archive pager, its OCR note, specks and its running header', () => {
  it.each<[string, string, string]>([
    ['az', 'Səhifə: 1 2 3 4 5 6 [7] 8 9 10 11 12 | PDF yüklə (4,2 MB)', 'site clutter'],
    ['ru', 'Страницы: 1 2 [3] 4 5 6', 'site clutter'],
    ['tr', '1 2 3 [4] 5 6 7 8', 'site clutter'],
    ['az', 'Mətn avtomatik tanınıb (OCR). Orijinal ilə fərqlər ola bilər.', 'site clutter'],
    ['en', 'Text recognised automatically (OCR); it may differ from the printed page.', 'site clutter'],
    ['ru', 'Текст распознан автоматически (OCR), возможны ошибки.', 'site clutter'],
    ['az', '. ‚ ■ ■ ‚ .', 'ornament'],
    ['en', '* * *', 'ornament'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['az', '2025-ci ildə ölkəyə 96,5 min ton un gətirilib: 1,3 dəfə çox.'],
    ['ru', '2 500 000 000'],
    ['ru', 'ОСR-система таможни сократила оформление до 2 часов.'],
  ])('guard: %s prose stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })

  it.each<[string, string]>([
    ['az', 'XALQ QƏZETİ\t18 mart 2026-cı il, çərşənbə\t№ 58 (29.812)'],
    ['ru', 'КАЗАХСТАНСКАЯ ПРАВДА\t18 марта 2026 года\t№ 52 (30 117)'],
  ])('%s: a running header with its wide gaps and issue number dates the page: %s', (_lang, line) => {
    expect(readDateLine(line)?.published).toMatch(/^2026-03-18$/u)
  })
})
