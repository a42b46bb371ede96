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
