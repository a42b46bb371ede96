import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { isUnstatedSentence } from '../../../../src/pipeline/stages/unstated-numbers'
import { extract } from './figure-input'

describe('a quiz: its choices, its answer key and the figure it refutes', () => {
  it.each([
    ['az', 'A) 1,5 milyon ton   B) 4,5 milyon ton   C) 9 milyon ton   D) 20 milyon ton'],
    ['ru', 'А) около 80 тыс. тенге  Б) около 165 тыс. тенге  В) около 300 тыс. тенге  Г) около 450 тыс. тенге'],
    ['en', 'A) 6 hours   B) 18 hours   C) 36 hours   D) 3 days'],
    ['tr', 'A) %25   B) %45   C) %65'],
  ])('%s: the choices are guesses offered, no facts: "%s"', (_, line) => {
    expect(clutterReason(line)).toBe('quiz options')
  })

  it('guard: a sentence that opens with a lettered point keeps its figures', () => {
    expect(clutterReason('A) Exports to Georgia rose 12% to $410 million in 2025.')).toBeNull()
  })

  it.each([
    ['az', '3 – C. Türkiyə dünya quru ərik ixracının təxminən 65 faizini təmin edir.', 65],
    ['ru', '7 – Б) Перевозка контейнера стоила 5 800 долларов.', 5800],
    ['en', '2 – B. Uzbekistan exported 165,000 tonnes of raisins in 2025.', 165000],
  ])('%s: the answer key’s question number counts nothing: "%s"', (lang, sentence, value) => {
    const values = extract([sentence], lang, '2026-05-01').map((f) => f.value)
    expect(values).toContain(value)
    expect(values).not.toContain(Number(sentence[0]))
  })

  it.each([
    ['az', 'Bəzi sosial şəbəkə səhifələrində yayılan "20 milyon ton" rəqəmi isə reallığı əks etdirmir.'],
    ['tr', 'Sosyal medyada dolaşan "12 milyon adet" rakamı ise gerçeği yansıtmıyor.'],
  ])('%s: a number named in quotes only to be denied is none: "%s"', (lang, sentence) => {
    expect(isUnstatedSentence([{ text: sentence }], 0, lang)).toBe(true)
  })
})
