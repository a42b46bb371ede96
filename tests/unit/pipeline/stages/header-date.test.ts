import { describe, expect, it } from 'vitest'
import { readDateLine, readDateline } from '../../../../src/pipeline/stages/header-date'

describe('readDateLine(line)', () => {
  it.each([
    // numeric layouts with ".", "/" and "-", with and without times
    ['dotted with a bracketed time', '05.11.2025 [09:12]', '2025-11-05'],
    ['dotted, slash, time', '19.08.2026 / 08:50', '2026-08-19'],
    ['slashed with a time', '30/09/2025 17:03', '2025-09-30'],
    ['dashed day first', '14-02-2026', '2026-02-14'],
    ['dotted, dash, time', '01.07.2026 - 11:27', '2026-07-01'],
    ['ISO with a time zone', '2026-05-30T07:45:00+05:00', '2026-05-30'],
    ['year first with slashes', '2025/10/03', '2025-10-03'],
    ['month first when the day cannot be the month', '10/23/2025', '2025-10-23'],
    // month names, every language and case form
    ['Turkish with a weekday after it', '4 Kasım 2025 Salı 13:20', '2025-11-04'],
    ['Turkish abbreviated month', '27 Ara 2025 16:10', '2025-12-27'],
    ['Azerbaijani with a comma and time', '9 sentyabr 2025, 18:44', '2025-09-09'],
    ['Azerbaijani abbreviated month', '11 noy 2025', '2025-11-11'],
    ['English day first with a UTC offset', '28 April 2026 09:05 (UTC+05:00)', '2026-04-28'],
    ['English month first with a middle dot', 'March 2, 2026 · 14:50', '2026-03-02'],
    ['English with a weekday and GMT', 'Thursday, 8 January 2026, 10:02 GMT', '2026-01-08'],
    ['English with "at" and pm', 'Jan. 30, 2026 at 3:15 pm', '2026-01-30'],
    ['Russian genitive with a time', '19 ноября 2025, 12:30', '2025-11-19'],
    ['Russian abbreviated month', '3 фев 2026', '2026-02-03'],
    ['Russian with "г." and "в"', '7 октября 2025 г. в 16:20', '2025-10-07'],
    // labels
    ['Turkish "Yayınlanma"', 'Yayınlanma: 13.06.2026 08:00', '2026-06-13'],
    ['Azerbaijani "Dərc olunub"', 'Dərc olunub: 02.02.2026, 11:40', '2026-02-02'],
    ['Azerbaijani "Tarix"', 'Tarix: 5 may 2026', '2026-05-05'],
    ['English "Published"', 'Published: 12 May 2026', '2026-05-12'],
    ['Russian "Опубликовано"', 'Опубликовано: 25.12.2025 в 19:05', '2025-12-25'],
    ['Russian "Дата размещения" of a portal of draft laws', 'Дата размещения: 02.03.2026', '2026-03-02'],
    // a wire's update time first, then when it was first published
    ['Turkish "İlk yayın" after the update', '16.06.2026 - 17:35 | İlk yayın: 15.06.2026 - 11:02', '2026-06-15'],
    [
      'English "First published" after the update',
      'Oct 07, 2026 12:30 GMT | First published Oct 06, 2026',
      '2026-10-06',
    ],
    ['Russian "Впервые опубликовано"', '07.10.2026 12:30 | Впервые опубликовано: 06.10.2026 10:00', '2026-10-06'],
    ['Azerbaijani "İlk dərc"', '07.10.2026 12:30 | İlk dərc: 06.10.2026 10:00', '2026-10-06'],
    // what sites print beside the date
    ['a relative update time', 'May 20, 2026 7:05 AM GMT+4 Updated 3 hours ago', '2026-05-20'],
    ['a section name', '6 апреля 2026, 09:40 | Экономика', '2026-04-06'],
    ['a section name after the time, no separator', '6 апреля 2026, 09:40 Экономика', '2026-04-06'],
    ['a Turkish section name after the time', '12.03.2026 14:05 Ekonomi', '2026-03-12'],
    ['a view counter', '21.04.2026 16:20 | Baxış: 3 518', '2026-04-21'],
    ['a one-word outlet', 'APA | 18.05.2026', '2026-05-18'],
    ['a reading time', '3 min read · 9 June 2026', '2026-06-09'],
    ['a time before the date', '16:40, 29 мая 2026', '2026-05-29'],
    // an agency's place in capitals before the date
    ['English place, abbreviated month, am and GMT', 'ISTANBUL Jun 18, 2026 - 11:24 am GMT+3', '2026-06-18'],
    ['Turkish place, dotted date', 'ANKARA 12.03.2026 14:35', '2026-03-12'],
    ['Azerbaijani place with a comma', 'BAKI, 5 may 2026 09:10', '2026-05-05'],
    ['Russian place, genitive month', 'АСТАНА 3 марта 2026, 10:15', '2026-03-03'],
    ['a month in capitals is no place', 'MARCH 12, 2026', '2026-03-12'],
  ])('reads %s', (_name, line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })

  it('reads the byline of a "Posted on … by …" line', () => {
    expect(readDateLine('Posted on April 14, 2026 by Nurlan Seitkali')).toEqual({
      published: '2026-04-14',
      updated: null,
      byline: 'Nurlan Seitkali',
    })
  })

  it.each([
    ['Turkish', 'Giriş: 10.03.2026 - 09:30 | Güncelleme: 11.03.2026 - 12:00', '2026-03-10', '2026-03-11'],
    ['Turkish, update first', 'Son Güncelleme: 11.03.2026 | Yayınlanma: 10.03.2026', '2026-03-10', '2026-03-11'],
    ['Azerbaijani', 'Dərc olunub: 04.04.2026 10:00 Yenilənib: 05.04.2026 09:00', '2026-04-04', '2026-04-05'],
    ['English', '2 March 2026 10:15 | Updated: 3 March 2026 08:00', '2026-03-02', '2026-03-03'],
    ['Russian', 'Опубликовано: 01.06.2026 · Обновлено: 02.06.2026', '2026-06-01', '2026-06-02'],
  ])('takes the publication date over the update date (%s)', (_name, line, published, updated) => {
    expect(readDateLine(line)).toEqual({ published, updated, byline: null })
  })

  it.each([
    ['tr', 'Ürün sayfası son güncelleme: 06.04.2026', '2026-04-06'],
    ['az', 'Səhifə yenilənib: 06.04.2026', '2026-04-06'],
    ['en', 'Page last updated: 6 April 2026', '2026-04-06'],
    ['ru', 'Страница обновлена: 06.04.2026', '2026-04-06'],
  ])('%s: a label that names the page it dates ("%s")', (_lang, line, updated) => {
    expect(readDateLine(line)).toEqual({ published: null, updated, byline: null })
  })

  it.each([
    ['ru', 'Подписано в печать 14.07.2026. Формат 70×90 1/16. Тираж 48 000 экз. Заказ № 611.', '2026-07-14'],
    ['tr', 'Yayın tarihi: 14 Temmuz 2026. Baskı: 3.000 adet. Sayfa sayısı: 96.', '2026-07-14'],
  ])('%s: a book’s imprint, its fields parted by full stops after the date ("%s")', (_lang, line, published) => {
    expect(readDateLine(line)).toEqual({ published, updated: null, byline: null })
  })

  it.each([
    ['ru', 'Обновлено: 22.06.2026, 09:40 (Алматы)', null, '2026-06-22'],
    ['ru', 'Выпуск 47 · 12/V/2026 · Сезон 3', '2026-05-12', null],
    ['en', 'Status as of 14:35 Astana time (GMT+5), 09.10.2026', null, '2026-10-09'],
    ['az', 'Şirkət hesabatı | 23 iyun 2026 | Analitik: Nigar Əliyeva, CFA', '2026-06-23', null],
    ['en', 'Company update | Kazakhstan | Marine services | 17 March 2026', '2026-03-17', null],
    ['az', 'Səhifə sonuncu dəfə yenilənib: 12.XI.2026 · Tərtib edən: Aynur Rzayeva', null, '2026-11-12'],
    ['tr', 'Sezon 2 · Bölüm 14 · 03.04.2026', '2026-04-03', null],
  ])('%s: a live page’s state, an episode’s numbers, a report’s sections before its date ("%s")', (_l, line, p, u) => {
    expect(readDateLine(line)).toMatchObject({ published: p, updated: u })
  })

  it('guard: sections after a date, then words, are no date line', () => {
    expect(readDateLine('Company update | 17 March 2026 | Kazakhstan raised rail tariffs by 12%')).toBeNull()
  })

  it('guard: a sentence that opens with a date is no imprint', () => {
    expect(readDateLine('14.07.2026. Kazakhstan shipped 48,000 tonnes of grain through Aktau.')).toBeNull()
  })

  it('never takes an update date for the publication date', () => {
    expect(readDateLine('Updated: 6 June 2026 11:00')).toEqual({ published: null, updated: '2026-06-06', byline: null })
  })

  it('reads a byline that shares the date line', () => {
    expect(readDateLine('Kemal Yıldız |05.05.2026 - Update : 06.05.2026')).toEqual({
      published: '2026-05-05',
      updated: '2026-05-06',
      byline: 'Kemal Yıldız',
    })
  })

  it.each([
    ['az', '17 oktyabr 2026, şənbə | № 220 (9843)', '2026-10-17', null],
    ['tr', 'Sayı: 1234 | 5 Mart 2026', '2026-03-05', null],
    ['en', 'No. 114 | 2 July 2026', '2026-07-02', null],
    ['ru', 'Газета «Коммерсантъ» №114 от 02.07.2026, стр. 9', '2026-07-02', null],
    ['ru', '«Известия» № 45 (31234) от 3 марта 2026 г.', '2026-03-03', null],
    ['en', 'Nurlan Zhaksybekov in Almaty August 20, 2025', '2025-08-20', 'Nurlan Zhaksybekov'],
    ['en', 'Mehmet Yilmaz in Istanbul 12.03.2026', '2026-03-12', 'Mehmet Yilmaz'],
    // one word before a written month is the outlet's stamp, no writer's; a newsroom desk signs in lower case too
    ['en', 'Eurasianet Apr 14, 2026', '2026-04-14', null],
    ['tr', 'Dünya Nisan 14, 2026', '2026-04-14', null],
    ['az', '02.06.2026 | GəmiRadar xəbər xidməti', '2026-06-02', 'GəmiRadar xəbər xidməti'],
    ['ru', '14.04.2026 | служба новостей', '2026-04-14', 'служба новостей'],
  ])('reads a print issue’s number or a byline’s city beside the date (%s: %s)', (_lang, line, published, byline) => {
    expect(readDateLine(line)).toEqual({ published, updated: null, byline })
  })

  it.each([
    ['a sentence with a date', 'Forum 12 Mart 2026 tarihinde Bakü’de toplanacak'],
    ['a word before the date', 'Toplantı 12.03.2026'],
    ['a day and month without a year', '12 mart, AZƏRTAC'],
    ['a bare time', '- 15:37'],
    ['a byline with an outlet', 'Kemal Yıldız | Ekonomi Gazetesi'],
    ['an impossible day', '31.06.2026'],
    ['a headline with a number', 'Порт Актау перевалил 6 млн тонн в 2025 году'],
    ['a capitalised word before a sentence with a date', 'NATO 12 Mart 2026 tarihinde toplanacak'],
    ['a numbered decree in a sentence', 'Указ № 45 от 3 марта 2026 года вступил в силу после публикации'],
  ])('rejects %s', (_name, line) => {
    expect(readDateLine(line)).toBeNull()
  })
})

describe('readDateline(line)', () => {
  it.each([
    ['ALMATY, 9 May (Reuters) - Kazakhstan’s grain exports rose.', { month: 5, day: 9, year: null }],
    ['TBILISI, Georgia, March 4 (Trend) – The sides agreed.', { month: 3, day: 4, year: null }],
    ['Gəncə, 17 iyun, AZƏRTAC', { month: 6, day: 17, year: null }],
    ['Şuşa. 2 oktyabr. Report: Forum başlayıb.', { month: 10, day: 2, year: null }],
    ['БИШКЕК, 11 ноября. /ТАСС/. Стороны договорились.', { month: 11, day: 11, year: null }],
    ['Ankara, 6 Ocak 2026 (AA) - Bakan açıkladı.', { month: 1, day: 6, year: 2026 }],
  ])('reads %j', (line, expected) => {
    expect(readDateline(line)).toEqual(expected)
  })

  it.each([
    ['a sentence naming a day', 'Kazakhstan said on 3 June that trade grew.'],
    ['a lower-case start', 'bakı, 17 iyun, AZƏRTAC'],
  ])('rejects %s', (_name, line) => {
    expect(readDateline(line)).toBeNull()
  })
})
