import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../src/pipeline/build-dataset'

/** The agreements one article's text makes, by title. */
const titlesOf = (text: string) =>
  buildDataset([{ file: 'a.txt', bytes: new TextEncoder().encode(text) }]).dataset.agreements.map((a) => a.title)

describe('mergeAgreements: in one article, a document named by its noun alone is the fully titled one', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      'Bakü’de sigorta protokolü imzalandı\n14 Ocak 2026\n\nGÜNCELLEME - Taraflar bugün Bakü’de protokol imzaladı.\n\nASCO ile sigorta şirketleri arasında ortak sigorta havuzu kurulmasına ilişkin protokol bugün Bakü’de imzalandı. Havuz yılda 120 bin TEU yükü kapsayacak.',
      'ortak sigorta havuzu kurulmasına ilişkin protokol',
    ],
    [
      'az',
      'Bakıda sığorta protokolu imzalanıb\n14 yanvar 2026\n\nYENİLƏNİB - Tərəflər bu gün Bakıda protokol imzalayıb.\n\nASCO ilə sığorta şirkətləri arasında birgə sığorta hovuzunun yaradılmasına dair protokol bu gün Bakıda imzalanıb. Hovuz ildə 120 min TEU yükü əhatə edəcək.',
      'birgə sığorta hovuzunun yaradılmasına dair protokol',
    ],
    [
      'en',
      'Insurers sign pool memorandum in Baku\nJanuary 14, 2026\n\nUPDATE: The memorandum was signed in Baku on Wednesday.\n\nThe Memorandum of Understanding on a Caspian Insurance Pool was signed in Baku on Wednesday by ASCO and four insurers. The pool will cover 120,000 TEU a year.',
      'Memorandum of Understanding on a Caspian Insurance Pool',
    ],
  ])('%s', (_lang, text, title) => {
    expect(titlesOf(text)).toEqual([title])
  })

  it.each<[string, string, string]>([
    [
      'tr',
      'Bakan Azerbaycan ile imzalanan yeni protokolü anlattı\n22 Mart 2026\n\nBakan, Azerbaycan ile imzalanan yeni protokolü anlattı. Geçen salı Nahçıvan’da Aras Nehri üzerine yapılacak köprünün ortak inşasına ilişkin protokolü imzaladık.',
      'yapılacak köprünün ortak inşasına ilişkin protokol',
    ],
    [
      'ru',
      'Министр рассказал о новом соглашении\n22 марта 2026\n\nВо вторник в Баку подписано соглашение о совместном строительстве моста через Аракс. Соглашением предусмотрено начало работ в 2027 году.',
      'соглашение о совместном строительстве моста через Аракс',
    ],
  ])(
    '%s: the noun alone in a case of its own, or told as the new one, is the titled document',
    (_lang, text, title) => {
      expect(titlesOf(text)).toEqual([title])
    },
  )

  it('guard: en: two documents of one kind with titles of their own stay two', () => {
    const text =
      'Two memoranda signed in Baku\nJanuary 14, 2026\n\nThe Memorandum on Digital Transit was signed in Baku on Wednesday. The Memorandum on Green Energy was signed in Baku on Wednesday too.'
    expect(titlesOf(text)).toHaveLength(2)
  })
})
