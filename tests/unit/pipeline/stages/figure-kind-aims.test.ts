import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of one sentence as its words and kind. */
const kinds = (lang: string, sentence: string) => extract([sentence], lang, '2025-10-15').map((f) => [f.words, f.kind])

describe('readKind: plans told by a perfective future, a goal’s infinitive or a builder at work', () => {
  it.each<[string, string, (string | null)[][]]>([
    ['az', 'Məqsədimiz bunu 2027-ci ilədək 10 günə endirməkdir.', [['10 günə', 'target']]],
    ['tr', 'Amacımız bunu 2027’ye kadar 10 güne indirmektir.', [['10 güne', 'target']]],
    ['ru', 'Разрешённую скорость на трассе повысят до 120 км/ч.', [['120 км/ч', 'target']]],
    ['ru', 'Мы удлиним взлётно-посадочную полосу до 3500 метров.', [['3500 метров', 'target']]],
    ['ru', 'С ноября рейсы начнут три новые грузовые авиакомпании.', [['три', 'target']]],
    ['ru', 'Мы строим новый грузовой терминал мощностью 60 тыс. т в год.', [['60 тыс. т', 'target']]],
    [
      'en',
      'We are building a new cargo terminal with a capacity of 60,000 tonnes a year.',
      [['60,000 tonnes', 'target']],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(kinds(lang, sentence)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['az', 'Bu, ölkəyə gətirilən buğdanın 58 faizi deməkdir.'],
    ['tr', 'Bu, ithal edilen buğdanın yüzde 58’i demektir.'],
  ])('%s: "to mean" states what is: %s', (lang, sentence) => {
    expect(kinds(lang, sentence).map(([, kind]) => kind)).toEqual(['achieved'])
  })
})

describe('readKind: the necessitative with its person is an aim, unless it says how things are now', () => {
  it.each<[string, string, string]>([
    ['tr', '2030’a kadar bu payı yüzde 40’a çıkarmalıyız.', 'target'],
    ['az', '2030-cu ilədək bu payı 40 faizə çatdırmalıyıq.', 'target'],
    ['az', 'İndi qayıqla 1 kilometrdən çox getməliyik.', 'achieved'],
    ['tr', 'Şimdi teknelerle 1 kilometreden fazla gitmeliyiz.', 'achieved'],
  ])('%s: %s', (lang, sentence, kind) => {
    expect(kinds(lang, sentence).map(([, read]) => read)).toEqual([kind])
  })
})

describe('readKind: a decision’s object is a target, whatever tense the decision has', () => {
  const kindOf = (sentence: string, lang: string, words: string) =>
    extract([sentence], lang).find((f) => f.words === words)?.kind
  it.each<[string, string, string]>([
    ['tr', 'Yönetim Kurulu kapasitenin 500 bin tona çıkarılmasına karar vermiştir.', '500 bin tona'],
    ['az', 'Zavodun gücünün 500 min tona çatdırılması qərara alınıb.', '500 min tona'],
    ['en', 'The board decided to raise capacity to 500,000 tonnes.', '500,000 tonnes'],
    ['ru', 'Совет директоров решил увеличить мощность до 500 тыс. тонн.', '500 тыс. тонн'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kindOf(sentence, lang, words)).toBe('target')
  })

  it('tr: a need told with a past participle’s look-alike ("ihtiyacı") is expected, not achieved', () => {
    expect(kindOf('Hat için yaklaşık 110 bin ton ray ihtiyacı öngörülmekte.', 'tr', '110 bin ton')).not.toBe('achieved')
  })

  it('guard, en: a decision that something was enough keeps the figure achieved', () => {
    expect(
      kindOf('The board decided last year that capacity of 500,000 tonnes was enough.', 'en', '500,000 tonnes'),
    ).toBe('achieved')
  })
})

describe('readKind: Turkish plans in the first person, on the agenda, and "-istik" loanwords', () => {
  const kindOf = (sentence: string, words: string) => extract([sentence], 'tr').find((f) => f.words === words)?.kind
  it.each<[string, string, string]>([
    ['Akademinin ilk yıl 200 öğrenciyle açılmasını planlıyoruz.', '200', 'target'],
    ['Bakü–Aşkabat seferlerini haftada 4’e çıkarması da gündemde.', '4’e', 'forecast'],
    ['2030’a kadar yaklaşık 12 bin makinist ve lojistik uzmanına ihtiyaç duyulacak.', '12 bin', 'target'],
  ])('%s', (sentence, words, kind) => {
    expect(kindOf(sentence, words)).toBe(kind)
  })

  it('guard: a real past in "-tik" is still achieved', () => {
    expect(kindOf('Geçen yıl 5 milyon ton yükü limanda elleçledik ve sattık.', '5 milyon ton')).toBe('achieved')
  })
})

describe('readKind: "сегодня" right before a figure’s verb holds it as of now, beside a plan for later', () => {
  it('ru: the 140 thousand is today’s, the 240 thousand the plan’s', () => {
    const found = extract(
      [
        'Мощность хаба в порту Актау сегодня составляет 140 тыс. TEU в год, а к концу 2026 года мы увеличим ее до 240 тыс.',
      ],
      'ru',
    ).map((f) => [f.value, f.kind])
    expect(found).toEqual([
      [140_000, 'achieved'],
      [240_000, 'target'],
    ])
  })

  it('guard, ru: a tender’s sum in the present stays what the tender is to buy', () => {
    const found = extract(['Общая сумма закупки по тендеру составляет 14,6 млрд тенге.'], 'ru').map((f) => f.kind)
    expect(found).not.toContain('achieved')
  })
})

describe('readKind: what is proposed, wished for in the optative, or provided for is a plan', () => {
  const kindOf = (sentence: string, lang: string, words: string) =>
    extract([sentence], lang, '2025-10-15').find((f) => f.words === words)?.kind
  it.each<[string, string, string]>([
    ['az', 'Nazir 2030-cu ilədək taxıl ixracının 2 milyon tona çatdırılmasını təklif edib.', '2 milyon tona'],
    ['tr', 'Bakan, 2030’a kadar tahıl ihracatının 2 milyon tona çıkarılmasını teklif etti.', '2 milyon tona'],
    ['tr', 'Heyet, sefer sayısının haftada 12’ye artırılmasını önerdi.', '12’ye'],
    ['az', 'Razılığa gəldik ki, 2028-ci ilədək dövriyyəni 3 milyard dollara çatdıraq.', '3 milyard dollara'],
    ['tr', 'Hep birlikte 2028’e kadar ticaret hacmini 3 milyar dolara çıkaralım dedik.', '3 milyar dolara'],
    ['ru', 'Соглашением предусмотрено увеличение поставок до 2 млн тонн в год.', '2 млн тонн'],
    ['ru', 'В бюджете предусмотрены 15 млрд тенге на ремонт причалов.', '15 млрд тенге'],
    // the third person's imperative of a decree or a letter of demands: "let it be given", "let it be created"
    ['az', 'Hər ailəyə güzəştli şərtlərlə 5 000 manatadək mikrokredit verilsin.', '5 000 manatadək'],
    ['az', 'Kombinatda ən azı 150 yeni iş yeri yaradılsın.', '150'],
    ['tr', 'Limanda yıl sonuna kadar 40 yeni vinç alınsın.', '40'],
    ['az', 'Nazirlik fermerlərə 2 milyon manat kompensasiya ödənilməsini təmin etsin.', '2 milyon manat'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kindOf(sentence, lang, words)).toBe('target')
  })

  it.each<[string, string, string]>([
    ['tr', 'İhaleye toplam 11 firma teklif verdi.', '11'],
    ['az', 'Qeyd edək ki, Azərbaycan ötən il Türkiyəyə 1,2 milyon ton yük göndərib.', '1,2 milyon ton'],
    ['az', 'Məlumat üçün bildirək ki, limanda 40 min konteyner emal olunub.', '40 min'],
    // a noun's genitive ends as the imperative does ("Ajansın", "prosesin")
    ['tr', 'Ajansın raporuna göre limanda geçen yıl 40 bin konteyner elleçlendi.', '40 bin'],
    ['az', 'Prosesin sonunda limanda 40 min konteyner emal olunub.', '40 min'],
  ])('guard, %s: a bid or a writer’s "let us note" reports what was: %s', (lang, sentence, words) => {
    expect(kindOf(sentence, lang, words)).toBe('achieved')
  })
})

describe('readKind: "пропускная способность" is a capacity, not an ability', () => {
  it('ru: a capacity said to be so now is achieved', () => {
    const [figure] = extract(['Пропускная способность кабеля сейчас составляет 4 Тбит/с.'], 'ru', '2025-10-15')
    expect(figure?.kind).toBe('achieved')
  })

  it('guard, ru: "способны" still tells of what may be', () => {
    const [figure] = extract(['Новые паромы способны перевезти до 2 млн тонн в год.'], 'ru', '2025-10-15')
    expect(figure?.kind).toBe('forecast')
  })
})

describe('readKind: a plan named as such, a readiness, a value "which is" now', () => {
  const kindOf = (sentence: string, lang: string, words: string) =>
    extract([sentence], lang, '2026-04-23').find((f) => f.words === words)?.kind
  it.each<[string, string, string, string]>([
    ['ru', 'План на 2027 год — 100% поездов.', '100%', 'target'],
    ['ru', 'Банки готовы выделить на проекты до 300 млн евро.', '300 млн евро', 'target'],
    ['tr', 'Öğrenciler için 1.500 olan kontenjanımızı önümüzdeki dönemde 2.500’e çıkaracağız.', '1.500', 'achieved'],
  ])('%s: %s (%s)', (lang, sentence, words, kind) => {
    expect(kindOf(sentence, lang, words)).toBe(kind)
  })

  it('ru: what is already allocated is as of the article’s date', () => {
    const figures = extract(
      ['В 2025 году проект получил разрешение.', 'Под проект уже выделено 160 тыс. га.'],
      'ru',
      '2026-06-03',
    )
    expect(figures.find((f) => f.value === 160_000)?.year).toBe(2026)
  })
})

describe('readKind: a result an English subject wants is a plan', () => {
  it.each<[string, string]>([
    ['The industry ministry wants it raised to 65% by 2030.', '65%'],
    ['The government wanted the tariff lowered to $40 a tonne by 2027.', '$40 a tonne'],
  ])('%s', (sentence, words) => {
    const figure = extract([sentence], 'en', '2026-05-12').find((f) => f.words === words)
    expect(figure?.kind).toBe('target')
  })

  it('guard: a participle after its subject with no wanting reports a result', () => {
    const figure = extract(['Localisation was raised to 52% last year.'], 'en', '2026-05-12').find(
      (f) => f.words === '52%',
    )
    expect(figure?.kind).toBe('achieved')
  })
})

describe('readKind: a figure its noun names a target or a forecast, under a verb that only sets or keeps it', () => {
  const kindsOf = (lang: string, sentence: string) =>
    extract([sentence], lang, '2026-03-19').map((f) => [f.words, f.kind])

  it.each<[string, string, string[][]]>([
    [
      'tr',
      'Kurul, 2026 yıl sonu için enflasyon tahmin aralığını yüzde 21–25, 2027 yıl sonu için yüzde 13–17 olarak korumaktadır.',
      [
        ['yüzde 21–25', 'forecast'],
        ['yüzde 13–17', 'forecast'],
      ],
    ],
    [
      'tr',
      'Ara hedefler 2026 için yüzde 23, 2027 için yüzde 15 olarak belirlenmiştir.',
      [
        ['yüzde 23', 'target'],
        ['yüzde 15', 'target'],
      ],
    ],
    ['az', 'Bankın inflyasiya proqnozu 5-7 faiz səviyyəsində saxlanılıb.', [['5-7 faiz', 'forecast']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(kindsOf(lang, sentence)).toEqual(expected)
  })

  it('guard: a target reached, told with a verb of its own, is achieved', () => {
    expect(kindsOf('tr', 'Hedef olarak belirlenen 5 milyar dolar aşıldı.')).toEqual([['5 milyar dolar', 'achieved']])
  })
})

describe('readKind: what is now beside a plan, and a buyer’s commitments', () => {
  const kindsOf = (lang: string, sentence: string) =>
    extract([sentence], lang, '2026-08-27').map((f) => [f.value, f.kind])

  it.each<[string, string, (string | number)[][]]>([
    [
      'tr',
      'Liman, bugünkü 12 milyon tonluk kapasitesini 2029’a kadar 20 milyon tona çıkaracak.',
      [
        [12e6, 'achieved'],
        [20e6, 'target'],
      ],
    ],
    [
      'tr',
      'Şirket mevcut 62 çalışana ek olarak 80 kişi istihdam edecek.',
      [
        [62, 'achieved'],
        [80, 'target'],
      ],
    ],
    ['ru', 'Покупатель обязуется инвестировать 2,1 млн манатов в модернизацию.', [[2.1e6, 'target']]],
    ['ru', 'Победитель обязался сохранить 140 рабочих мест.', [[140, 'target']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(kindsOf(lang, sentence)).toEqual(expected)
  })
})
