import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The label a generic figure gets from the words next to it: a noun phrase, never a suffix, a converb or a month. */
const labels = (sentence: string, lang: string) => extract([sentence], lang, '2025-10-10').map((f) => f.label)

describe('genericMetric: labels read from the noun phrase next to a figure', () => {
  it.each([
    [
      'tr: a case suffix after an apostrophe is no word of the label',
      "Kazakistan'ın Azerbaycan'la ticareti 650 milyon dolar oldu.",
      'tr',
      ['ticareti'],
    ],
    [
      'tr: a converb ("artarak") never names a figure',
      'İhracat yüzde 12 artarak 1,8 milyar dolara ulaştı.',
      'tr',
      ['İhracat: growth', 'Unnamed figure (USD)'],
    ],
    [
      'az: a converb ("artaraq") never names a figure',
      'İxrac 12 faiz artaraq 1,8 milyard dollara çatıb.',
      'az',
      ['İxrac: growth', 'Unnamed figure (USD)'],
    ],
    [
      'en: a month is no measure',
      "Kazakhstan's exports to Turkey reached $1.8 billion in January–September.",
      'en',
      ['Unnamed figure (USD)'],
    ],
    ['ru: a Russian noun makes a label and a transliterated metric', 'Паромы выполнили 312 рейсов.', 'ru', ['рейсов']],
  ])('%s', (_name, sentence, lang, expected) => {
    expect(labels(sentence, lang)).toEqual(expected)
  })

  // one row per language pattern: a count past its qualifiers, a count with a case ending, a word in an oblique case
  it.each([
    ['count, tr: "yeni" says which, not what', 'Şirket geçen yıl filosuna iki yeni feribot kattı.', 'tr', 'feribot'],
    ['count, tr: a nationality', "Kazakistan'da 4 binden fazla Türk şirketi faaliyet gösteriyor.", 'tr', 'şirketi'],
    ['count, az: "yeni" says which, not what', 'Gələn il xəttə iki yeni bərə əlavə olunacaq.', 'az', 'bərə'],
    ['count, en: "more" says how many more', 'The sides agreed to put two more ferries on the line.', 'en', 'ferries'],
    ['count, en: a demonym', 'About 4,300 Turkish companies operate in Kazakhstan.', 'en', 'companies'],
    ['count, ru: "новых" says which, not what', 'К 2028 году планируется ввести 15 новых судов.', 'ru', 'судов'],
    ['case ending, az: the goal of "çatıb"', 'Limana yan alan gəmilərin sayı 13-ə çatıb.', 'az', 'gəmilərin sayı'],
    ['case ending, tr: on "bin", past "da"', 'Vagon sayısı da geçen yıl 41 bine yaklaştı.', 'tr', 'Vagon sayısı'],
    ['case ending, tr: after an apostrophe', 'Gemi sayısı 120’ye ulaştı.', 'tr', 'Gemi sayısı'],
    ['oblique, tr: a locative', 'Yolculuk normal koşullarda 18-20 saat sürüyor.', 'tr', 'Unnamed figure (hours)'],
    ['oblique, tr: the relative "-ki"', 'Bakü ile Aktau arasındaki 470 kilometrelik yol.', 'tr', 'Unnamed figure (km)'],
    ['oblique, tr: an instrumental', 'Deniz yoluyla 35-45 gün süren yolculuk uzun.', 'tr', 'Unnamed figure (days)'],
    [
      'oblique, az: a locative',
      'Qazaxıstanda bu il 1 GW gücün istifadəyə verilməsi gözlənilir.',
      'az',
      'Unnamed figure (GW)',
    ],
    ['oblique, az: a bare possessive still names it', 'Limanın illik gücü 17 milyon tondur.', 'az', 'gücü'],
  ])('a figure is named by the words that name it (%s)', (_name, sentence, lang, expected) => {
    expect(labels(sentence, lang)).toEqual([expected])
  })

  it('files a Russian noun under a Latin slug', () => {
    expect(extract(['Паромы выполнили 312 рейсов.'], 'ru').map((f) => f.metric)).toEqual(['reisov'])
  })
})
