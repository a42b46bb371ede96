import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The figures of one sentence as value, unit, kind, year and deadline, with the words they were read from. */
const read = (sentence: string, lang: string, published = '2026-03-10') =>
  extract([sentence], lang, published).map(({ value, unit, kind, year, deadline, words }) => ({
    value,
    unit,
    kind,
    year,
    deadline,
    words,
  }))

describe('counts of vessels and trains written in words', () => {
  it.each([
    ['tr', 'Şirket geçen yıl üç feribot satın aldı.', 3, 'üç'],
    ['az', 'ASCO ötən il Bakı gəmiqayırma zavodunda inşa olunmuş iki bərə alıb.', 2, 'iki'],
    ['en', 'ASCO currently operates four ferries on the route.', 4, 'four'],
    ['ru', 'В текущем году казахстанский торговый флот на Каспии пополнился тремя новыми судами.', 3, 'тремя'],
    ['ru', 'Туркменская сторона намерена до конца 2027 года ввести в строй еще три парома.', 3, 'три'],
  ])('%s: "%s" counts %d', (lang, sentence, value, words) => {
    expect(read(sentence, lang)).toMatchObject([{ value, unit: 'count', words }])
  })

  it.each([
    ['tr', 'Limana bir gemi yanaştı.'],
    ['az', 'Limana bir gəmi yan alıb.'],
    ['en', 'One ship docked in Aktau on Monday.'],
    ['ru', 'Две стороны обсудили работу паромов.'],
  ])('%s: "%s" counts nothing (one is also "a"; two sides are parties)', (lang, sentence) => {
    expect(read(sentence, lang)).toEqual([])
  })

  it('reads Russian numbers in every case and "полтора" ("около полутора суток")', () => {
    expect(read('Сейчас ожидание парома занимает около полутора суток.', 'ru')).toMatchObject([
      { value: 1.5, unit: 'days', words: 'полутора суток' },
    ])
  })
})

describe('Russian perfective verbs in the future state plans', () => {
  it.each([
    ['В 2027 году объем перевозок по маршруту составит 10 млн тонн.', 10e6, '2027'],
    ['Срок доставки грузов сократится до 12 суток к 2028 году.', 12, '2028'],
    ['СП получит первые два контейнеровоза уже в 2027 году.', 2, '2027'],
    ['Кабель длиной 430 км проложат по дну Каспия к 2031 году.', 430, '2031'],
    ['Терминал мощностью 5 млн тонн в год откроют в 2027 году.', 5e6, '2027'],
    ['Новая линия длиной 300 км свяжет порты Актау и Алят в 2028 году.', 300, '2028'],
  ])('"%s" is a target', (sentence, value, deadline) => {
    expect(read(sentence, 'ru')).toMatchObject([{ value, kind: 'target', deadline, year: null }])
  })

  it('keeps the past of the same verbs achieved ("составил", "сократился")', () => {
    expect(read('В 2025 году объем перевозок составил 4,5 млн тонн.', 'ru')).toMatchObject([
      { value: 4.5e6, kind: 'achieved', year: 2025 },
    ])
  })
})

describe('a part of the year not over yet is, for a plan, this year’s', () => {
  it.each([
    ['tr', 'İlk yarıda limanda 2 milyon ton yük elleçlenmesi bekleniyor.', '2 milyon ton'],
    ['az', 'Birinci yarımildə limanda 2 milyon ton yükün aşırılacağı gözlənilir.', '2 milyon ton'],
    ['en', 'Volumes at the port are expected to reach 2 million tonnes in the first half.', '2 million tonnes'],
    ['ru', 'Ожидается, что в первом полугодии объем перевалки в порту достигнет 2 млн тонн.', '2 млн тонн'],
  ])('%s: "%s" is due by June 30', (lang, sentence, words) => {
    expect(read(sentence, lang)).toMatchObject([{ value: 2e6, kind: 'forecast', deadline: '2026-06-30', words }])
  })

  it('leaves a result in a first half that has not ended the year before’s', () => {
    expect(read('В первом полугодии перевалка в порту выросла до 2 млн тонн.', 'ru')).toMatchObject([
      { value: 2e6, kind: 'achieved', year: 2025, deadline: null },
    ])
  })
})

describe('a plan over a span of years is due by its last', () => {
  it.each([
    [
      'ru',
      'Казахстанская сторона в 2026–2028 годах выполнит работы в объеме не менее 2,4 млн кубометров.',
      '2,4 млн кубометров',
    ],
    ['az', '2026–2028-ci illərdə daha 50 lokomotivin alınması planlaşdırılır.', '50'],
    ['tr', '2026-2027 akademik yılında değişim programlarına 2.000 öğrencinin katılması bekleniyor.', '2.000'],
    ['en', 'The agency expects bank lending to grow by 12% a year in 2027–2028.', '12%'],
  ])('%s: "%s"', (lang, sentence, words) => {
    const [figure] = read(sentence, lang)
    expect(figure).toMatchObject({ words, deadline: lang === 'tr' ? '2027' : '2028' })
  })

  it('guard: a span already over dates no plan ("в 2019–2021 годах" in 2026)', () => {
    expect(read('В 2019–2021 годах компания планировала вложить 40 млн долларов.', 'ru')).toMatchObject([
      { deadline: null },
    ])
  })
})

describe('what a planned project will measure', () => {
  it.each([
    [
      'tr',
      "Erdoğan, yaklaşık 224 kilometrelik Kars-Iğdır-Aralık-Dilucu demiryolu hattının 2029'da tamamlanmasını hedeflediklerini kaydetti.",
      '224 kilometrelik',
    ],
    [
      'tr',
      "Tokayev, Hazar'ın tabanından döşenecek yaklaşık 370 kilometre uzunluğundaki fiber optik hattın 2029 sonunda hizmete girmesinin planlandığını belirtti.",
      '370 kilometre',
    ],
    ['en', 'Construction of the 224-kilometer line is due for completion in 2029.', '224-kilometer'],
    ['ru', 'Строительство 224-километровой линии завершится в 2029 году.', '224-километровой'],
  ])('%s: "%s" is a target, not a length achieved', (lang, sentence, words) => {
    const [figure] = read(sentence, lang)
    expect(figure).toMatchObject({ unit: 'km', kind: 'target', year: null, words })
    expect(figure?.deadline?.slice(0, 4)).toBe('2029')
  })

  it.each([
    ['tr', "Bakü-Tiflis-Kars hattında 2029'da 5 milyon ton yük taşındı.", '5 milyon ton'],
    ['az', '2029-cu ildə Bakı limanında 5 milyon ton yük aşırılıb.', '5 milyon ton'],
    ['en', 'The port handled 5 million tonnes in 2029.', '5 million tonnes'],
    ['ru', 'В 2029 году порт перевалил 5 млн тонн грузов.', '5 млн тонн'],
  ])('%s: a result dated after the article (%s) is a plan for review, not a past fact', (lang, sentence, words) => {
    const [figure] = extract([sentence], lang, '2026-03-10')
    expect(figure).toMatchObject({ kind: 'target', year: null, deadline: '2029', words })
    expect(figure?.reviewReasons).toContain('kind-unstated')
  })

  it('keeps a hyphenated measure that is no unit an adjective ("a 24-hour service", "40-foot containers")', () => {
    expect(read('A 24-hour service moves 40-foot containers between the ports.', 'en')).toEqual([])
  })
})

describe('words that look like a past tense but are not one', () => {
  it.each([
    [
      'tr "optik hattın" (a loanword and a genitive)',
      'tr',
      '370 kilometre uzunluğundaki fiber optik hattın döşenmesi planlanıyor.',
    ],
    ['tr a place name ("Iğdır")', 'tr', '224 kilometrelik Kars-Iğdır hattının inşası planlanıyor.'],
  ])('%s leaves the verb deciding', (_name, lang, sentence) => {
    expect(read(sentence, lang)).toMatchObject([{ unit: 'km', kind: 'target' }])
  })

  it('reads the Azerbaijani past after a voiceless consonant ("artdı", "çatdı") as stated', () => {
    const [figure] = extract(['Keçən il ticarət dövriyyəsi 500 milyon dollara çatdı.'], 'az', '2026-03-10')
    expect(figure).toMatchObject({ value: 5e8, kind: 'achieved', year: 2025 })
    expect(figure?.reviewReasons).not.toContain('kind-unstated')
  })
})

describe('"если …, то …" sets two clauses apart', () => {
  it('dates "сейчас" in the second clause to the article’s year, "прошлого года" in the first to the year before', () => {
    const sentence =
      'Если в начале прошлого года вагоны простаивали в ожидании парома до 6 суток, то сейчас – около полутора суток.'
    expect(read(sentence, 'ru')).toMatchObject([
      { value: 6, year: 2025 },
      { value: 1.5, year: 2026 },
    ])
  })
})

describe('units written out, and words that only look like one', () => {
  it.each([
    ['en', 'Kazakhstan shipped 1.6 million metric tons of oil through BTC last year.', 1.6e6, 't'],
    ['az', 'Gücü 1000 MVt olacaq kabelin çəkilişi 2030-cu ildə başa çatacaq.', 1000, 'MW'],
  ])('%s: "%s"', (lang, sentence, value, unit) => {
    expect(read(sentence, lang)).toMatchObject([{ value, unit }])
  })

  it('reads "40 тоннелей" as tunnels, not tonnes, and "предстоит построить" as a plan (ru)', () => {
    const found = read(
      'На киргизском участке предстоит построить более 40 тоннелей общей протяженностью около 50 км.',
      'ru',
    )
    expect(found.map((f) => f.unit)).toEqual(['count', 'km'])
    expect(found.every((f) => f.kind === 'target')).toBe(true)
  })

  it.each([
    ['tr', "Çin sınırından Poti'ye 40 feetlik konteyner için ortak tarife 2.900 dolar olacak."],
    ['en', 'The through tariff for a 40-foot container will be $2,900.'],
    ['tr', 'Almatı-Mersin hattında 40 ayaklık bir konteynerin tarifesi 2.900 dolar olacak.'],
    ['az', 'Bakıdan Aktauya 40 futluq konteyner üçün tarif 2900 dollar olacaq.'],
  ])('%s: a container’s size is no figure', (lang, sentence) => {
    expect(read(sentence, lang).map((f) => f.value)).toEqual([2900])
  })
})

describe('a day and an abbreviated month in a dateline is a date, no count', () => {
  it.each([
    ['ru', 'БАКУ, 3 фев — Sputnik. Кабель длиной 430 км проложат к 2031 году.'],
    ['ru', 'АСТАНА, 15 дек — Sputnik. Кабель длиной 430 км проложат к 2031 году.'],
    ['en', 'BAKU, 3 Feb — Sputnik. The 430 km cable is to be laid by 2031.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(read(sentence, lang).map((f) => f.value)).toEqual([430])
  })
})

describe('English words of the present and a month that looks like a modal', () => {
  it.each([
    ['Kazmortransflot currently operates seven tankers on the Caspian and expects to take delivery of more.', 7],
    ['Between January and May, 142 container block trains from China reached Georgian ports.', 142],
    ['The tariff is to be capped at $2,900 from January, down from an average of about $3,400 today.', 3400],
  ])('"%s": %d is a present value', (sentence, value) => {
    expect(read(sentence, 'en').find((f) => f.value === value)).toMatchObject({ kind: 'achieved' })
  })
})
