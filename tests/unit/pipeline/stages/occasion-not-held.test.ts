import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

/** The kinds and dates of the occasions an article of 20 April 2026 tells. */
const occasions = (lang: string, sentences: string[]) =>
  extractEvents(articleOf(lang, '2026-04-20', sentences)).map((e) => [e.kind, e.date])

describe('extractEvents: an occasion that hangs on a condition may never be held', () => {
  it.each<[string, string]>([
    ['en', 'If there is no quorum, a repeat meeting will be held on 29 May 2026 at the same place.'],
    ['ru', 'В случае отсутствия кворума повторное заседание состоится 29 мая 2026 года в том же месте.'],
    ['tr', 'Yeter sayının sağlanamaması halinde ikinci toplantı 29 Mayıs 2026 tarihinde yapılacak.'],
    ['az', 'Kvorum olmadıqda təkrar iclas 29 may 2026-cı il tarixində keçiriləcək.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, [sentence])).toEqual([])
  })

  it('guard: an "if" inside a quote before the occasion is the speaker’s, not the occasion’s', () => {
    const sentence =
      '«Если декларация проверена заранее, фура проходит за минуты», — сказал министр в ходе визита в Хоргос 27 марта.'
    expect(occasions('ru', [sentence])).toEqual([['visit', '2026-03-27']])
  })
})

describe('extractEvents: a court’s hearing is a step of a trial, no occasion', () => {
  it.each<[string, string]>([
    [
      'az',
      'Hakim Rauf Məmmədovun sədrliyi ilə keçirilən açıq məhkəmə iclasında təqsirləndirilən şəxslərə hökm oxunub.',
    ],
    ['ru', 'В судебном заседании подсудимый вину признал частично.'],
    ['tr', 'Sanıklar 14 Nisan’daki mahkeme duruşmasında suçlamaları reddetti.'],
    ['en', 'At a court hearing on 14 April the defendants pleaded guilty.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, [sentence])).toEqual([])
  })
})

describe('extractEvents: "zirveye ulaşmak" is reaching a peak, no summit', () => {
  it.each<[string, string]>([
    ['tr', 'Çiçek talebi 14 Şubat’ta zirveye ulaşıyor.'],
    ['az', 'Gül tələbatı fevralın 14-də zirvəyə çatır.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, [sentence]).filter(([kind]) => kind === 'summit')).toEqual([])
  })

  it('guard: a summit is still one', () => {
    expect(occasions('tr', ['Türk Devletleri Teşkilatı zirvesi 14 Mayıs’ta Bakü’de yapılacak.'])).toEqual([
      ['summit', '2026-05-14'],
    ])
  })
})

describe('extractEvents: a date after a semicolon is not the occasion’s', () => {
  it.each<[string, string]>([
    ['ru', 'Национальная выставка Узбекистана в Баку пройдет 6–8 октября 2026 года; заявки принимаются до 1 августа.'],
    [
      'en',
      'The national exhibition of Uzbekistan will be held in Baku on 6–8 October 2026; applications close on 1 August.',
    ],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, [sentence])).toEqual([['other', '2026-10-06']])
  })
})

describe('extractEvents: a diary’s entry is told from its day’s heading', () => {
  it.each<[string, string, string]>([
    ['en', 'Day 7 – Tuesday, 19 May. Baku', 'By luck, the Caspian Agro exhibition opened today at Baku Expo Center.'],
    ['ru', 'День 7 – вторник, 19 мая. Баку', 'Сегодня в Бакинском экспоцентре открылась выставка Caspian Agro.'],
    ['tr', '7. Gün – 19 Mayıs, Salı (Bakü)', 'Caspian Agro fuarı bugün Bakü Expo Center’da açıldı.'],
    ['az', '7-ci gün – 19 may, çərşənbə axşamı (Bakı)', 'Caspian Agro sərgisi bu gün Bakı Ekspo Mərkəzində açılıb.'],
  ])('%s: "today" under "%s" is 19 May', (lang, heading, sentence) => {
    const dates = extractEvents(articleOf(lang, '2026-05-27', [heading, sentence])).map((e) => e.date)
    expect(dates).toEqual(['2026-05-19'])
  })
})

describe('extractEvents: a reference date or the day an occasion ends does not date it', () => {
  it.each<[string, string]>([
    ['tr', 'Genel kurula katılabilecek pay sahipleri listesi 28 Nisan 2026 tarihi itibarıyla belirlenecek.'],
    ['ru', 'В выставке участвуют около 300 компаний, она продлится до 21 мая.'],
    ['en', 'About 300 companies take part in the exhibition, which runs until 21 May.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, [sentence]).map(([, date]) => date)).not.toContain(
      lang === 'tr' ? '2026-04-28' : '2026-05-21',
    )
  })
})

describe('findEventCues: a room named after an occasion is no occasion', () => {
  it.each<[string, string]>([
    ['en', 'The shareholders will vote in the conference hall of the head office.'],
    ['tr', 'Oylama şirket merkezinin konferans salonunda yapılacak.'],
    ['az', 'Səsvermə baş ofisin konfrans zalında keçiriləcək.'],
    ['ru', 'Голосование пройдет в конференц-зале главного офиса.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, [sentence]).filter(([kind]) => kind === 'other')).toEqual([])
  })

  it('guard: a conference is still one', () => {
    expect(occasions('en', ['The conference will be held in Baku on 28 May 2026.'])).toEqual([['other', '2026-05-28']])
  })
})
