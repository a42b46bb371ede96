import { describe, expect, it } from 'vitest'
import { findEventCues } from '../../../../src/pipeline/stages/event-cues'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { paragraphsOf } from './extraction-input'

/** The occasion words of a sentence, as written, with their kinds. */
const cues = (text: string, lang: string) =>
  findEventCues(text, lang).map((c) => [text.slice(c.start, c.end), c.cue.kind])

describe('findEventCues: a meeting told by its verb now, a foundation laid, a hearing; a surname is no visit', () => {
  it.each<[string, string, string]>([
    ['ru', 'В Хоргосе сегодня встречаются главы таможенных служб Казахстана и Китая.', 'meeting'],
    ['ru', 'Министры встретятся в Баку в июне.', 'meeting'],
    ['az', 'Şirkət Sumqayıtda zavodun təməlini qoyub.', 'other'],
    ['tr', 'Şirket Kocaeli’de fabrikanın temelini attı.', 'other'],
    ['en', 'The minister laid the foundation stone of the new terminal.', 'other'],
    ['en', 'A procedural hearing has been scheduled for Nov. 20 in Singapore.', 'other'],
  ])('%s: %s', (lang, text, kind) => {
    expect(cues(text, lang).map(([, found]) => found)).toContain(kind)
  })

  it.each<[string, string]>([
    ['az', 'İqtisadçı Elnur Səfərli bildirib ki, yerli tərkibin payı hələ aşağıdır.'],
    ['tr', 'Ekonomist Ayşe Ziyaretli, yerli payın düşük olduğunu söyledi.'],
  ])('guard, %s: a surname made of the word holds no occasion: %s', (lang, text) => {
    expect(cues(text, lang)).toEqual([])
  })
})

describe('headingDays: a month alone on its line dates the item under it, as a year’s review heads its months', () => {
  it('az: the foundation laid under "Avqust" of a December review is August’s', () => {
    const input = paragraphsOf('az', '2025-12-29', [
      [
        'Başa çatmaqda olan il maşınqayırma sənayesi üçün ixrac ili oldu.',
        'Gəncə, Hacıqabul və Sumqayıtda yığılan texnika yeni bazarlara çıxdı.',
        'Aşağıda ilin əsas hadisələri aylar üzrə verilir.',
      ],
      ['Yanvar'],
      ['Zavod ilk partiyanı buraxdı.'],
      ['Avqust'],
      ['Türkiyənin şirkəti Sumqayıt Kimya Sənaye Parkında kənd təsərrüfatı texnikası zavodunun təməlini qoyub.'],
    ])
    expect(extractEvents(input).map((e) => [e.kind, e.date])).toEqual([['other', '2025-08']])
  })
})

describe('readSentenceEvents: a verb’s subject is no part of the occasion’s words', () => {
  it.each<[string, string, string]>([
    ['en', 'Energy ministers of Azerbaijan, Georgia, Romania and Hungary met in Baku on Tuesday.', 'met'],
    ['ru', 'Главы таможенных служб Казахстана и Китая встретились в Хоргосе.', 'встретились'],
  ])('%s: %s', (lang, sentence, words) => {
    const input = paragraphsOf(lang, '2026-06-05', [[sentence]])
    const [event] = extractEvents(input)
    const mention = event?.source.mention
    expect(mention && input.article.text.slice(mention.start, mention.end)).toBe(words)
  })
})

describe('findEventCues: a call between leaders is an occasion of its own', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      'Cumhurbaşkanı Erdoğan, Türkmenistan Devlet Başkanı Berdimuhamedov ile telefonda görüştü.',
      'telefonda görüştü',
    ],
    ['az', 'Prezident İlham Əliyev Qazaxıstan Prezidenti ilə telefon danışığı aparıb.', 'telefon danışığı'],
    ['en', 'Kassym-Jomart Tokayev had a telephone conversation with President Ilham Aliyev.', 'telephone conversation'],
    ['ru', 'Касым-Жомарт Токаев провел телефонный разговор с Ильхамом Алиевым.', 'телефонный разговор'],
  ])('%s: %s', (lang, text, words) => {
    expect(cues(text, lang)).toEqual([[words, 'other']])
  })

  it('guard: a number to call is no call (en)', () => {
    expect(cues('Exporters can call the hotline on 1414 for details.', 'en')).toEqual([])
  })
})

describe('findEventCues: a body’s session in Russian, not a slot of a programme', () => {
  it.each<[string, string]>([
    ['Сессия Комиссии пройдет в Баку 8–9 июня.', 'Сессия'],
    ['Предыдущая, 29-я сессия Комиссии состоялась в мае 2025 года в Астрахани.', 'сессия'],
  ])('%s', (text, words) => {
    expect(cues(text, 'ru')).toEqual([[words, 'session']])
  })

  it('guard: "Пленарная сессия" in a forum’s programme is no occasion', () => {
    expect(cues('10:00–11:30 — Пленарная сессия «Срединный коридор: новые возможности»', 'ru')).toEqual([])
  })
})

describe('findEventCues: a ceremony of remembrance or farewell', () => {
  it.each<[string, string, string]>([
    ['az', 'Mərhumla vida mərasimi martın 4-də saat 12:00-da keçiriləcək.', 'vida mərasimi'],
    ['tr', 'Merhum için 5 Mart’ta tersanede bir anma töreni düzenlenecek.', 'anma töreni'],
    ['en', 'ASCO said a memorial evening would be held at the Baku Shipyard on April 14.', 'memorial evening'],
    ['ru', 'Церемония прощания пройдет 4 марта в Баку.', 'Церемония прощания'],
  ])('%s: %s', (lang, text, words) => {
    expect(cues(text, lang)).toEqual([[words, 'other']])
  })
})
