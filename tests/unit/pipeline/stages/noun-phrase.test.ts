import { describe, expect, it } from 'vitest'

import { citationForm, nameStartBefore } from '../../../../src/pipeline/stages/noun-phrase'

describe('nameStartBefore(text, headStart, lang)', () => {
  it.each([
    [
      'tr',
      "ardından Kazakistan-Azerbaycan Devletlerarası Yüksek Konseyinin 2. Toplantısı'na",
      'Toplantısı',
      'Kazakistan-Azerbaycan Devletlerarası Yüksek Konseyinin 2. ',
    ],
    [
      'az',
      'Tokayevin Türk Dövlətlər Təşkilatının (TDT) XII Sammitində',
      'Sammitində',
      'Türk Dövlətlər Təşkilatının (TDT) XII ',
    ],
    ['tr', "kabul edilen Ortak Bildiri'yi de imzaladı", 'Bildiri', 'Ortak '],
    ['az', 'Qazaxıstana dövlət səfəri', 'dövlət', ''],
    ['tr', 'Cumhurbaşkanı Erdoğan Mutabakat Zaptı imzaladı', 'Mutabakat', ''],
  ])('in %s "%s" puts the name before "%s" as "%s"', (lang, text, head, name) => {
    const headStart = text.indexOf(head)
    expect(text.slice(nameStartBefore(text, headStart, lang), headStart)).toBe(name)
  })
})

describe('citationForm(word, stemLength, lang)', () => {
  it.each([
    ["Toplantısı'na", 8, 'Toplantısı'],
    ['Sammitində', 6, 'Sammiti'],
    ["Bildiri'yi", 7, 'Bildiri'],
    ['qərarları', 5, 'qərarları'],
    ['görüşü', 5, 'görüşü'],
  ])('cites "%s" as "%s"', (word, stemLength, expected) => {
    expect(citationForm(word, stemLength, 'tr')).toBe(expected)
  })
})
