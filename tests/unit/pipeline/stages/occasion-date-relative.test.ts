import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

/** The dates and statuses of the occasions one sentence tells, in an article of the given day. */
const occasionsOf = (sentence: string, lang: string, published: string) =>
  extractEvents(articleOf(lang, published, [sentence])).map((e) => [e.date, e.status])

describe('extractEvents: a plan names the month to come, not the one gone', () => {
  it.each<[string, string]>([
    ['en', 'The ministers plan to meet again in Tbilisi in September to review the tariff.'],
    ['tr', 'Bakanlar eylül ayında Tiflis’te yeniden bir araya gelmeyi planlıyor.'],
    ['az', 'Nazirlər sentyabrda Tbilisidə yenidən görüşməyi planlaşdırır.'],
    ['ru', 'Министры намерены провести встречу в Тбилиси в сентябре.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasionsOf(sentence, lang, '2026-03-12')).toEqual([['2026-09', 'planned']])
  })
})

describe('extractEvents: yesterday’s, as an attribute, dates the occasion the day before the article', () => {
  it.each<[string, string]>([
    ['ru', 'Газета пишет о вчерашней встрече министров транспорта Казахстана и Азербайджана в Баку.'],
    ['tr', 'Gazete, Kazakistan ve Azerbaycan ulaştırma bakanlarının Bakü’deki dünkü toplantısını yazıyor.'],
    ['az', 'Qazaxıstan və Azərbaycan nəqliyyat nazirləri dünənki görüşdə tarifi müzakirə ediblər.'],
    ['en', 'The paper writes about yesterday’s meeting of the Kazakh and Azerbaijani transport ministers in Baku.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasionsOf(sentence, lang, '2026-03-13').map(([date]) => date)).toEqual(['2026-03-12'])
  })

  it('dates a live page’s coverage to its own day', () => {
    const sentence =
      'Welcome to our live coverage of the meeting of the Kazakh and Azerbaijani transport ministers in Baku.'
    expect(occasionsOf(sentence, 'en', '2026-03-12').map(([date]) => date)).toEqual(['2026-03-12'])
  })
})

describe('extractEvents: this week and last week date an occasion to their month, when the week falls in one', () => {
  it.each<[string, string, string]>([
    ['tr', 'Bu hafta Bakü’de düzenlenen Azerbaycan–Kazakistan İş Forumu’nda 40 şirket yer aldı.', '2026-05'],
    ['az', 'Ötən həftə Astanada keçirilən forumda 40 şirkət iştirak edib.', '2026-05'],
    ['en', 'Some 40 companies took part in a business forum held in Baku last week.', '2026-05'],
    ['ru', 'На прошлой неделе в Баку прошел бизнес-форум с участием 40 компаний.', '2026-05'],
  ])('%s: %s', (lang, sentence, month) => {
    expect(occasionsOf(sentence, lang, '2026-05-22').map(([date]) => date)).toEqual([month])
  })

  it('guard: a week that straddles two months gives no month (tr, 2 June: last week ran 25–31 May)', () => {
    const [date] =
      occasionsOf('Geçen hafta Bakü’de düzenlenen İş Forumu’nda 40 şirket yer aldı.', 'tr', '2026-06-02')[0] ?? []
    expect(date).not.toBe('2026-06')
  })
})

describe('extractEvents: a ground-breaking, a fair, a trade mission and a working trip are occasions', () => {
  it.each<[string, string, string]>([
    ['tr', 'Limanın temel atma töreni 14 Mart’ta Alat’ta yapıldı.', '2026-03-14'],
    ['tr', 'Taşkent’te 10-11 Haziran’da düzenlenecek Uluslararası Tekstil Fuarı’na 200 firma katılacak.', '2026-06-10'],
    ['az', 'Zavodun təməlqoyma mərasimi martın 14-də Sumqayıtda keçirilib.', '2026-03-14'],
    ['az', 'Almatıda martın 7-8-də keçirilən Azərbaycan ixrac missiyasında 30 şirkət iştirak edib.', '2026-03-07'],
    ['en', 'A groundbreaking ceremony was held in Aktau on March 14.', '2026-03-14'],
    ['en', 'Kazakh exporters will show their goods at a trade fair in Baku on June 10.', '2026-06-10'],
    ['ru', 'Министр осмотрел пункт пропуска в ходе рабочей поездки в Хоргос 14 марта.', '2026-03-14'],
    ['ru', 'Выставка «Каспий-Транс» пройдет в Актау 10 июня.', '2026-06-10'],
  ])('%s: %s', (lang, sentence, date) => {
    expect(occasionsOf(sentence, lang, '2026-03-20').map(([d]) => d)).toEqual([date])
  })
})

describe('extractEvents: Russian "на" with a month names the month a plan is set for', () => {
  it.each<[string, string]>([
    ['ru', 'Очередное заседание рабочей группы запланировано на ноябрь.'],
    ['ru', 'Закладка первого парома намечена на ноябрь.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasionsOf(sentence, lang, '2026-08-08')).toEqual([['2026-11', 'planned']])
  })

  it('guard: "на 20 ноября" is a day, not the month', () => {
    expect(occasionsOf('Заседание рабочей группы назначено на 20 ноября.', 'ru', '2026-08-08')).toEqual([
      ['2026-11-20', 'planned'],
    ])
  })
})

describe('extractEvents: "talks to" a person is a conversation, no talks held (en)', () => {
  it('a podcast host who talks to a guest holds no talks', () => {
    expect(occasionsOf('In this episode, host Timur Akhmetov talks to Dilnoza Yusupova.', 'en', '2025-11-12')).toEqual(
      [],
    )
  })

  it('guard: talks held with a leader are talks', () => {
    expect(occasionsOf('The ministers held talks with Ilham Aliyev in Baku on Monday.', 'en', '2025-11-12')).toEqual([
      ['2025-11-10', 'happened'],
    ])
  })
})

describe('extractEvents: last month and next month date an occasion to their month', () => {
  it.each<[string, string, string]>([
    ['az', 'Ötən ay Qazaxıstan Prezidentinin Bakıya dövlət səfəri zamanı müqavilə imzalanıb.', '2026-05'],
    ['tr', 'Geçen ay Ankara’da Türkiye ile Türkmenistan arasında havacılık anlaşması imzalandı.', '2026-05'],
    ['en', 'Last month the Kazakh president paid a state visit to Baku.', '2026-05'],
    ['ru', 'В следующем месяце в Баку пройдет заседание межправкомиссии.', '2026-07'],
  ])('%s: %s', (lang, sentence, month) => {
    expect(occasionsOf(sentence, lang, '2026-06-12').map(([date]) => date)).toEqual([month])
  })
})

describe('extractEvents: an opening set for a day to come is a planned occasion on that day', () => {
  it.each<[string, string]>([
    ['ru', 'Официальное открытие второй очереди хаба запланировано на 15 декабря.'],
    ['tr', 'İkinci etabın 15 Aralık’ta hizmete girmesi planlanıyor.'],
    ['az', 'İkinci mərhələnin dekabrın 15-də istifadəyə verilməsi planlaşdırılır.'],
    ['en', 'The second phase is scheduled to be opened on 15 December.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasionsOf(sentence, lang, '2026-10-19')).toEqual([['2026-12-15', 'planned']])
  })

  it('guard: an opening due in a year is a project’s deadline, no occasion', () => {
    expect(occasionsOf('Xəttin 2030-cu ildə istifadəyə verilməsi planlaşdırılır.', 'az', '2026-10-19')).toEqual([])
  })
})

describe('extractEvents: tomorrow dates a planned occasion the day after the article', () => {
  it.each<[string, string]>([
    [
      'tr',
      'Azerbaycan, Gürcistan ve Türkiye’nin enerji bakanları yarın Kars’ta düzenlenecek toplantıda bir araya gelecek.',
    ],
    [
      'az',
      'Azərbaycan, Gürcüstan və Türkiyənin energetika nazirləri sabah Qarsda keçiriləcək görüşdə bir araya gələcək.',
    ],
    ['en', 'The energy ministers of Azerbaijan, Georgia and Türkiye will meet in Kars tomorrow.'],
    ['ru', 'Министры энергетики Азербайджана, Грузии и Турции завтра встретятся в Карсе.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasionsOf(sentence, lang, '2026-04-15')).toEqual([['2026-04-16', 'planned']])
  })

  it('guard: a Turkish "sabah" is the morning, no day after', () => {
    const sentence = 'Bakanlar bu sabah Kars’ta bir araya geldi.'
    expect(occasionsOf(sentence, 'tr', '2026-04-15').map(([date]) => date)).not.toContain('2026-04-16')
  })
})

describe('extractEvents: a story republished under its own earlier dateline is told from its day', () => {
  /** The dates of the occasions a page of 9 June 2026 (a Tuesday) tells after a line of its own. */
  const republished = (lang: string, opening: string, story: string) =>
    extractEvents(articleOf(lang, '2026-06-09', [opening, story])).map((e) => e.date)

  it.each<[string, string, string]>([
    [
      'en',
      'Corrections are listed below.',
      'ASTANA, May 13 (TCA) — Ministers met at the Kazakhstan–Türkiye Business Forum in Astana on Tuesday.',
    ],
    [
      'ru',
      'Исправления приводятся ниже.',
      'АСТАНА, 13 мая. /ТАСС/. Министры встретились во вторник на казахстанско-турецком бизнес-форуме в Астане.',
    ],
    [
      'az',
      'Düzəlişlər aşağıdadır.',
      'Bakı, 13 may (Trend) – Nazirlər çərşənbə axşamı Bakıda keçirilən biznes forumunda görüşüblər.',
    ],
    [
      'tr',
      'Düzeltmeler aşağıdadır.',
      'Bakü, 13 Mayıs (AA) – Bakanlar salı günü Bakü’deki iş forumunda bir araya geldi.',
    ],
  ])('%s: "on Tuesday" under a dateline of Wednesday 13 May is 12 May', (lang, opening, story) => {
    expect(new Set(republished(lang, opening, story))).toEqual(new Set(['2026-05-12']))
  })

  it('guard: the page’s own dateline leaves its date as it is', () => {
    const story = 'ASTANA, June 9 (TCA) — Ministers met at the Kazakhstan–Türkiye Business Forum in Astana on Tuesday.'
    expect(republished('en', 'Corrections are listed below.', story)).toEqual(['2026-06-09'])
  })
})
