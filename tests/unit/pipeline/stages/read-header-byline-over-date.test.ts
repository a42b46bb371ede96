import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { page, STORY_LEAD } from './header-pages'

describe('parseHeader: a byline right over a date line under a standfirst goes with the date', () => {
  it.each<[string, string, string, string, keyof typeof STORY_LEAD, string]>([
    [
      'tr',
      'Orta Asya’dan gelen ucuz iplik Türk üreticisinin maliyetini düşürüyor',
      'Emtia Masası | Derya Akbulut',
      '20 Kasım 2025 Perşembe, 09:42',
      'tr',
      'Derya Akbulut',
    ],
    [
      'en',
      'Settlements in national currencies take off as lenders adapt',
      'By Rauf Mammadli, Banking Correspondent',
      'Sep 16, 2025 11:05 AM GMT+4',
      'en',
      'Rauf Mammadli',
    ],
    [
      'ru',
      'Почему из Ташкента в Баку летать проще, чем пять лет назад',
      'Беседовала Наргиза Юсупова',
      '21 апреля 2026, 10:15',
      'ru',
      'Наргиза Юсупова',
    ],
    [
      'az',
      'Bərə növbələri azalır, amma tariflər artır',
      'Xəbər Mərkəzi - Aytən Quliyeva',
      '12 sentyabr 2025, 14:37',
      'az',
      'Aytən Quliyeva',
    ],
  ])('%s: %s', (_lang, standfirst, byline, date, lead, author) => {
    const header = parseHeader(page('Headline of the story', '', standfirst, '', byline, date, '', STORY_LEAD[lead]))
    expect(header.author).toBe(author)
    expect(header.body.join('\n')).not.toContain(byline)
    expect(header.body.join('\n')).toContain(STORY_LEAD[lead])
  })
})
