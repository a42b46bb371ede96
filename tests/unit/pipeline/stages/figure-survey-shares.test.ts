import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each percent of a sentence and its value: a survey's shares stay positive whatever their respondents report. */
const percents = (lang: string, sentence: string) =>
  extract([sentence], lang, '2026-04-14')
    .filter((f) => f.unit === 'percent')
    .map((f) => f.value)

describe('changeDirection: a survey’s share of those who answered one way is no change', () => {
  it.each<[string, string, number[]]>([
    ['az', 'Satışların dəyişmədiyini deyənlər 27 faiz, azaldığını qeyd edənlər isə 15 faiz təşkil edib.', [27, 15]],
    ['ru', 'Почти каждый третий участник опроса (29%) сообщил, что сократил закупки турецкого чая.', [29]],
  ])('%s: %s', (lang, sentence, values) => {
    expect(percents(lang, sentence)).toEqual(values)
  })

  it.each<[string, string, number[]]>([
    ['az', 'İxrac 15 faiz azalıb.', [-15]],
    ['tr', 'Satışlarının azaldığını belirtenler yüzde 15, değişmediğini söyleyenler yüzde 27 oldu.', [15, 27]],
    ['en', 'Almost one in three respondents (29%) said they had cut purchases of Turkish tea.', [29]],
    ['ru', 'Закупки турецкого чая сократились на 29% (до 2 100 тонн).', [-29]],
  ])('guard, %s: a change told outright keeps its sign, shares read so already stay: %s', (lang, sentence, values) => {
    expect(percents(lang, sentence)).toEqual(values)
  })
})
