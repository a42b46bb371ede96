import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and kind. */
const kinds = (sentence: string, lang: string) => extract([sentence], lang).map((f) => [f.words, f.kind])

describe('readKind: what a thing still being built will have is a target, when no verb says otherwise', () => {
  it.each<[string, string, string]>([
    ['en', 'In the Mangystau region a 1 GW wind farm is under construction.', '1 GW'],
    [
      'tr',
      'Aktau limanında yıllık kapasitesi 2 milyon ton olan yeni bir tahıl terminali inşa ediliyor.',
      '2 milyon ton',
    ],
    ['az', 'Zavodda tutumu 8 min ton olan yeni tanker tikilir.', '8 min ton'],
    ['ru', 'В порту Курык строится зерновой терминал мощностью 1 млн тонн в год.', '1 млн тонн'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'target'])
  })

  it.each<[string, string, string]>([
    ['en', 'The port, under construction since 2022, handled 3 million tonnes last year.', '3 million tonnes'],
    ['ru', 'Строящийся терминал в прошлом году уже перевалил 300 тыс. тонн.', '300 тыс. тонн'],
  ])('guard, %s: a past verb of the clause keeps it achieved', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'achieved'])
  })
})

describe('readKind: an Azerbaijani present ability is no possibility', () => {
  it('az: "hər biri 56 vaqon daşıya bilir" (each can carry) is what the ferries have, not a forecast', () => {
    expect(kinds('Yeni bərələrimizin hər biri 56 dəmir yolu vaqonu daşıya bilir.', 'az')).toContainEqual([
      '56',
      'achieved',
    ])
  })

  it('guard: az "çata bilər" (may reach) stays a forecast', () => {
    expect(kinds('Daşımalar gələn il 10 milyon tona çata bilər.', 'az')).toContainEqual(['10 milyon tona', 'forecast'])
  })
})

describe('readKind: the Turkish present continuous right after a figure tells what is now', () => {
  it('tr: a journey that takes days, beside an infinitive that is no goal, is achieved', () => {
    const sentence =
      "Bakü'ye bir konteynerin yolculuğu 11-12 gün sürüyor; İstanbul'a ulaşmak ise yaklaşık 18 gün alıyor."
    expect(kinds(sentence, 'tr')).toEqual([
      ['11-12 gün', 'achieved'],
      ['18 gün', 'achieved'],
    ])
  })

  it('guard: tr: beside a future ("başlayacak"), the present continuous is a schedule, the plan’s', () => {
    const sentence = "Havayolları, 29 Mart'ta başlayacak yaz tarifesiyle haftalık sefer sayısını 14'ten 21'e çıkarıyor."
    expect(kinds(sentence, 'tr')).toContainEqual(["21'e", 'target'])
  })
})

describe('readKind: a probability is a forecast by what it is', () => {
  it.each<[string, string, string]>([
    ['tr', 'Temel senaryo: Hat 2031’de devreye girer (olasılık: yüzde 50).', 'yüzde 50'],
    ['az', 'Bu ssenarinin baş vermə ehtimalı 30 faizdir.', '30 faizdir'],
    ['en', 'Base case: the line opens in 2031 (probability: 50%).', '50%'],
    ['ru', 'Базовый сценарий: линия заработает в 2031 году (вероятность 50%).', '50%'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'forecast'])
  })
})

describe('readKind: an estimate of a loss reports harm already done', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'The insurer puts direct losses for shippers and ports at between $35 million and $40 million.',
      '$35 million and $40 million',
    ],
    ['ru', 'Потери выручки сама компания оценивает примерно в 2,1 млрд тенге.', '2,1 млрд тенге'],
    [
      'tr',
      'Limanların kapalı kaldığı dört günde sektörün zararı 12 milyon dolar olarak tahmin ediliyor.',
      '12 milyon dolar',
    ],
    ['az', 'Fırtınanın vurduğu itki 5 milyon manat qiymətləndirilir.', '5 milyon manat'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'achieved'])
  })

  it.each<[string, string, string]>([
    ['en', 'Analysts estimate that losses could reach $50 million if the ports stay shut.', '$50 million'],
    ['ru', 'Ожидается, что потери составят около 3 млрд тенге.', '3 млрд тенге'],
    ['en', 'The ministry estimates the new terminal will cost $120 million.', '$120 million'],
  ])('guard: %s: a loss ahead or an estimate of no loss stays a forecast: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'forecast'])
  })
})

describe('readKind: English plans told by "meant to" and by an agreement to build', () => {
  it.each<[string, string]>([
    ['The campus’s first phase of 20 MW is meant to grow to 100 MW.', '100 MW'],
    ['The terminal is supposed to handle 200,000 tonnes a year.', '200,000 tonnes'],
    ["The operators signed a shareholders' agreement in Baku to build a 380-km fibre-optic cable.", '380-km'],
    ['The two railways signed a contract last month to lay 120 km of new track.', '120 km'],
  ])('en: %s', (sentence, words) => {
    expect(kinds(sentence, 'en')).toContainEqual([words, 'target'])
  })

  it('guard: en "used the loan to build 12 ferries last year" tells what was built', () => {
    expect(kinds('The company used the loan to build 12 ferries last year.', 'en')).toContainEqual(['12', 'achieved'])
  })
})

describe('readKind: what a tender buys is yet to be bought: its lots’ sums and counts are targets', () => {
  it.each<[string, string, string]>([
    ['ru', '— лот № 2 — поставка 18 досмотровых комплексов, 5,4 млрд тенге;', '5,4 млрд тенге'],
    ['ru', 'Общая сумма закупки составляет 9,8 млрд тенге.', '9,8 млрд тенге'],
    ['tr', 'Liman vinçleri ihalesinin bedeli 45 milyon dolar.', '45 milyon dolar'],
    ['az', 'Tenderin ümumi dəyəri 12 milyon manat.', '12 milyon manat'],
    ['en', 'The procurement covers 40 scanners worth $18 million.', '$18 million'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'target'])
  })

  it.each<[string, string, string]>([
    ['en', 'The tender was won last year by a Turkish firm that delivered 40 scanners.', '40'],
    ['ru', 'По итогам тендера в прошлом году было поставлено 24 комплекса.', '24'],
  ])('guard, %s: a past verb of the clause keeps it achieved', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'achieved'])
  })

  it.each<[string, string]>([
    ['ru', '— лот № 3 — модернизация информационной системы «Единое окно»;'],
    ['en', 'Lot No. 4 covers number-plate cameras.'],
  ])('%s: a lot’s number is no figure: %s', (lang, sentence) => {
    expect(kinds(sentence, lang)).toEqual([])
  })
})

describe('readKind: what a contract provides for is a target, however its signing is told', () => {
  it.each<[string, string, string]>([
    ['ru', 'Стороны подписали контракт на поставку 200 тыс. тонн пшеницы.', '200 тыс. тонн'],
    ['en', 'The miner signed a contract to supply 120,000 tonnes of copper concentrate.', '120,000 tonnes'],
    ['az', 'Zavod şirkətlə 2 konteyner gəmisinin tikintisinə dair müqavilə imzalayıb.', '2'],
    ['az', 'Zavoddan 200 taxılyığan kombayn alınması üçün müqavilə bağlanıb.', '200'],
    ['tr', 'Şirket, 200 bin ton buğdayın teslimine ilişkin sözleşme imzaladı.', '200 bin ton'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'target'])
  })

  it('guard, az: a contract’s value signed is no thing it provides for', () => {
    expect(kinds('Ötən il zavod 2 müqavilə üzrə 40 milyon dollar gəlir əldə edib.', 'az')).toContainEqual([
      '40 milyon dollar',
      'achieved',
    ])
  })

  it('a month already gone is no deadline of the contract’s amount (ru, February 2026)', () => {
    const sentence = 'В январе 2026 года компания подписала контракт на поставку около 5 тыс. тонн урана.'
    const [figure] = extract([sentence], 'ru', '2026-02-20')
    expect([figure?.kind, figure?.deadline]).toEqual(['target', null])
  })
})

describe('readKind and changeDirection: English "should" expects, and "oversubscribed N times" is a rise', () => {
  it.each<[string, string]>([
    ['The door-to-door transit time should not exceed 14 days.', '14 days'],
    ['In its first years the line should carry up to 15 million tonnes a year.', '15 million tonnes'],
  ])('%s', (sentence, words) => {
    expect(kinds(sentence, 'en')).toContainEqual([words, 'forecast'])
  })

  it('"the issue was oversubscribed about 2.4 times" gives its multiplier', () => {
    const found = extract(['The issue was oversubscribed about 2.4 times.'], 'en').map((f) => [f.value, f.unit])
    expect(found).toEqual([[2.4, 'multiplier']])
  })
})

describe('readKind: the size of a project is what it is to have, unless the project is finished', () => {
  it.each<[string, string, string]>([
    ['tr', 'Şirket, 2 GW’lık bir rüzgâr projesi için enerji satın alma anlaşması imzaladığını duyurdu.', '2 GW’lık'],
    ['az', 'Şirkət Türküstan vilayətində 1 GW-lıq külək layihəsi üzərində işləyir.', '1 GW-lıq'],
    ['en', 'The company signed a deal for a 300 MW solar project in Navoi.', '300 MW'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'target'])
  })

  it('guard, tr: a finished project’s size is what it has', () => {
    expect(kinds('Geçen yıl tamamlanan 200 MW’lık güneş projesi elektrik üretiyor.', 'tr')).toContainEqual([
      '200 MW’lık',
      'achieved',
    ])
  })
})

describe('readKind: a Turkish or Azerbaijani future participle right before a figure makes it a target', () => {
  it.each<[string, string, string]>([
    ['tr', "Pakete 2028'e kadar inşa edilecek 1.200 daire de dahil edildi.", '1.200'],
    ['az', 'Layihəyə Ələtdə quraşdırılacaq 40 MVt-lıq günəş stansiyası da daxildir.', '40 MVt-lıq'],
  ])('%s: %s', (lang, sentence, words) => {
    expect(kinds(sentence, lang)).toContainEqual([words, 'target'])
  })

  it('guard, tr: a participle that qualifies another noun leaves the past verb its figure', () => {
    expect(kinds('İnşa edilecek hattın ilk 120 kilometresi geçen yıl tamamlandı.', 'tr')).toContainEqual([
      '120 kilometresi',
      'achieved',
    ])
  })
})
