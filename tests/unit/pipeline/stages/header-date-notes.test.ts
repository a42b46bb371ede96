import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'

describe('readDateLine: notes beside the date', () => {
  it.each([
    ['a section of two words after the time', '02.06.2026 | 18:15 | Sərgi xəbərləri', '2026-06-02'],
    ['an English section after the date', '20.04.2026 | Regulatory announcement', '2026-04-20'],
    [
      'a labelled category after a labelled date',
      'Yayın Tarihi: 18.03.2026 | Kategori: Dış Ticaret Heyetleri',
      '2026-03-18',
    ],
    [
      'a Russian writer and a reading time in minutes',
      '23 апреля 2026 г., 18:05 · Текст: Дилшод Рахимов · Время чтения: 6 минут',
      '2026-04-23',
    ],
    [
      'a notice date with its reference code',
      'Notice date: 2026-05-19 | Reference: SN-2026/0147 | Category: Vehicles',
      '2026-05-19',
    ],
    ['a bulletin number before the date and a weekday', 'Bülten No: 203 — 21.10.2026 Çarşamba', '2026-10-21'],
    [
      'a numbered bulletin and the hour its data hold',
      'Бюллетень № 214 | 17 ноября 2026 года, вторник | данные на 09:00',
      '2026-11-17',
    ],
    [
      'an English ordinal day and a credit',
      'Posted on 2nd June 2026 · Report prepared by Nino Beridze, Trade Policy Officer',
      '2026-06-02',
    ],
    ['a thread starter and its counts', 'Started by logi_tamar · 14 Mar 2026 · 8 replies · 1,142 views', '2026-03-14'],
    [
      'a year cut to two digits after an apostrophe',
      "Konuyu başlatan: klimaci_ahmet | Salı, 12 May '26 09:14",
      '2026-05-12',
    ],
    ['a day of a fair and a Roman month', 'ДЕНЬ 1 | 14.X.2026', '2026-10-14'],
    // a report's week or bulletin may carry the span it covers in brackets
    [
      'a monitor’s week with its days, then its publishing',
      'Week 45 (2–8 November 2026) · Published Monday, 9 November 2026',
      '2026-11-09',
    ],
    [
      'a bulletin’s number and its ten days after the date',
      '01.09.2026 | Бюллетень № 24 (III декада августа 2026 г.)',
      '2026-09-01',
    ],
    ['a Turkish issue with its month before the date', 'Sayı 412 (Ekim 2026) | 14 Ekim 2026', '2026-10-14'],
    // Azerbaijani folding makes the Roman "I" dotless: "VI" reads "vı"
    [
      'a podcast’s airing, a Roman month with an I, and its host',
      'Efirə çıxıb: 26.VI.2026 · Aparıcı: Rauf Hüseynov',
      '2026-06-26',
    ],
    ['an English airing label', 'Aired on 3 May 2026', '2026-05-03'],
    ['a Turkish past of publishing and a Roman month', 'Yayımlandı: 3.III.2026', '2026-03-03'],
    ['a Russian airing label', 'Дата эфира: 12.03.2026', '2026-03-12'],
    ['an ordinal in an Azerbaijani release', 'Elan tarixi: 3 mart 2026 | Bölmə: Xəbərlər', '2026-03-03'],
    // a labelled date opens a line of the page's fields, whatever the other fields say
    [
      'a draft’s posting with its consultation deadline and id',
      'Дата размещения: 02.11.2026 | Срок публичного обсуждения: до 20.11.2026 | ID проекта: 14-26-0871',
      '2026-11-02',
    ],
    ['an Azerbaijani posting and its views', 'Yerləşdirilib: 08.07.2026 · Baxış sayı: 1 873', '2026-07-08'],
    [
      'a document’s date and its reference',
      'Document date: 15 June 2026 | Issuer disclosure | Ref. AIX/PS/2026/0417',
      '2026-06-15',
    ],
    ['an edition’s date in Roman numerals', 'Ред. 08.IX.2026 · Брошюра «Каспийские возможности», с. 4–7', '2026-09-08'],
    ['a chat’s export, in Azerbaijani', 'İxrac tarixi: 16.05.2026 23:14', '2026-05-16'],
    ['a document shared with the public', 'Kamuoyuyla paylaşılma tarihi: 2 Eylül 2026 · Taslak', '2026-09-02'],
    ['a book’s imprint', 'Подписано в печать 14.07.2026', '2026-07-14'],
    ['a chat’s export, in English', 'Exported on 14.05.2026 at 18:02 · 9 participants', '2026-05-14'],
    ['a Turkish weekday’s and month’s abbreviations and a two-digit year', 'Per, 17 Eyl 26 · 19:42', '2026-09-17'],
    ['a listed company’s disclosure', 'Açıqlamanın tarixi və vaxtı: 03.09.2026 18:12', '2026-09-03'],
    ['a procurement notice', 'Дата публикации объявления: 09.02.2026 15:21:07', '2026-02-09'],
    ['a harbour master’s bulletin', 'Yayım: 27.01.2026 14:30 (TSİ)', '2026-01-27'],
    ['a bulletin’s date-time group', 'Выпуск: 120500Z НОЯ 26 (10:00 по времени Актау, UTC+5)', '2026-11-12'],
    ['a statistics release and its number', 'Press-reliz № 214 | 18 noyabr 2026-cı il, saat 10:00', '2026-11-18'],
    [
      'a client alert and its practice after the date',
      'Клиентский бюллетень | 14 июля 2026 г. | Практика международной торговли и таможенного права',
      '2026-07-14',
    ],
  ])('%s: "%s"', (_, line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })

  it.each([
    ['ru', 'Обновлено: 03.11.2026 · Эльчин Мамедов, аттестованный таможенный брокер'],
    ['en', 'Updated: 3 November 2026 · Elchin Mammadov, certified customs broker'],
  ])('%s: a labelled update opens a line of fields too, its writer’s title after a comma', (_, line) => {
    expect(readDateLine(line)).toMatchObject({ published: null, updated: '2026-11-03' })
  })

  it.each([
    // a story's headline behind a label: its number is the story's
    ['a related story with its date', 'Каспийский паром: очередь сократилась до 3 дней — 12.03.2026'],
    // a ship's log: two phrases after the date are an entry, not a section
    ['a log entry', '29.05.2026 06:40 | Aktau limanı | Yükləmə başlayıb'],
    // a phrase before the date is a sentence's subject
    ['a phrase before the date', 'Sərgi açılır | 02.06.2026'],
    ['a month that is no Roman numeral', '14.Q.2026'],
    // a kind of document opens the line, but a note with a number after the date is a story's line
    ['a note with its own number after the date', 'Market note | 12 March 2026 | Oil prices fell 5% this week'],
    // an unlabelled date keeps the strict reading: a field beside it makes the line something else
    ['an unlabelled date among fields', '02.11.2026 | Срок обсуждения: до 20.11.2026 | Разработчик: Минторг'],
  ])('%s is no date line: "%s"', (_, line) => {
    expect(readDateLine(line)).toBeNull()
  })
})

describe('readDateLine: an update’s date with its zone named by a city', () => {
  it('reads "Updated 21 April 2026, 20:10 (Baku, GMT+4) | CPNF Newsroom" as updated that day', () => {
    expect(readDateLine('Updated 21 April 2026, 20:10 (Baku, GMT+4) | CPNF Newsroom')).toMatchObject({
      published: null,
      updated: '2026-04-21',
    })
  })
})

describe('readDateLine: a news broadcast’s name beside its airing is no byline', () => {
  it.each([
    ['Per, 17 Eyl 26 · 19:42 | Ana Haber Bülteni | Süre: 05:06', '2026-09-17'],
    ['12 March 2026 | Evening News', '2026-03-12'],
  ])('"%s"', (line, published) => {
    expect(readDateLine(line)).toMatchObject({ published, byline: null })
  })

  it('guard: a writer’s name stays the byline', () => {
    expect(readDateLine('12.03.2026 | Aylin Demir')?.byline).toBe('Aylin Demir')
  })
})

describe('readDateLine: a report’s issue and week beside a date with a two-digit year or a Roman month', () => {
  it.each([
    [
      'ru: a review’s number, its week and a day-first date with a two-digit year',
      'Обзор № 27/2026 · неделя 29.06–05.07 · 06.07.26, 10:00 (Алматы)',
      '2026-07-06',
    ],
    ['ru: a labelled date after a weekday, two-digit year', 'Опубликовано: вт, 22.09.26 · 09:00', '2026-09-22'],
    [
      'tr: a weekly report’s name, its issue, its week and a Roman month',
      'Haftalık Navlun Raporu · Sayı 412 · 11. Hafta · 13.III.2026',
      '2026-03-13',
    ],
    ['en: a weekly note’s issue before the date', 'Weekly Market Report | Issue 27 | 06.07.26', '2026-07-06'],
  ])('%s', (_name, line, date) => {
    expect(readDateLine(line)).toEqual({ published: date, updated: null, byline: null })
  })

  it.each([
    ['a day and month with a count after', '12.5.26 kişi'],
    ['a two-digit year written with slashes, which a month-first writer may mean', '06/07/26'],
  ])('guard: %s is no date line', (_name, line) => {
    expect(readDateLine(line)).toBeNull()
  })
})
