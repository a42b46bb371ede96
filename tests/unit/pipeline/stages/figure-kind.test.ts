import { describe, expect, it } from 'vitest'
import { foldCase } from '../../../../src/pipeline/lexicon/text'
import { readKind } from '../../../../src/pipeline/stages/figure-kind'
import { wordsOf } from '../../../../src/pipeline/stages/kind-cues'

/** Reads the kind of the figure written as `figure` inside `text`, as the extractor does. */
function kindOf(text: string, figure: string, lang: string) {
  const start = text.indexOf(figure)
  if (start < 0) throw new Error(`"${figure}" is not in "${text}"`)
  return readKind(wordsOf(foldCase(text, lang)), { start, end: start + figure.length }, lang)
}

describe('readKind: a goal infinitive makes a target whatever verb governs it', () => {
  it.each([
    [
      'az "çatdırmaq barədə razılığa gəldik" (past "we agreed")',
      'az',
      'Prezident bildirib ki, ticarət dövriyyəsini 2 milyard dollara çatdırmaq barədə razılığa gəldik.',
      '2 milyard dollara',
    ],
    [
      'az "çatdırmağı qərara alıblar"',
      'az',
      'Tərəflər qarşılıqlı ticarəti 3 milyard dollara çatdırmağı qərara alıblar.',
      '3 milyard dollara',
    ],
    [
      'tr "çıkarmak için … adımlar attık" (past)',
      'tr',
      'Bakan, ticaret hacmini 1 milyar dolara çıkarmak için yeni adımlar attıklarını söyledi.',
      '1 milyar dolara',
    ],
    [
      'tr "çıkarma konusunda mutabık kaldık"',
      'tr',
      'Bakan, "Karşılıklı ticareti 10 milyar dolara çıkarma konusunda mutabık kaldık" diye konuştu.',
      '10 milyar dolara',
    ],
    [
      'tr "yükseltmeyi kararlaştırdı"',
      'tr',
      'Taraflar ticaret hacmini 3 milyar dolara yükseltmeyi kararlaştırdı.',
      '3 milyar dolara',
    ],
    ['en "agreed to raise … to"', 'en', 'The two sides agreed to raise trade to $3 billion.', '$3 billion'],
    [
      'ru "договорились довести … до"',
      'ru',
      'Стороны договорились довести товарооборот до 3 млрд долларов.',
      '3 млрд долларов',
    ],
  ])('%s', (_name, lang, text, figure) => {
    expect(kindOf(text, figure, lang)).toEqual({ kind: 'target', stated: true })
  })
})

describe('readKind: possibility and expectation make a forecast', () => {
  it.each([
    [
      'az "çata bilər"',
      'az',
      'Ekspertlərin fikrincə, Orta Dəhliz üzrə daşımalar 2027-ci ildə 10 milyon tona çata bilər.',
      '10 milyon tona',
    ],
    ['az "çatması gözlənilir"', 'az', 'Dövriyyənin 3 milyard dollara çatması gözlənilir.', '3 milyard dollara'],
    [
      'tr "ulaşabilir"',
      'tr',
      'Uzmanlara göre koridordaki yük hacmi gelecek yıl 8 milyon tona ulaşabilir.',
      '8 milyon tona',
    ],
    [
      'tr "aşmasını bekliyor" (expect with a verbal-noun object)',
      'tr',
      'Şirket, konteyner trafiğinin 2027’de 100 bin TEU’yu aşmasını bekliyor.',
      '100 bin TEU’yu',
    ],
    [
      'tr a goal infinitive the next words expect ("ulaşması bekleniyor")',
      'tr',
      'Ticaret hacminin 3 milyar dolara ulaşması bekleniyor.',
      '3 milyar dolara',
    ],
    [
      'en "could reach"',
      'en',
      'Analysts say freight on the route could reach 10 million tonnes by 2027.',
      '10 million tonnes',
    ],
    ['en "is expected to reach"', 'en', 'Trade is expected to reach $3 billion next year.', '$3 billion'],
    ['ru "может достичь"', 'ru', 'По оценкам экспертов, объём перевозок может достичь 10 млн тонн.', '10 млн тонн'],
  ])('%s', (_name, lang, text, figure) => {
    expect(kindOf(text, figure, lang)).toEqual({ kind: 'forecast', stated: true })
  })

  it.each([
    ['tr', 'Şirket, konteyner trafiğinin 2027’de 100 bin TEU’yu aşacağını bekliyor.', '100 bin TEU’yu'],
    ['az', 'Şirkət konteyner daşımalarının 2027-ci ildə 100 min TEU-nu keçəcəyini gözləyir.', '100 min TEU-nu'],
  ])('reads %s a future participle that "bekle-/gözlə-" takes as its object as a forecast', (lang, text, figure) => {
    expect(kindOf(text, figure, lang)).toEqual({ kind: 'forecast', stated: true })
  })

  it.each([
    ['az', 'Layihənin dəyəri təxminən 50 milyon dollar qiymətləndirilir.', '50 milyon dollar'],
    ['az', 'Mütəxəssislər layihənin dəyərini 1,5 milyard dollar qiymətləndirir.', '1,5 milyard dollar'],
    ['en', 'ASCO puts the total cost of the two vessels at $150 million.', '$150 million'],
    ['en', 'The partners put the cost of the marine works at about $60 million.', '$60 million'],
    ['tr', 'Projenin maliyetinin 120 milyon dolar olacağı tahmin ediliyor.', '120 milyon dolar'],
    ['ru', 'Стоимость проекта оценивается в 4,7 млрд долларов.', '4,7 млрд долларов'],
  ])('reads %s an estimate of a cost ("qiymətləndirilir", "puts … at") as a forecast: %s', (lang, text, figure) => {
    expect(kindOf(text, figure, lang)).toEqual({ kind: 'forecast', stated: true })
  })

  it('guard: en "stood at" without "put" reports a value', () => {
    expect(kindOf('Trade stood at $5 billion last year.', '$5 billion', 'en').kind).toBe('achieved')
  })

  it('reads ru "Ожидается, что товарооборот достигнет …" as a forecast', () => {
    expect(kindOf('Ожидается, что товарооборот достигнет 3 млрд долларов.', '3 млрд долларов', 'ru')).toEqual({
      kind: 'forecast',
      stated: true,
    })
  })
})

describe('readKind: "bekle-" and "gözlə-" without a verbal-noun object mean "wait"', () => {
  it.each([
    ['tr "beklediği süre … buluyor"', 'tr', 'Gemilerin limanda beklediği süre 10 günü buluyor.', '10 günü'],
    ['tr "beklediği süre … çıktı"', 'tr', 'Tırların sınırda beklediği süre geçen ay 3 güne çıktı.', '3 güne'],
    ['az "gözlədiyi müddət … çatır"', 'az', 'Gəmilərin limanda gözlədiyi müddət 10 günə çatır.', '10 günə'],
  ])('%s is achieved, not a forecast', (_name, lang, text, figure) => {
    expect(kindOf(text, figure, lang).kind).toBe('achieved')
  })
})

describe('readKind: whether a word stated the kind', () => {
  it.each([
    ['tr "Ticaret hacmi: …"', 'tr', 'Ticaret hacmi: 1 milyar dolar.', '1 milyar dolar'],
    ['az "Ticarət dövriyyəsi – …"', 'az', 'Ticarət dövriyyəsi – 1 milyard dollar.', '1 milyard dollar'],
    ['en "Trade turnover: …"', 'en', 'Trade turnover: $1 billion.', '$1 billion'],
    ['ru "Товарооборот – …"', 'ru', 'Товарооборот – 1 млрд долларов.', '1 млрд долларов'],
  ])('reports %s with no verb as achieved, unstated', (_name, lang, text, figure) => {
    expect(kindOf(text, figure, lang)).toEqual({ kind: 'achieved', stated: false })
  })

  it.each([
    ['tr "ulaştı"', 'tr', 'Ticaret hacmi geçen yıl 1 milyar dolara ulaştı.', '1 milyar dolara'],
    ['az "təşkil edib"', 'az', 'Ticarət dövriyyəsi ötən il 1 milyard dollar təşkil edib.', '1 milyard dollar'],
    ['en "reached"', 'en', 'Trade turnover reached $1 billion last year.', '$1 billion'],
    ['ru "составил"', 'ru', 'В прошлом году товарооборот составил 1 млрд долларов.', '1 млрд долларов'],
  ])('reports %s as achieved, stated', (_name, lang, text, figure) => {
    expect(kindOf(text, figure, lang)).toEqual({ kind: 'achieved', stated: true })
  })
})

describe('readKind: words beside the figure and phrases that mean more together', () => {
  it.each<[string, string, string, string, string]>([
    [
      'en participle after the figure',
      'en',
      'Freight reached 1.9 million tonnes, against 3 million tonnes forecast for this year.',
      '3 million tonnes',
      'forecast',
    ],
    [
      'en "planned" after the figure',
      'en',
      'The line carried 2 million tonnes, with 5 million tonnes planned for 2030.',
      '5 million tonnes',
      'target',
    ],
    [
      'en "can handle" is a capacity',
      'en',
      'The port can handle 15 million tonnes of cargo a year.',
      '15 million tonnes',
      'achieved',
    ],
    ['en "can reach" stays a possibility', 'en', 'Trade can reach $5 billion next year.', '$5 billion', 'forecast'],
    [
      'en "is being expanded to"',
      'en',
      'The port is being expanded to 25 million tonnes.',
      '25 million tonnes',
      'target',
    ],
    [
      'en "potential"',
      'en',
      'The ministry puts the potential of the route at 10 million tonnes a year.',
      '10 million tonnes',
      'forecast',
    ],
    [
      'ru "должен достичь"',
      'ru',
      'К 2030 году товарооборот должен достичь 2 млрд долларов.',
      '2 млрд долларов',
      'target',
    ],
    [
      'ru "насчитывает"',
      'ru',
      'Флот компании насчитывает 17 судов, и компания планирует купить еще 10.',
      '17',
      'achieved',
    ],
    ['ru "потенциал"', 'ru', 'Потенциал маршрута оценивается в 10 млн тонн в год.', '10 млн тонн', 'forecast'],
    [
      'tr present value in a relative clause',
      'tr',
      'Hattın mevcut durumda yıllık 16 milyar metreküp olan kapasitesinin 32 milyar metreküpe çıkarılması hedefleniyor.',
      '16 milyar metreküp',
      'achieved',
    ],
    [
      'az present value in a relative clause',
      'az',
      'Hazırda 5 milyon ton olan ötürmə qabiliyyətinin 10 milyon tona çatdırılması nəzərdə tutulur.',
      '5 milyon ton',
      'achieved',
    ],
    [
      'tr "potansiyel"',
      'tr',
      'Koridorun potansiyeli yılda 10 milyon ton olarak hesaplanıyor.',
      '10 milyon ton',
      'forecast',
    ],
  ])('%s', (_name, lang, text, figure, kind) => {
    expect(kindOf(text, figure, lang).kind).toBe(kind)
  })

  it('keeps the target in the same relative clause when nothing dates its value to now (tr)', () => {
    const text = 'Kapasitenin 32 milyar metreküp olan hedefe çıkarılması planlanıyor.'
    expect(kindOf(text, '32 milyar metreküp', 'tr').kind).toBe('target')
  })
})

describe('readKind: more words of plans, and of the value today', () => {
  it.each([
    ['az', 'Məqsəd yanalma yerlərində dərinliyi 2026-cı ilin sonunadək 7 metrə çatdırmaqdır.', '7 metrə'],
    ['az', 'İl üzrə hədəfimiz gəliri 870 milyon manata çatdırmaqdır.', '870 milyon manata'],
    ['tr', 'Bu yılki hedef ihracatı 870 milyon dolara çıkarmaktır.', '870 milyon dolara'],
    ['en', 'The work is budgeted at 15.6 billion tenge.', '15.6 billion tenge'],
    ['en', 'The board has recommended a dividend of AZN 14 million.', 'AZN 14 million'],
    ['en', 'The Board proposes to keep the number of directors at seven.', 'seven'],
    ['en', "The fund's capital is to double to $1 billion.", '$1 billion'],
    ['ru', 'К 2027 году компания рассчитывает выйти на 50 поездов в неделю.', '50 поездов'],
    ['ru', 'На ликвидацию пробки потребуется 7–10 дней.', '7–10 дней'],
  ])('%s: a plan: %s', (lang, text, figure) => {
    expect(kindOf(text, figure, lang).kind).not.toBe('achieved')
  })

  it('en: "now stands at" is today’s value, beside a plan in the same sentence', () => {
    const text = "The port's capacity now stands at 15 million tonnes and will be raised to 25 million tonnes."
    expect([kindOf(text, '15 million tonnes', 'en').kind, kindOf(text, '25 million tonnes', 'en').kind]).toEqual([
      'achieved',
      'target',
    ])
  })

  it('tr: the value today ("bugünkü 4 saatten") beside a plan is achieved', () => {
    expect(kindOf('Geçiş süresinin bugünkü 4 saatten 2,5 saate inmesi hedefleniyor.', '4 saatten', 'tr').kind).toBe(
      'achieved',
    )
  })

  it.each([
    ['en', 'Today it is 18 to 20 days, door to door.', '18 to 20 days'],
    ['en', "The fund's capital is to double to $1 billion from the current $500 million.", '$500 million'],
  ])('guard: %s: "is" before a number, "the current": %s', (lang, text, figure) => {
    expect(kindOf(text, figure, lang).kind).toBe('achieved')
  })
})

describe('readKind: an attempt made and a valuation done are what was, not aims or estimates', () => {
  it.each([
    ['az', 'Malların dəyəri 153 min manat qiymətləndirilib.', '153 min manat', 'achieved'],
    ['az', 'Mikroavtobusda 1 150 ədəd ətir bəyan edilmədən keçirilməyə cəhd göstərilib.', '1 150 ədəd', 'achieved'],
    ['tr', 'Tırda 2 bin karton sigarayı gizlice geçirmeye çalıştılar.', '2 bin karton', 'achieved'],
    ['tr', 'Limanın kapasitesini 5 milyon tona çıkarmaya çalışacak.', '5 milyon tona', 'target'],
    ['az', 'Gəlirin 5 milyon manata çatacağı qiymətləndirilir.', '5 milyon manata', 'forecast'],
  ])('%s: %s', (lang, text, figure, kind) => {
    expect(kindOf(text, figure, lang).kind).toBe(kind)
  })
})
