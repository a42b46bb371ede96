import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { articleOf } from './extraction-input'

/** The countries of each figure of an article with this headline and these sentences. */
function countries(title: string, sentences: string[], lang: string): string[][] {
  const input = articleOf(lang, '2026-08-14', sentences)
  return extractFigures({ ...input, article: { ...input.article, title } }).map((f) => f.countries)
}

/** A story of Kazakh goods crossing Turkmenistan and Azerbaijan, whose text names four neighbours too. */
const STORIES: [string, string, string[]][] = [
  [
    'az',
    'Qazaxıstan taxılının Azərbaycan üzərindən tranziti artıb',
    [
      'Qazaxıstan taxılı Türkmənistan ərazisindən keçərək Azərbaycana gəlir.',
      'Azərbaycanın Ələt və Bakı limanları taxılı qəbul edir, Özbəkistan, Gürcüstan və Türkiyə də bu marşrutdan istifadə edir.',
      'Təkcə iyul ayında 118,6 min ton taxıl tranzitlə daşınıb.',
    ],
  ],
  [
    'tr',
    'Kazak tahılının Azerbaycan üzerinden transiti arttı',
    [
      'Kazakistan tahılı Türkmenistan topraklarından geçerek Azerbaycan’a ulaşıyor.',
      'Azerbaycan’ın Alat ve Bakü limanları tahılı karşılıyor, Özbekistan, Gürcistan ve Çin de bu güzergâhı kullanıyor.',
      'Yalnızca temmuz ayında 118,6 bin ton tahıl transit taşındı.',
    ],
  ],
  [
    'en',
    'Kazakh grain transit through Azerbaijan rises',
    [
      'Kazakhstan’s grain crosses Turkmenistan and goes on to Azerbaijan.',
      'Azerbaijan’s ports at Alat and Baku take the grain, and Uzbekistan, Georgia and China use the route too.',
      'In July alone 118,600 tonnes of grain moved in transit.',
    ],
  ],
  [
    'ru',
    'Транзит казахстанского зерна через Азербайджан вырос',
    [
      'Казахстанское зерно идет через Туркменистан в Азербайджан.',
      'Зерно принимают порты Азербайджана в Алате и Баку, этим маршрутом пользуются также Узбекистан, Грузия и Китай.',
      'Только в июле транзитом перевезено 118,6 тыс. тонн зерна.',
    ],
  ],
]

describe('figureCountries: a headline that names the article’s two main parties gives its pair', () => {
  it.each(STORIES)('%s: %s', (lang, title, sentences) => {
    expect(countries(title, sentences, lang).at(-1)).toEqual(['AZ', 'KZ'])
  })

  it.each(STORIES)(
    'guard: %s: a headline naming one country leaves an unnamed figure with none',
    (lang, _t, sentences) => {
      const title = {
        az: 'Taxıl tranziti artıb',
        tr: 'Tahıl transiti arttı',
        en: 'Grain transit rises',
        ru: 'Транзит зерна вырос',
      }[lang]
      expect(countries(title ?? '', sentences, lang).at(-1)).toEqual([])
    },
  )
})
