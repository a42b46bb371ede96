import { describe, expect, it } from 'vitest'
import { cutTranslations } from '../../../../src/pipeline/stages/other-language'
import { readArticle } from '../../../../src/pipeline/stages/read-article'

const AZ = [
  'Astana, 19 may 2026-cı il – “Azəralüminium” ASC ilə Pavlodar zavodu 2026–2030-cu illər üçün müqavilə imzalayıb.',
  'Müqaviləyə əsasən, Pavlodar zavodu Gəncə Alüminium Kompleksinə ildə 180 min ton alüminium oksidi göndərəcək.',
  'Beşillik müqavilənin ümumi dəyəri təxminən 410 milyon ABŞ dolları qiymətləndirilir.',
]
const EN = [
  'Astana, 19 May 2026 – Azeraluminium OJSC and the Pavlodar refinery have signed a contract for 2026–2030.',
  'Under the contract, the Pavlodar refinery will ship 180,000 tonnes of alumina a year to the Ganja complex.',
  'The total value of the five-year contract is estimated at approximately USD 410 million.',
]
const TR = [
  'Astana, 19 Mayıs 2026 – Azeraluminium ile Pavlodar rafinerisi 2026–2030 dönemi için bir sözleşme imzaladı.',
  'Sözleşmeye göre Pavlodar rafinerisi Gence kompleksine yılda 180 bin ton alümina gönderecek.',
  'Beş yıllık sözleşmenin toplam değerinin yaklaşık 410 milyon dolar olduğu tahmin ediliyor.',
]

describe('cutTranslations: a bilingual page’s version in another language', () => {
  it.each<[string, string[], string[]]>([
    ['az', AZ, EN],
    ['tr', TR, EN],
    ['en', EN, AZ],
  ])('%s: cuts the translation below the story, with its heading between its paragraphs', (lang, story, version) => {
    const text = [...story, '', '***', '', 'PRESS RELEASE', '', ...version].join('\n')
    const { text: kept, removed } = cutTranslations(text, lang)
    expect(kept.split('\n').filter((line) => line !== '')).toEqual([...story, '***', 'PRESS RELEASE'])
    expect(removed.map((r) => r.text)).toEqual(version)
    expect(removed.every((r) => r.reason === 'translation in another language')).toBe(true)
  })

  it('takes the translation’s short last paragraph with it, though it has few function words', () => {
    const about = 'About Azeraluminium OJSC: The company runs the Ganja complex, which employs more than 2,100 people.'
    const text = [...AZ, '', ...EN, '', about].join('\n')
    expect(cutTranslations(text, 'az').removed.map((r) => r.text)).toEqual([...EN, about])
  })

  it('guard: one English sentence quoted in an Azerbaijani story stays', () => {
    const text = [AZ[0], EN[1], AZ[1], EN[2], AZ[2]].join('\n')
    expect(cutTranslations(text, 'az')).toEqual({ text, removed: [] })
  })

  it('guard: a Turkish story is not an Azerbaijani one’s translation', () => {
    const text = [...AZ, ...TR].join('\n')
    expect(cutTranslations(text, 'az').removed).toEqual([])
  })
})

describe('readArticle: a bilingual press release', () => {
  it('keeps the story in the article’s language and lists the English version as removed', () => {
    const story = [
      ...AZ,
      'Xammal dəmir yolu ilə Kurık limanına, oradan bərə ilə Ələt limanına, sonra yenidən dəmir yolu ilə Gəncəyə çatdırılacaq.',
      'Bu vaxta qədər kompleks alüminium oksidini əsasən Avstraliyadan dəniz yolu ilə alırdı və daşınma 40–45 gün çəkirdi.',
    ]
    const page = ['Azəralüminium Pavlodar zavodu ilə müqavilə imzalayıb', '19.05.2026', '', ...story, '', ...EN].join(
      '\n',
    )
    const { article } = readArticle({ file: 'az-en.txt', bytes: new TextEncoder().encode(page) })
    expect(article?.lang).toBe('az')
    expect(article?.text).toBe(story.join('\n'))
    expect(article?.removed.filter((r) => r.reason === 'translation in another language')).toHaveLength(3)
  })
})
