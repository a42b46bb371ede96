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

describe('numbers a page shows wrong', () => {
  const values = (lang: string, sentence: string) => extract([sentence], lang, '2026-06-02').map((f) => f.value)

  it('en: "not the USD 11 million quoted" is denied, the figure before it stands', () => {
    const found = values('en', 'Georgian stone exports were USD 4.1 million last year, not the USD 11 million quoted.')
    expect(found).toContain(4100000)
    expect(found).not.toContain(11000000)
  })

  it('az: "200 milyon dollar rəqəmi səhvdir" names a number to call it wrong', () => {
    expect(values('az', 'Cavab: 200 milyon dollar rəqəmi səhvdir, bəzi mediada yanlış verilib.')).toEqual([])
  })

  it.each([
    ['tr', "Ceviz vergisinin yüzde 10'a indirildiği doğru değildir."],
    ['az', 'Rüsumun 5 faizə endirildiyi doğru deyil.'],
    ['en', 'It is not true that the Union will spend €40 billion on the corridor.'],
    ['ru', 'Неправда, что пошлина снижена до 5%.'],
  ])('%s: a claim put as a clause and denied by its sentence: "%s"', (lang, sentence) => {
    expect(values(lang, sentence)).toEqual([])
  })

  it('guard, tr: a clause the sentence holds true keeps its number', () => {
    expect(values('tr', "Ceviz vergisinin yüzde 10'a indirildiği doğrudur.")).toEqual([10])
  })

  it('en: what a speaker read in the press and the next sentence calls untrue is no figure', () => {
    const sentences = [
      'I have read in the press that the Union will spend €40 billion on this corridor.',
      'That is simply not true: no such figure appears in any Council document.',
    ]
    expect(extract(sentences, 'en', '2026-02-11').map((f) => f.value)).toEqual([])
  })

  it('guard: "not the only" denies no number', () => {
    expect(values('en', 'Exports were not the only thing that grew: imports rose to USD 12 million.')).toContain(
      12000000,
    )
  })
})

describe('numbers that name a product, a code or a phone, and count nothing', () => {
  const values = (lang: string, sentence: string) => extract([sentence], lang, '2026-07-09').map((f) => f.value)

  it.each([
    ['tr', '8681234500512 / LOT 25K0418 / 5 ml / Ekim 2025 / 720.000 adet', [720000]],
    ['tr', 'Ayrıntılı bilgi: Dış Ticaret Müdürlüğü, 0 (258) 265 00 00, dahili 214.', []],
    ['tr', "Navlun şu an Mersin–Almatı 40'lık HC için 6.800–7.400 dolar.", [6800]],
    ['tr', "Malatya'da dün 4 numara kuru kayısının kilosu 245 liradan işlem gördü.", [245]],
    ['tr', "Konya'da split klima (9.000 ve 12.000 BTU) üreten firma 1.200 kişi çalıştırıyor.", [1200]],
    ['ru', 'Sunrise Escalator Co., Ltd. | Китай | Зал 2 | B2-140', []],
    ['en', 'Prices start from USD 0.021 per 5 ml syringe, EXW.', [0.021]],
    ['en', 'The plan is to cut Scope 1 and 2 emissions by 42% by 2030.', [-42]],
  ])('%s: "%s"', (lang, sentence, expected) => {
    expect(values(lang, sentence)).toEqual(expected)
  })

  it('guard: forty containers sent are counted', () => {
    expect(values('tr', 'Firma geçen yıl 40 konteyner gönderdi.')).toEqual([40])
  })
})
