import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('readDateLine: two authors, a listening time and a zone named by its city beside the date', () => {
  it.each<[string, string, string | null]>([
    ['Rauf Memmedov, Elif Karataş   |14.01.2026 - Güncelleme : 14.01.2026 18:05', '2026-01-14', '2026-01-14'],
    ['Aidan Mercer and Leyla Huseynova | 4 Dec 2025', '2025-12-04', null],
    ['Published 5 February 2026 · 52 min listen', '2026-02-05', null],
    ['5 Şubat 2026 · 52 dk dinleme', '2026-02-05', null],
    ['May 14, 2026 | 09:12 (Astana time)', '2026-05-14', null],
    ['14 may 2026 | 09:12 (Bakı vaxtı)', '2026-05-14', null],
    ['14 Mayıs 2026 | 09:12 (Ankara saati)', '2026-05-14', null],
    ['14 мая 2026 | 09:12 (по времени Астаны)', '2026-05-14', null],
  ])('%s', (line, published, updated) => {
    expect(readDateLine(line)).toMatchObject({ published, updated })
  })

  it('guard: a sentence that names two people and a date is no date line', () => {
    expect(readDateLine('Rauf Memmedov, Elif Karataş and others met on 14.01.2026 in Baku')).toBeNull()
  })
})

describe('clutterReason: tickers with bare arrows, weather and rates per unit; rows of account buttons', () => {
  it.each<[string]>([
    ['DOLAR 41,28 ▲ | EURO 48,71 ▼ | ALTIN 4.512,06 ▲ | BIST 10.618 ▲ | FAİZ %40,50'],
    ['USD/TRY 44,05 ▲ %0,12 | EUR/TRY 51,28 ▼ %0,07 | Gram Altın 5.938 ▲ | Brent 61,84 ▼'],
    ['USD/KZT 512,30 ▲0,4% | Brent $66,10 | Уран (U3O8) $78,50/фунт'],
    ['Hava: Bakı +17°C | USD 1.70 | EUR 1.98 | RUB 0.0209'],
  ])('%s', (line) => {
    expect(clutterReason(line)).toBe('market ticker')
  })

  // the weather closing the quotes, in each language's own city
  it.each<[string]>([
    ['USD 507,92   EUR 553,40   Шымкент +34°'],
    ['USD 1,70 | EUR 1,98 | Bakı +17°C'],
    ['Dolar 41,28 | Euro 48,71 | Kars +21°'],
    ['USD/KZT 507.92 | EUR/KZT 553.40 | Almaty +34°'],
  ])('a weather at its end: %s', (line) => {
    expect(clutterReason(line)).toBe('market ticker')
  })

  it.each<[string]>([
    ['Subscribe  |  Log in'],
    ['Abone Ol | e-Gazete | Giriş Yap'],
    ['Войти | Подписка'],
    ['Daxil ol | Abunə ol'],
  ])('%s', (line) => {
    expect(clutterReason(line)).toBe('site clutter')
  })

  it.each<[string]>([['Чтение: 5 мин  |  Просмотры: 2 071'], ['Okuma süresi: 4 dk | Okunma: 1.204']])('%s', (line) => {
    expect(clutterReason(line)).toBe('view counter')
  })

  it.each<[string]>([
    ['Bakı +17 | Astana -5'],
    ['Exports rose ▲ | Imports fell ▼'],
    ['Subscribe to our findings | Log in'],
  ])('guard: %s is no ticker and no button row', (line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('parseHeader: bylines in capitals, with titles or "prepared by", and a question alone over its byline', () => {
  it.each<[string, string, string, string, string]>([
    [
      'tr',
      'Alat Limanı için çimento ihalesi: Türk firmaları öne çıktı',
      'Kenan ÇELEBİ',
      '18 Eylül 2025 Perşembe',
      'Kenan ÇELEBİ',
    ],
    [
      'tr',
      'Trans-Hazar boru hattı: Üç senaryoda Türkmen gazı',
      'Dr. Selin Aydoğdu / Kıyı Enerji Danışmanlık, Kıdemli Analist',
      '18 Eylül 2025 11:24',
      'Dr. Selin Aydoğdu',
    ],
    [
      'az',
      'Bakı limanında ikinci faza start verildi',
      'Hazırladı: Leyla Quliyeva',
      '18 sentyabr 2025, 11:24',
      'Leyla Quliyeva',
    ],
    [
      'ru',
      'Уран в обход Петербурга: обзор зарубежной прессы',
      'Обзор подготовила Асель Нуржанова',
      '18 сентября 2025, 11:24',
      'Асель Нуржанова',
    ],
    [
      'en',
      '"Aktau has to stop being a ferry stop and become a hub"',
      'Interview by Aigerim Tulegenova',
      '18 September 2025, 09:15 (Astana time)',
      'Aigerim Tulegenova',
    ],
    ['tr', 'Liman müdürü: "İkinci rıhtım şart"', 'Söyleşi: Kenan Çelebi', '18 Eylül 2025 11:24', 'Kenan Çelebi'],
    [
      'az',
      'Rauf Məmmədli: "Quru liman ilin sonunadək yük qəbul edəcək"',
      'Müsahibəni aldı: Leyla Quliyeva',
      '18 sentyabr 2025, 11:24',
      'Leyla Quliyeva',
    ],
    [
      'ru',
      'Директор порта: «Нам нужен второй причал»',
      'Беседовала Асель Нуржанова',
      '18 сентября 2025, 11:24',
      'Асель Нуржанова',
    ],
  ])(
    '%s: a headline, a standfirst, then the byline of "%s" over its date',
    (lang, headline, byline, dateLine, author) => {
      const standfirst = STORY_LEAD[lang as keyof typeof STORY_LEAD]
      const header = parseHeader(
        page(
          'DÜNYA',
          'Ekonomi ve Finans Gazetesi',
          'Abone Ol | e-Gazete | Giriş Yap',
          '',
          headline,
          '',
          standfirst,
          '',
          byline,
          dateLine,
          '',
          STORY_LEAD.en,
        ),
      )
      expect(header).toMatchObject({ title: headline, published: '2025-09-18', author })
    },
  )

  it.each<[string, string, string]>([
    ['en', 'After the storm: who pays when the Caspian shuts down?', 'Published 5 February 2026'],
    ['tr', 'Fırtınadan sonra: Hazar limanları kapanınca faturayı kim ödüyor?', 'Yayınlanma: 5 Şubat 2026'],
    ['az', 'Fırtınadan sonra: Xəzər limanları bağlananda hesabı kim ödəyir?', 'Dərc olunub: 5 fevral 2026'],
    ['ru', 'После шторма: кто платит за простой, когда каспийские порты закрыты?', 'Опубликовано: 5 февраля 2026'],
  ])(
    '%s: a question right over its date, under a series name and a search box, is the headline',
    (_lang, headline, dateLine) => {
      const header = parseHeader(
        page(
          'Silk Road Futures Institute',
          'About | Research | Events | Podcasts | Experts',
          'Search',
          'Home / Podcasts / Corridor Talk',
          'Corridor Talk — Episode 47',
          headline,
          dateLine,
          '',
          STORY_LEAD.en,
        ),
      )
      expect(header).toMatchObject({ title: headline, published: '2026-02-05' })
    },
  )
})

describe('parseHeader: a company’s name with its legal form is no byline', () => {
  it.each<[string, string, string, string]>([
    ['en', 'Sarybel Bank JSC – 9M 2026 IFRS Results Conference Call Transcript', '29 October 2026', '2026-10-29'],
    ['en', 'Kazmortransflot LLP – Annual General Meeting 2026', 'June 12, 2026', '2026-06-12'],
    ['tr', 'Ekoenerji Yatırım AŞ – 2026 Yılı İlk Yarı Sonuçları', '12.08.2026', '2026-08-12'],
    ['ru', 'Казахтелеком АО – Итоги 9 месяцев 2026 года', '29 октября 2026', '2026-10-29'],
  ])('%s: %s, under a site’s name, menu and breadcrumb', (lang, title, dateLine, published) => {
    const lead = STORY_LEAD[lang as keyof typeof STORY_LEAD]
    const menu = ['Personal', 'Business', 'Corporate', 'Investor Relations', 'Research', 'About us']
    const top = ['Sarybel Bank', ...menu, 'EN | RU | KZ', 'Online banking', 'Investor Relations > Results > 2026']
    const header = parseHeader(page(...top, title, dateLine, '', lead))
    expect(header).toMatchObject({ title, published, author: null })
  })
})

describe('parseHeader: an official named by office, or a name with a case ending, signs no byline', () => {
  it.each<[string, string, string, string]>([
    [
      'tr',
      "Cumhurbaşkanı Erdoğan'ın Telefon Görüşmeleri, Kabulleri ve Mesajları",
      'Son güncelleme: 23.05.2026 | 19:05',
      'Cumhurbaşkanı Erdoğan, Türkmenistan Devlet Başkanı Berdimuhamedov ile telefonda görüştü',
    ],
    [
      'az',
      "Prezident İlham Əliyev'in Qəbulları və Telefon Danışıqları",
      'Son yenilənmə: 23.05.2026 | 19:05',
      'Prezident İlham Əliyev, Qazaxıstan Prezidenti Tokayev ilə telefonla danışıb',
    ],
    [
      'en',
      'President Tokayev Holds Phone Talks and Receptions',
      'Last updated: 23.05.2026 | 19:05',
      'President Tokayev, Azerbaijani President Aliyev hold phone talks',
    ],
    [
      'ru',
      'Президент Токаев Провел Телефонные Переговоры',
      'Обновлено: 23.05.2026 | 19:05',
      'Президент Токаев, Президент Азербайджана Алиев провели телефонный разговор',
    ],
  ])('%s: the headline and the first readout’s title are no bylines', (lang, headline, updated, readout) => {
    const body = STORY_LEAD[lang as keyof typeof STORY_LEAD]
    const header = parseHeader(
      page(
        'PRESIDENCY',
        'Home | News | Press | Contact',
        'Home > News > Talks',
        '',
        headline,
        updated,
        '',
        '23.05.2026',
        readout,
        '',
        body,
      ),
    )
    expect([header.title, header.author]).toEqual([headline, null])
    expect(header.body.join('\n')).toContain(readout)
  })
})

describe('parseHeader: a record’s title numbered by ordinals is no byline', () => {
  it.each<[string, string, string, string]>([
    ['tr', 'Genel Kurul Tutanağı - 28. Dönem 4. Yasama Yılı 67. Birleşim', '12 Mart 2026 Perşembe', '2026-03-12'],
    ['az', 'Milli Məclisin Plenar İclası - 6. Çağırış 3. Sessiya', '12.03.2026', '2026-03-12'],
  ])('%s: "%s" under the parliament’s name, menu and breadcrumb', (lang, title, dateLine, published) => {
    const lead = STORY_LEAD[lang as keyof typeof STORY_LEAD]
    const top = ['TBMM - Türkiye Büyük Millet Meclisi', 'Ana Sayfa | Milletvekilleri | Komisyonlar | Genel Kurul']
    const header = parseHeader(
      page(...top, 'Ana Sayfa > Tutanaklar > Genel Kurul Tutanakları', title, dateLine, '', lead),
    )
    expect(header).toMatchObject({ title, published, author: null })
  })
})
