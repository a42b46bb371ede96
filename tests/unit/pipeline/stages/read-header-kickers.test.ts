import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('readDateLine: time zones and issue numbers beside the date', () => {
  it.each<[string, string]>([
    ['Wednesday, September 23, 2026 | 09:40 ALMT', '2026-09-23'],
    ['12 March 2026, 14:05 EEST', '2026-03-12'],
    ['12 mart 2026, 11:24 AZT', '2026-03-12'],
    ['12.03.2026 14:05 TRT', '2026-03-12'],
    ['Issue 87 · Monday, 15 June 2026', '2026-06-15'],
    ['Выпуск № 12 | 3 марта 2026', '2026-03-03'],
    ['Buraxılış 12 | 3 mart 2026', '2026-03-03'],
  ])('%s', (line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })

  it('guard: a sentence with a time and a word ending in "t" is no date line', () => {
    expect(readDateLine('The train left at 09:40 and went west')).toBeNull()
  })
})

describe('clutterReason: an e-mailed issue’s links and a market ticker', () => {
  it.each<[string, string]>([
    ['en', 'View this email in your browser'],
    ['en', 'Forwarded this email? Subscribe here'],
    ['tr', 'Bu e-postayı tarayıcınızda görüntüleyin'],
    ['az', 'Məktubu brauzerdə açın'],
    ['ru', 'Открыть в браузере'],
  ])('%s: %s', (_lang, line) => {
    expect(clutterReason(line)).toBe('subscription notice')
  })

  it.each<[string]>([
    ['USD/KZT 512.40 ▲0.3% | USD/UZS 12,615 ▼0.1% | Brent $71.20 ▼1.1% | KASE 5,742 ▲0.4%'],
    ['USD 1.7000 | EUR 1.9874 | RUB 0.0209 | TRY 0.0412'],
    ['Доллар 512,4   Евро 601,2   Рубль 6,1'],
    // a label before the quotes, an index with its number, a change in brackets, a sign after the price
    ['Canlı Borsa: BIST 100 10.482,17 (%0,41) | USD/TRY 39,86 | Brent 71,40 $'],
    ['Bazarlar: USD/AZN 1,7000 | Brent 71,40 $ (-0,6%)'],
  ])('%s', (line) => {
    expect(clutterReason(line)).toBe('market ticker')
  })

  it.each<[string]>([['Brent rose to $71.20 on Monday | Markets'], ['Kazakhstan 2,5 | Azerbaijan 1,8 million tonnes']])(
    'guard: %s is no ticker',
    (line) => {
      expect(clutterReason(line)).not.toBe('market ticker')
    },
  )
})

describe('parseHeader: kickers, standfirsts and section paths around the headline', () => {
  it('en: a kicker in capitals with its series number stays above the headline', () => {
    const header = parseHeader(
      page(
        'EURASIA CONNECTIVITY INSTITUTE',
        'Home | Research | Programmes | Events | About',
        'POLICY BRIEF No. 14 | DIGITAL INFRASTRUCTURE',
        '',
        'Laying the Digital Silk Way: what a Caspian cable can change',
        '',
        '18 November 2025',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published]).toEqual([
      'Laying the Digital Silk Way: what a Caspian cable can change',
      '2025-11-18',
    ])
  })

  it('en: the headline over a standfirst and a byline over the date', () => {
    const header = parseHeader(
      page(
        'THE CASPIAN REVIEW',
        'Magazine | Features | Long Reads | Interviews | Archive',
        'LONG READ · SHIPPING & INDUSTRY',
        '',
        'Steel for the crossing: inside the race to build a Caspian fleet',
        '',
        'The ferries that decide how much the corridor can carry are too big to sail in, so the shores build them.',
        '',
        'By Leyla Mammadzade',
        'Published 27 Feb 2026 · 14 min read',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published, header.author]).toEqual([
      'Steel for the crossing: inside the race to build a Caspian fleet',
      '2026-02-27',
      'Leyla Mammadzade',
    ])
  })

  it('az: a masthead over a menu, a ticker and a section path; the headline under the date', () => {
    const header = parseHeader(
      page(
        'BXA.AZ - Bakı Xəbər Agentliyi',
        'Siyasət | İqtisadiyyat | Cəmiyyət | Region | Dünya | Foto | Video',
        'USD 1.7000 | EUR 1.9874 | RUB 0.0209 | TRY 0.0412',
        'İqtisadiyyat » Maliyyə',
        '',
        '03 Sentyabr 2026 11:47',
        '',
        'Asiya İnkişaf Bankı dəmir yolu logistikası üçün 250 milyon dollar kredit ayırıb',
        '',
        STORY_LEAD.az,
      ),
    )
    expect([header.title, header.published]).toEqual([
      'Asiya İnkişaf Bankı dəmir yolu logistikası üçün 250 milyon dollar kredit ayırıb',
      '2026-09-03',
    ])
  })

  it('guard: tr: a section path in capitals between a masthead and the date', () => {
    const header = parseHeader(
      page(
        'Kuzeydoğu Haber',
        'Gündem | Ekonomi | Bölge | Dünya | Spor',
        'EKONOMİ / ULAŞTIRMA',
        '',
        '17.04.2026 11:32',
        '',
        'Kars Lojistik Merkezi hizmete açıldı',
        '',
        STORY_LEAD.tr,
      ),
    )
    expect([header.title, header.published]).toEqual(['Kars Lojistik Merkezi hizmete açıldı', '2026-04-17'])
  })

  it('guard: a headline in capitals, not cut into parts, stays the headline', () => {
    const header = parseHeader(
      page('KAZAKH WHEAT FINDS NEW BUYERS ACROSS THE CASPIAN', '', '18 November 2025', '', STORY_LEAD.en),
    )
    expect(header.title).toBe('KAZAKH WHEAT FINDS NEW BUYERS ACROSS THE CASPIAN')
  })
})

describe('parseHeader: a question for a headline, and capitals between the headline and its date', () => {
  /** A masthead, a menu and a section path, then the headline, its standfirst, a byline and the date line. */
  const questionPage = (headline: string, standfirst: string, byline: string, dateLine: string, lead: string) =>
    page(
      'ECONOMIC VIEW',
      'Markets | Economy | Logistics | Energy | World',
      'LOGISTICS › EXPLAINER',
      '',
      headline,
      '',
      standfirst,
      '',
      byline,
      dateLine,
      '',
      lead,
    )

  it.each<[string, string, string, string, string, string]>([
    [
      'tr',
      'Soru-cevap: Çin’den Avrupa’ya giden blok trenler Hazar’ı nasıl geçiyor?',
      'Haftada kaç tren yola çıkıyor, yolculuk kaç gün sürüyor, konteyner başına ne ödeniyor? Hepsini derledik.',
      '24.11.2025 - 07:30',
      STORY_LEAD.tr,
      '2025-11-24',
    ],
    [
      'az',
      'Sual-cavab: Çindən Avropaya gedən blok qatarlar Xəzəri necə keçir?',
      'Həftədə neçə qatar yola düşür, yol neçə gün çəkir, konteyner üçün nə qədər ödənilir? Hamısını topladıq.',
      '24.11.2025 | 07:30',
      STORY_LEAD.az,
      '2025-11-24',
    ],
    [
      'en',
      'Explainer: how do block trains from China to Europe cross the Caspian Sea?',
      'How many trains leave each week, how long does the trip take, and what does a container cost? We answer.',
      '24 November 2025, 07:30',
      STORY_LEAD.en,
      '2025-11-24',
    ],
    [
      'ru',
      'Вопрос-ответ: как блок-поезда из Китая в Европу пересекают Каспийское море?',
      'Сколько поездов уходит в неделю, сколько дней идет груз и сколько стоит контейнер? Отвечаем на главное.',
      '24 ноября 2025, 07:30',
      STORY_LEAD.ru,
      '2025-11-24',
    ],
  ])(
    '%s: the question over its standfirst, a byline and the date',
    (_lang, headline, standfirst, dateLine, lead, published) => {
      const header = parseHeader(questionPage(headline, standfirst, 'Zeynep Arıkan', dateLine, lead))
      expect([header.title, header.published]).toEqual([headline, published])
      expect(header.body).toContain(lead)
    },
  )

  it('en: an agency and a dateline in capitals between a live page’s headline and its date', () => {
    const header = parseHeader(
      page(
        'DAILY REVIEW',
        'World | Politics | Business | Opinion | Sports',
        'Home » Politics » Diplomacy',
        '',
        'LIVE',
        'Turkic leaders sign 12 documents at summit in Turkistan',
        '',
        'DAILY REVIEW WITH AGENCIES',
        'TURKISTAN, KAZAKHSTAN',
        'Oct 07, 2026 - 6:52 pm GMT+3',
        '',
        STORY_LEAD.en,
      ),
    )
    expect([header.title, header.published]).toEqual([
      'Turkic leaders sign 12 documents at summit in Turkistan',
      '2026-10-07',
    ])
  })
})

describe('parseHeader: an editor’s correction printed over the headline', () => {
  const SECTIONS = {
    tr: ['Ekonomi', 'Ulaştırma'],
    az: ['İqtisadiyyat', 'Nəqliyyat'],
    en: ['Business', 'Transport'],
    ru: ['Экономика', 'Транспорт'],
  } as const

  it.each<[string, string, string, string]>([
    [
      'tr',
      'DÜZELTME: Haberin önceki versiyonunda hattın uzunluğu sehven 324 kilometre olarak yer almıştır. Hat 224 kilometredir.',
      'Kars-Iğdır-Nahçıvan demiryolunda rayların yüzde 40’ı döşendi',
      'Mehmet Ali Korkmaz |15.04.2026 - Güncelleme : 15.04.2026',
    ],
    [
      'az',
      'Düzəliş: Xəbərin əvvəlki versiyasında bərənin tutumu səhvən 120 vaqon göstərilib. Düzgün rəqəm 56 vaqondur.',
      'Ələt limanına yeni bərə gəldi',
      '15 aprel 2026, 10:20',
    ],
    [
      'en',
      'Correction: An earlier version of this story misstated the line’s length as 324 km. It is 224 km.',
      'Rails laid on 40% of the Kars–Nakhchivan railway',
      'April 15, 2026 · 10:20',
    ],
    [
      'ru',
      'Исправление: в первоначальной версии длина линии была ошибочно указана как 324 км. Верно – 224 км.',
      'На железной дороге Карс – Нахчыван уложено 40% рельсов',
      '15 апреля 2026, 10:20',
    ],
  ])('%s: the headline and date under it are read, and the note stays in the story', (lang, note, title, dateLine) => {
    const lead = STORY_LEAD[lang as keyof typeof STORY_LEAD]
    const [section, desk] = SECTIONS[lang as keyof typeof SECTIONS]
    const header = parseHeader(page(section, desk, '', note, '', title, '', dateLine, '', lead))
    expect(header.title).toBe(title)
    expect(header.published).toBe('2026-04-15')
    expect(header.body.filter((line) => line !== '')).toEqual([note, lead])
  })
})
