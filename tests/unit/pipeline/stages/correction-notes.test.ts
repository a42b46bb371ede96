import { describe, expect, it } from 'vitest'
import { isCorrectionNote, storySentences } from '../../../../src/pipeline/stages/correction-notes'
import { segmentText } from '../../../../src/pipeline/stages/segment'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { processArticle } from '../../../../src/pipeline/stream/process-article'

describe('isCorrectionNote: a paragraph that withdraws a figure', () => {
  it.each<[string, string]>([
    ['en', 'Correction: An earlier version of this story gave the port’s capacity as 8 million tonnes.'],
    ['en', '(This story has been corrected to show that the trains were bound for Aktau, not Baku)'],
    ['en', '14:40 - Correction: Our 10:20 post gave the cable’s length as 480 km; it is 380 km.'],
    ['tr', 'Düzeltme: Haberin ilk hâlinde limanın kapasitesi yanlışlıkla 9 milyon ton yazılmıştır.'],
    ['az', 'Düzəliş: Xəbərin ilk versiyasında limanın gücü səhvən 9 milyon ton göstərilib.'],
    ['ru', 'Исправление: в первоначальной версии заметки мощность порта была указана неверно.'],
    ['ru', 'В первоначальной версии материала ошибочно говорилось о 9 млн тонн.'],
  ])('%s: %s', (lang, line) => {
    expect(isCorrectionNote(line, lang)).toBe(true)
  })

  it.each<[string, string]>([
    ['en', 'Updated 29.04.2026: an earlier version of this release gave net profit as USD 12.8 million.'],
    ['en', '*Correction, 17:40: An earlier version of this entry said 11 documents were signed.'],
    ['tr', 'Güncelleme (14:20): Düzeltme: İlk hâlinde köprünün uzunluğu 480 metre yazılmıştı.'],
    ['az', 'Yeniləndi 12:30: Düzəliş: Xəbərin ilk versiyasında dərinlik 7 metr göstərilib.'],
    ['ru', 'Обновлено 12:30: В первоначальной версии статьи говорилось о 5 млн тонн.'],
  ])('%s, a note under a dated label: %s', (lang, line) => {
    expect(isCorrectionNote(line, lang)).toBe(true)
  })

  it.each<[string, string]>([
    ['en', 'Updated: trade rose to $5 billion in 2025.'],
    ['en', 'The correction in oil prices hit exporters last year.'],
    ['tr', 'Limanın kapasitesi düzeltme çalışmalarının ardından 9 milyon tona çıktı.'],
    ['ru', 'Уточнение графика строительства займет еще месяц.'],
  ])('guard, %s: %s', (lang, line) => {
    expect(isCorrectionNote(line, lang)).toBe(false)
  })
})

describe('storySentences and processArticle: no fact is read from a correction note', () => {
  const text = [
    'Kuryk port handled 6 million tonnes of cargo last year, the port said.',
    'Correction: An earlier version of this story gave the figure as 8 million tonnes. The correct figure is 6 million tonnes.',
  ].join('\n')

  it('keeps the story’s sentences only', () => {
    const kept = storySentences(text, 'en', segmentText(text, 'en')).map((s) => s.text)
    expect(kept).toEqual(['Kuryk port handled 6 million tonnes of cargo last year, the port said.'])
  })

  it('the article’s figures are the story’s, once', () => {
    const page = `Kuryk port handles record cargo\n2026-03-12\n\n${text}\n`
    const result = processArticle({ file: 'kuryk.txt', bytes: new TextEncoder().encode(page) })
    expect(result.drafts.figures.map((f) => [f.value, f.unit])).toEqual([[6_000_000, 't']])
  })
})

describe('findQuantities: a number that names a thing is no figure', () => {
  it.each<[string, string]>([
    ['tr', 'Terminal, limanın 4 numaralı rıhtımında yer alıyor.'],
    ['tr', 'Tırlar 3 nolu kapıdan giriş yapıyor.'],
    ['az', 'Sürücülər suallarını 1558 nömrəli qaynar xəttə ünvanlaya bilərlər.'],
  ])('%s: %s', (lang, sentence) => {
    expect(findQuantities(sentence, lang)).toEqual([])
  })

  it('guard: "4 yeni rıhtım" counts docks', () => {
    expect(findQuantities('Limanda 4 yeni rıhtım inşa edildi.', 'tr').map((q) => q.value)).toEqual([4])
  })

  it('ru: "ДФЭ" is TEU', () => {
    const [quantity] = findQuantities('За девять месяцев перевезено 31,4 тыс. ДФЭ.', 'ru')
    expect([quantity?.value, quantity?.unit]).toEqual([31_400, 'TEU'])
  })
})

describe('clutterReason: notices and widgets of news pages', () => {
  it.each<[string]>([
    ['The views expressed in this paper are the author’s own and do not reflect those of the institute.'],
    ['Мнение автора может не совпадать с позицией редакции.'],
    ['Yazıdaki görüşler yazarın kendisine aittir.'],
    ['Müəllifin mövqeyi redaksiyanın mövqeyi ilə üst-üstə düşməyə bilər.'],
    ['All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.'],
    ['Topics: Middle Corridor, ports, financing'],
    ['Dana Sarsenova. Photo credit: the company’s press service'],
    ['Share this post'],
    ['Yazarın Diğer Yazıları'],
  ])('%s', (line) => {
    expect(clutterReason(line)).not.toBeNull()
  })

  it('guard: a sentence about delayed shipments stays', () => {
    expect(clutterReason('Shipments were delayed by a minimum of 15 days at the border.')).toBeNull()
  })
})

describe('processArticle: a value a correction note withdraws is never shown, and its restatement is read', () => {
  const figuresOf = (lang: string, story: string, note: string) => {
    const page = `Headline of the story\n2026-02-18\n\n${story}\n${note}\n`
    const result = processArticle({ file: `${lang}.txt`, bytes: new TextEncoder().encode(page) })
    return result.drafts.figures.map((f) => [f.value, f.unit])
  }

  it.each<[string, string, string, number[]]>([
    [
      'tr',
      'Fabrikaya 145 milyon dolar yatırım yapıldı. Tesisin yıllık üretim kapasitesi 12.000 araç olacak.',
      'Düzeltme: Haberin ilk versiyonunda kapasite 12.000 araç olarak yer almıştır. Şirketin açıklamasına göre kapasite 8.000 araçtır.',
      [145e6, 8000],
    ],
    [
      'az',
      'Zavoda 145 milyon dollar sərmayə qoyulub. Zavodun illik gücü 12 min avtomobil olacaq.',
      'Düzəliş: Xəbərin ilk versiyasında zavodun gücü səhvən 12 min avtomobil göstərilib. Zavodun illik gücü 8 min avtomobildir.',
      [145e6, 8000],
    ],
    [
      'en',
      'The plant cost $145 million. It will assemble 12,000 vehicles a year.',
      'Correction: An earlier version of this story misstated the plant’s capacity. It is 8,000 vehicles a year, not 12,000.',
      [145e6, 8000],
    ],
    [
      'ru',
      'В завод вложено 145 млн долларов. Его мощность составит 12 тыс. автомобилей в год.',
      'Исправление: в первоначальной версии заметки мощность завода была указана неверно: 12 тыс. автомобилей. Мощность завода — 8 тыс. автомобилей в год.',
      [145e6, 8000],
    ],
  ])('%s', (lang, story, note, values) => {
    expect(figuresOf(lang, story, note).map(([value]) => value)).toEqual(values)
  })
})

/** A corrections column: two notes on other stories, then a story of its own, in an article of 16 April 2026. */
const column = (title: string, notes: readonly string[], story: string) =>
  `${title}\n16.04.2026\n\n${notes.join('\n\n')}\n\n${story}\n`
const figuresOf = (page: string, lang: string) =>
  processArticle({ file: `column-${lang}.txt`, bytes: new TextEncoder().encode(page) }).drafts.figures.map((f) => [
    f.value,
    f.unit,
  ])

describe('processArticle: a corrections column gives each note’s right figure, never the one it withdraws', () => {
  it.each<[string, string, string[], string, (string | number)[][]]>([
    [
      'en',
      'Corrections and clarifications',
      [
        'An earlier version said the plant exported 19,000 tonnes of titanium sponge in 2025; the right figure is 16,400 tonnes.',
        'The story also said the plant’s exports rose by 24% year on year; they rose by 14%.',
      ],
      'The new line carried 24 containers of honey in its first week, the operator said.',
      [
        [16_400, 't'],
        [14, 'percent'],
        [24, 'count'],
      ],
    ],
    [
      'tr',
      'Düzeltmeler ve açıklamalar',
      [
        'Haberin ilk versiyonunda Türkiye’nin geçen yıl Azerbaycan’a 4.200 ton bal ihraç ettiği yazıyordu; doğru rakam 420 tondur.',
        'Haberde kovan sayısı 12 bin olarak verilmişti. Sözleşme 1.200 kovanı kapsıyor.',
      ],
      'Şirket Kazakistan’daki fabrikasında 650 kişi çalıştıracak.',
      [
        [420, 't'],
        [1_200, 'count'],
        [650, 'count'],
      ],
    ],
    [
      'az',
      'Düzəlişlər',
      [
        'Xəbərin ilk versiyasında ixracın 4 200 ton olduğu yazılmışdı; düzgün rəqəm 420 tondur.',
        'Xəbərdə kovanların sayı 12 min göstərilmişdi; müqavilə 1 200 kovanı əhatə edir.',
      ],
      'Şirkət Qazaxıstandakı fabrikində 650 nəfəri işlə təmin edəcək.',
      [
        [420, 't'],
        [1_200, 'count'],
        [650, 'count'],
      ],
    ],
    [
      'ru',
      'Исправления',
      [
        'В материале о меде говорилось, что экспорт составил 4,2 тыс. тонн; правильная цифра – 420 тонн.',
        'В первоначальной версии заметки говорилось о росте на 35%; экспорт вырос на 3,5%.',
      ],
      'На заводе будут работать 650 человек.',
      [
        [420, 't'],
        [3.5, 'percent'],
        [650, 'count'],
      ],
    ],
  ])('%s', (lang, title, notes, story, expected) => {
    expect(figuresOf(column(title, notes, story), lang)).toEqual(expected)
  })

  it('en: a value a note says was right is kept, though "reported" tells of the story', () => {
    const notes = [
      'An earlier version said the plant exported 19,000 tonnes; the right figure is 16,400 tonnes.',
      'The plant’s target for this year, 18,500 tonnes, was reported correctly.',
    ]
    expect(figuresOf(column('Corrections', notes, 'The port said it was ready.'), 'en')).toEqual([
      [16_400, 't'],
      [18_500, 't'],
    ])
  })
})
