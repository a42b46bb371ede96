import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/pipeline/lexicon/dates'
import { parseHeaderDate } from '../../../../src/pipeline/lexicon/header-date-line'
import type { DateMention } from '../../../../src/pipeline/types'

type Expected = [words: string, value: string | null, role: DateMention['role'], relative: boolean]

/** Reads mentions back as the words they cover, so a wrong span fails as loudly as a wrong value. */
const read = (text: string, lang: string, published: string | null): Expected[] =>
  findDates(text, lang, published).map((d) => [text.slice(d.start, d.end), d.value, d.role, d.relative])

describe('findDates: full and partial dates', () => {
  it.each<[string, string, string, string | null, Expected[]]>([
    [
      'a Turkish day-month-year',
      'Kazakistan Cumhurbaşkanı Tokayev, 10 Ekim 2024 tarihinde Türkmenistan’a resmi ziyaret gerçekleştirdi.',
      'tr',
      null,
      [['10 Ekim 2024', '2024-10-10', 'point', false]],
    ],
    [
      'a numeric date',
      'Toplantı 27.10.2025 tarihinde yapıldı.',
      'tr',
      null,
      [['27.10.2025', '2025-10-27', 'point', false]],
    ],
    [
      'an ISO date',
      'The meeting took place on 2025-10-21.',
      'en',
      null,
      [['2025-10-21', '2025-10-21', 'point', false]],
    ],
    [
      'an English date',
      'Leaders met on 21 October 2025 in Astana.',
      'en',
      null,
      [['21 October 2025', '2025-10-21', 'point', false]],
    ],
    [
      'an English month-first date',
      'Leaders met on October 21, 2025.',
      'en',
      null,
      [['October 21, 2025', '2025-10-21', 'point', false]],
    ],
    [
      'a Russian date with "года"',
      'Переговоры прошли 21 октября 2025 года в Астане.',
      'ru',
      null,
      [['21 октября 2025 года', '2025-10-21', 'point', false]],
    ],
    [
      'an Azerbaijani day-month after the year',
      '2025-ci il oktyabrın 21-də Qazaxıstanın paytaxtı Astanada görüş keçirilib.',
      'az',
      '2025-10-27',
      [['2025-ci il oktyabrın 21-də', '2025-10-21', 'point', false]],
    ],
    [
      'an Azerbaijani month-year',
      'Prezident İlham Əliyevin 2025-ci ilin oktyabrında Qazaxıstana dövlət səfəri olub.',
      'az',
      '2025-12-15',
      [['2025-ci ilin oktyabrında', '2025-10', 'point', false]],
    ],
    [
      'a Turkish month-year',
      'Ekim 2025’te imzalanan anlaşma yürürlüğe girdi.',
      'tr',
      null,
      [['Ekim 2025’te', '2025-10', 'point', false]],
    ],
    [
      'a day and month whose year is elsewhere in the sentence',
      '2024 yılında, 15 Mart’ta iki ülke anlaşma imzaladı.',
      'tr',
      null,
      [
        ['2024 yılında', '2024', 'point', false],
        ['15 Mart’ta', '2024-03-15', 'point', false],
      ],
    ],
    [
      'a day and month dated by the article',
      'Heyət 21 oktyabrda Bakıya gəlib.',
      'az',
      '2025-10-27',
      [['21 oktyabrda', '2025-10-21', 'point', true]],
    ],
  ])('%s', (_name, text, lang, published, expected) => {
    expect(read(text, lang, published)).toEqual(expected)
  })
})

describe('findDates: years, deadlines and periods', () => {
  it.each<[string, string, string, Expected[]]>([
    [
      'Turkish "yılına kadar"',
      'Yük hacminin 2030 yılına kadar 3 katına çıkması öngörülüyor.',
      'tr',
      [['2030 yılına kadar', '2030', 'deadline', false]],
    ],
    [
      'Turkish apostrophe dative with "kadar"',
      'Hedef 2030’a kadar ulaşılacak.',
      'tr',
      [['2030’a kadar', '2030', 'deadline', false]],
    ],
    [
      'Azerbaijani "-dək"',
      'Dövriyyə 2030-cu ilədək iki dəfə artacaq.',
      'az',
      [['2030-cu ilədək', '2030', 'deadline', false]],
    ],
    [
      'Azerbaijani "ilə qədər"',
      'Layihə 2030-cu ilə qədər başa çatacaq.',
      'az',
      [['2030-cu ilə qədər', '2030', 'deadline', false]],
    ],
    ['English "by"', 'Freight is to triple by 2030.', 'en', [['by 2030', '2030', 'deadline', false]]],
    ['Russian "к … году"', 'Объём вырастет к 2030 году.', 'ru', [['к 2030 году', '2030', 'deadline', false]]],
    [
      'Azerbaijani end of year',
      'Kabelin 2026-cı ilin sonuna çəkilməsi planlaşdırılır.',
      'az',
      [['2026-cı ilin sonuna', '2026-12-31', 'deadline', false]],
    ],
    [
      'Turkish end of year',
      'Hat 2026 yılı sonuna kadar tamamlanacak.',
      'tr',
      [['2026 yılı sonuna kadar', '2026-12-31', 'deadline', false]],
    ],
    [
      'English end of year',
      'The cable is due by the end of 2026.',
      'en',
      [['by the end of 2026', '2026-12-31', 'deadline', false]],
    ],
    [
      'an Azerbaijani year in the locative',
      '2026-cı ildə forum keçiriləcək.',
      'az',
      [['2026-cı ildə', '2026', 'point', false]],
    ],
    ['a Turkish year word', '2024 yılında ticaret arttı.', 'tr', [['2024 yılında', '2024', 'point', false]]],
    ['a bare year with an apostrophe ending', 'Hat 2030’da açılacak.', 'tr', [['2030’da', '2030', 'point', false]]],
    ['English "in"', 'Trade grew in 2024.', 'en', [['in 2024', '2024', 'point', false]]],
    [
      'Turkish "son 3 yılda"',
      'Aliyev, son 3 yılda 10’dan fazla ziyaret gerçekleştiğini söyledi.',
      'tr',
      [['son 3 yılda', null, 'period', false]],
    ],
    ['Azerbaijani "son üç ildə"', 'Son üç ildə ticarət artıb.', 'az', [['Son üç ildə', null, 'period', false]]],
    [
      'English "past three years"',
      'Trade doubled over the past three years.',
      'en',
      [['past three years', null, 'period', false]],
    ],
    [
      'Russian "за последние три года"',
      'Товарооборот вырос за последние три года.',
      'ru',
      [['за последние три года', null, 'period', false]],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(read(text, lang, '2025-10-21')).toEqual(expected)
  })
})

describe('findDates: relative years', () => {
  it.each<[string, string, string, string | null, Expected[]]>([
    [
      'ru genitive "текущего года"',
      'За восемь месяцев текущего года',
      'ru',
      '2025-10-07',
      [['текущего года', '2025', 'point', true]],
    ],
    [
      'en "the current year"',
      'rose in the current year',
      'en',
      '2025-10-07',
      [['the current year', '2025', 'point', true]],
    ],
    [
      'en "a year earlier"',
      'up from $3.1 billion a year earlier',
      'en',
      '2026-03-12',
      [['a year earlier', '2025', 'point', true]],
    ],
    ['ru "год назад"', 'против 1 200 долларов год назад', 'ru', '2026-07-09', [['год назад', '2025', 'point', true]]],
    [
      'az "bir il əvvəl"',
      'bir il əvvəl bu rəqəm 2 milyon idi',
      'az',
      '2026-07-09',
      [['bir il əvvəl', '2025', 'point', true]],
    ],
    [
      'tr "bir yıl önce"',
      'bir yıl önce bu rakam 2 milyondu',
      'tr',
      '2026-07-09',
      [['bir yıl önce', '2025', 'point', true]],
    ],
    [
      '"geçen yıl" is the year before',
      'Geçen yıl BTC üzerinden 1,5 milyon ton petrol taşındı.',
      'tr',
      '2025-10-21',
      [['Geçen yıl', '2024', 'point', true]],
    ],
    ['"ötən il"', 'Ötən il 4,5 milyon ton yük daşınıb.', 'az', '2025-12-15', [['Ötən il', '2024', 'point', true]]],
    ['"keçən il"', 'Keçən il ticarət artıb.', 'az', '2025-12-15', [['Keçən il', '2024', 'point', true]]],
    ['"last year"', 'Trade rose last year.', 'en', '2025-10-21', [['last year', '2024', 'point', true]]],
    [
      '"в прошлом году"',
      'В прошлом году объём вырос.',
      'ru',
      '2025-10-21',
      [['В прошлом году', '2024', 'point', true]],
    ],
    [
      '"bu yıl" is the year itself',
      'Bu yıl ihracat rekor kırdı.',
      'tr',
      '2025-10-21',
      [['Bu yıl', '2025', 'point', true]],
    ],
    [
      '"bu il"',
      'Bu il Qazaxıstan əsas taxıl tədarükçüsü olub.',
      'az',
      '2025-10-27',
      [['Bu il', '2025', 'point', true]],
    ],
    [
      '"gələn il" is the year after',
      'Gələn il yeni terminal açılacaq.',
      'az',
      '2025-10-27',
      [['Gələn il', '2026', 'point', true]],
    ],
    ['"next year"', 'A new terminal opens next year.', 'en', '2025-10-21', [['next year', '2026', 'point', true]]],
    [
      '"bu yılın sonuna kadar" is a deadline',
      'Hat bu yılın sonuna kadar tamamlanacak.',
      'tr',
      '2025-10-21',
      [['bu yılın sonuna kadar', '2025-12-31', 'deadline', true]],
    ],
    [
      'an undated article keeps a null value',
      'Geçen yıl ticaret arttı.',
      'tr',
      null,
      [['Geçen yıl', null, 'point', true]],
    ],
  ])('%s', (_name, text, lang, published, expected) => {
    expect(read(text, lang, published)).toEqual(expected)
  })

  it('does not read "bu ilk" ("this first") as "this year"', () => {
    expect(read('Bu ilk görüş deyil.', 'az', '2025-10-27')).toEqual([])
  })
})

describe('findDates: numbers that are not dates', () => {
  it.each([
    ['a decimal comma', 'Yük 4,5 milyon tona ulaştı.', 'tr'],
    ['an amount', 'Ticaret 1 milyar dolara çıkacak.', 'tr'],
    ['a count in the year range', '2000 kişi törene katıldı.', 'tr'],
    ['a count with an ablative before "fazla"', '2000’den fazla kişi katıldı.', 'tr'],
    ['a year out of range', '1800 yılında kuruldu.', 'tr'],
    ['a date that does not exist', 'Toplantı 31.02.2025 tarihinde.', 'tr'],
    ['a part of a longer number', 'Kod 120255 oldu.', 'tr'],
  ])('ignores %s', (_name, text, lang) => {
    expect(findDates(text, lang, '2025-10-21')).toEqual([])
  })
})

describe('parseHeaderDate(line)', () => {
  it.each([
    ['27.10.2025 [14:37]', '2025-10-27'],
    ['15 dekabr, 2025', '2025-12-15'],
    ['2025-10-21', '2025-10-21'],
    ['October 21, 2025', '2025-10-21'],
    ['Salı, 21 Ekim 2025 14:37', '2025-10-21'],
    ['Tarih: 21.10.2025', '2025-10-21'],
    ['21 октября 2025 г.', '2025-10-21'],
    ['- 15:37', null],
    ['21 Ekim 2025 tarihinde iki lider bir araya geldi', null],
    ['Ekim 2025', null],
    ['Astana görüşü və regionda yeni əməkdaşlıq dövrü', null],
  ])('reads %j as %j', (line, expected) => {
    expect(parseHeaderDate(line)).toBe(expected)
  })
})
