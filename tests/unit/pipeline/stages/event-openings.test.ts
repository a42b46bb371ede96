import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

/** The kind, date and status of each occasion one sentence tells, in an article of 2 July 2026. */
const occasions = (lang: string, sentence: string) =>
  extractEvents(articleOf(lang, '2026-07-02', [sentence])).map((e) => [e.kind, e.date, e.status])

describe('verbOccasion: an opening or a route’s first flights told in the future or as a timetable are planned', () => {
  it.each<[string, string, string[]]>([
    ['ru', 'С сентября авиакомпания откроет рейсы из Актау в Габалу.', ['other', '2026-09', 'planned']],
    ['ru', 'С 1 августа перевозчик начнет выполнять рейсы в Шымкент.', ['other', '2026-08-01', 'planned']],
    ['tr', 'Havayolu 20 Temmuz’da Aktau hattında seferlere başlıyor.', ['other', '2026-07-20', 'planned']],
    ['tr', 'Lojistik merkezin ağustos ayında hizmete gireceği açıklandı.', ['other', '2026-08', 'planned']],
    ['en', 'The terminal will be commissioned in September.', ['other', '2026-09', 'planned']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['tr', 'Tesisin 2030’da hizmete gireceği belirtildi.'],
    ['ru', 'Компания откроет новые возможности для экспортеров.'],
  ])('guard, %s: a year alone or no date is no occasion: %s', (lang, sentence) => {
    expect(occasions(lang, sentence)).toEqual([])
  })
})

describe('findEventCues: "zirve" after a common noun in the genitive is the top of something', () => {
  it.each<[string, string]>([
    ['tr', 'Uzun yıllar listenin zirvesinde oturan Hindistan 2025’te ikinci sıraya geriledi.'],
    ['az', 'Şirkət 12 mart 2026-cı ildə reytinqin zirvəsinə yüksəlib.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, sentence)).toEqual([])
  })

  it('guard, tr: an organisation’s summit is still one', () => {
    expect(occasions('tr', 'Türk Devletleri Teşkilatı’nın zirvesi 3 Temmuz’da Bakü’de yapılacak.')).toEqual([
      ['summit', '2026-07-03', 'planned'],
    ])
  })
})

describe('dateFor: two days counted from the article’s date are an occasion’s first and last', () => {
  const spans = (lang: string, sentence: string) =>
    extractEvents(articleOf(lang, '2026-07-02', [sentence])).map((e) => [e.date, e.dateEnd])
  it.each<[string, string]>([
    ['tr', 'Almatı’da dün başlayan ve bugün sona eren eğitim forumuna 400 kişi katıldı.'],
    ['en', 'The forum, which opened in Almaty yesterday and closes today, drew 400 delegates.'],
  ])('%s: %s', (lang, sentence) => {
    expect(spans(lang, sentence)).toEqual([['2026-07-01', '2026-07-02']])
  })

  it('guard, en: one counted day is the occasion’s only day', () => {
    expect(spans('en', 'The forum opened in Almaty yesterday.')).toEqual([['2026-07-01', null]])
  })
})

describe('findEventCues: an "Expo" named in Turkish and Azerbaijani copy is a fair', () => {
  it.each<[string, string]>([
    ['tr', 'Taraflar, 26-29 Kasım 2026 tarihlerinde İstanbul’da düzenlenecek Helal Expo’ya katılacak.'],
    ['az', 'Şirkətlər 26-29 noyabr 2026-cı il tarixlərində İstanbulda keçiriləcək Halal Expo-da iştirak edəcək.'],
  ])('%s: %s', (lang, sentence) => {
    expect(extractEvents(articleOf(lang, '2026-04-20', [sentence])).map((e) => [e.kind, e.date, e.status])).toEqual([
      ['other', '2026-11-26', 'planned'],
    ])
  })
})

describe('verbOccasion: a signing is an occasion when something sets it somewhere', () => {
  it.each<[string, string, string[]]>([
    ['az', 'Sazişi iyunun 3-də Bakıda nazirlər imzalayıb.', ['signing', '2026-06-03', 'happened']],
    ['tr', 'Anlaşma 12 Haziran’da düzenlenen törenle imzalandı.', ['signing', '2026-06-12', 'happened']],
    [
      'en',
      'On 5 June Kazakhstan and Azerbaijan signed a memorandum on ferries.',
      ['signing', '2026-06-05', 'happened'],
    ],
    ['ru', 'Нахчыванское соглашение подписано 3 октября 2009 года.', ['signing', '2009-10-03', 'happened']],
    ['az', '1994-cü il sentyabrın 20-də imzalanan “Əsrin müqaviləsi” oldu.', ['signing', '1994-09-20', 'happened']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['en', 'On 5 June the port and KMG Trading signed a contract reserving terminal capacity.'],
    ['ru', 'В январе компания подписала кредитное соглашение с банком развития.'],
    ['tr', 'Ağustos ayında yüklenici konsorsiyumla ikinci etap yapım sözleşmesi imzalandı.'],
    ['az', 'Kabelin tədarükü üçün şirkət yanvarda “HMN Tech” ilə müqavilə imzalayıb.'],
  ])('%s: a deal dated in passing is no occasion: %s', (lang, sentence) => {
    expect(occasions(lang, sentence)).toEqual([])
  })
})

describe('verbOccasion: a dated ceremony, presentation or opening told by its verbal noun', () => {
  it.each<[string, string, string[]]>([
    ['az', 'Fevralın 24-də akademiyanın akt zalında vida mərasimi keçirilib.', ['other', '2026-02-24', 'happened']],
    ['az', 'Kitabın təqdimatı iyunun 5-də Bakıda keçirilib.', ['other', '2026-06-05', 'happened']],
    ['ru', 'Книга была представлена 26 февраля в Алматы.', ['other', '2026-02-26', 'happened']],
    [
      'en',
      'The listing was marked by a ceremony at the exchange in Astana on June 16.',
      ['other', '2026-06-16', 'happened'],
    ],
    ['tr', 'İstanbul ofisinin eylülde açılması planlanıyor.', ['other', '2026-09', 'planned']],
    [
      'tr',
      'Ticaret Evi’nin 11 Haziran’da Bakü’de açılmasının ardından ihracat arttı.',
      ['other', '2026-06-11', 'happened'],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['tr', 'Törende iki ülkenin milli marşları çalındı.'],
    ['en', 'After the presentation there will be a question-and-answer session.'],
    ['az', 'Mərasimdə hər iki ölkənin rəsmiləri iştirak edirdilər.'],
  ])('guard, %s: an undated ceremony is a step of the occasion around it: %s', (lang, sentence) => {
    expect(occasions(lang, sentence)).toEqual([])
  })
})

describe('verbOccasion: the first train, ship or plane of a run, dated', () => {
  it.each<[string, string, string[]]>([
    [
      'az',
      'İyunun 14-də Türkiyəyə ilk dəfə dəmir yolu ilə canlı heyvan partiyası göndərilib.',
      ['other', '2026-06-14', 'happened'],
    ],
    ['tr', 'Kükürt yüklü ilk blok tren 14 Eylül 2024’te Kars’a ulaştı.', ['other', '2024-09-14', 'happened']],
    [
      'en',
      'Uzbekistan Airways took delivery of the first of 12 Dreamliners on June 2.',
      ['other', '2026-06-02', 'happened'],
    ],
    ['ru', '15 августа из Актау отправится первый каспийский круиз.', ['other', '2026-08-15', 'planned']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['tr', 'İlk çeyrekte 5 bin ton kükürt 12 Mart’a kadar Poti’ye ulaştı.'],
    ['en', 'In the first half, 20 trains arrived in Baku by June 2.'],
  ])('guard, %s: a first part of the year is no first run: %s', (lang, sentence) => {
    expect(occasions(lang, sentence).filter(([kind]) => kind === 'other')).toEqual([])
  })
})

describe('extractEvents: a festival, or a week or days of culture, film or goods held on dates', () => {
  it.each<[string, string, string[]]>([
    ['en', 'The Turkic World Culture Week will be held in Baku on Oct. 5-11.', ['other', '2026-10-05', 'planned']],
    ['ru', '5–11 октября в Баку пройдет Неделя культуры тюркского мира.', ['other', '2026-10-05', 'planned']],
    [
      'tr',
      'Türk Dünyası Film Günleri ise 14-17 Eylül tarihlerinde Bakü’de yapılacak.',
      ['other', '2026-09-14', 'planned'],
    ],
    ['az', 'Türk Dünyası Film Günləri sentyabrın 14-17-də Bakıda keçiriləcək.', ['other', '2026-09-14', 'planned']],
    ['ru', '20 августа в Туркестане пройдет фестиваль традиционной культуры.', ['other', '2026-08-20', 'planned']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it('guard: working days are no festival ("10 iş günü ərzində")', () => {
    expect(occasions('az', 'Müraciətlər 10 iş günü ərzində baxılır.')).toEqual([])
  })
})
