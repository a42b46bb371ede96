import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The kind and deadline of the figure with these words, in an article of 5 November 2025. */
const kindOf = (sentence: string, lang: string, words: string) =>
  extract([sentence], lang, '2025-11-05')
    .filter((f) => f.words === words)
    .map((f) => [f.kind, f.deadline])

describe('readKind: a hope is a plan, and estimating that something could happen forecasts it', () => {
  it.each<[string, string, string, (string | null)[]]>([
    [
      'en',
      'A deputy minister told reporters last month that the government hopes to ship 1 million tonnes of metals a year through the corridor by 2030.',
      '1 million tonnes',
      ['target', '2030'],
    ],
    [
      'ru',
      'Правительство надеется к 2030 году перевозить через коридор 1 млн тонн металлов в год.',
      '1 млн тонн',
      ['target', '2030'],
    ],
    [
      'tr',
      'Hükümet 2030 yılına kadar koridordan yılda 1 milyon ton metal taşımayı umuyor.',
      '1 milyon ton',
      ['target', '2030'],
    ],
    [
      'en',
      'Kazakhstan exported 480,000 tonnes of copper in 2024, and traders estimate that over a quarter of it could move along the corridor by 2027.',
      'a quarter',
      ['forecast', '2027'],
    ],
  ])('%s: %s', (lang, sentence, words, expected) => {
    expect(kindOf(sentence, lang, words)).toEqual([expected])
  })

  it('guard: "by the institute’s estimate" reports what is', () => {
    const sentence =
      "By the institute's estimate, more than 90% of the region's internet traffic still transits Russian networks."
    expect(kindOf(sentence, 'en', '90%')).toEqual([['achieved', null]])
  })
})

describe('readKind: a Turkish or Azerbaijani participle dated last year says what a thing already is', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      "Aliyev, geçen yıl devreye alınan 445 MW'lık güneş santralini hatırlattı ve 2027 yılına kadar 2 GW'lık yeni kapasitenin devreye gireceğini söyledi.",
      "445 MW'lık",
    ],
    [
      'az',
      'Nazir ötən il istifadəyə verilən 230 MVt-lıq stansiyanı xatırladıb və 2027-ci ilədək 2 QVt yeni gücün işə düşəcəyini deyib.',
      '230 MVt-lıq',
    ],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kindOf(sentence, lang, words)).toEqual([['achieved', null]])
  })
})

describe('readKind: what a scenario assumes is forecast', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      'Baz senaryo, pamuk rekoltesinin 3,3 milyon ton civarında gerçekleşmesini varsaymaktadır.',
      '3,3 milyon ton',
    ],
    ['az', 'Əsas ssenari pambıq məhsulunun 3,3 milyon ton təşkil etməsini fərz edir.', '3,3 milyon ton'],
    ['en', 'The baseline scenario assumes a cotton harvest of about 3.3 million tonnes.', '3.3 million tonnes'],
    ['ru', 'Базовый сценарий предполагает урожай хлопка около 3,3 млн тонн.', '3,3 млн тонн'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kindOf(sentence, lang, words)).toEqual([['forecast', null]])
  })
})
