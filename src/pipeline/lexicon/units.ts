import type { Token } from './numeral-tokens'

/** A unit named by one or more words after a numeral; `factor` scales the value into the base unit. */
interface UnitRule {
  unit: string
  words: readonly RegExp[]
  factor?: number
  langs?: readonly string[]
  /** What may not follow the last word glued to it ("м" before "3" is no metre, "м3" a cubic metre). */
  notGluedTo?: RegExp
  /** Whether the unit must end its phrase: a punctuation mark, the text's end or a joining word after it, never a noun. */
  endsPhrase?: boolean
}

/** What a unit match gives back: the unit, a scale factor it implies, and the index of its last token. */
export interface UnitMatch {
  unit: string
  factor: number
  last: number
}

const L = '\\p{L}*'
const word = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u')

/** Metric prefixes as written in the four languages' unit names ("kilovat", "тераватт", "gigawatt"). */
const PREFIXES = [
  { symbol: 'k', stem: 'kilo|кило', abbreviation: 'k|к' },
  { symbol: 'M', stem: 'mega|meqa|мега', abbreviation: 'm|м' },
  { symbol: 'G', stem: 'giga|qiqa|гига', abbreviation: 'g|q|г' },
  { symbol: 'T', stem: 'tera|тера', abbreviation: 't|т' },
] as const

/** A hyphen, slash or middle dot inside a unit's name ("kVt·saat", "кВт-ч", "Tbit/s"). */
const JOINER = word('[-/·⋅]')
const HOUR = word(`saat${L}|hours?|ч|час${L}`)

/**
 * Energy: "12 TWh", "1,5 milyard kilovat-saat", "3 млрд кВт·ч", "8 terawatt-hours". Kilowatt-hours and terawatt-hours
 * stay as written, the two units a country's output and trade are told in; a battery's or a plant's mega- and
 * gigawatt-hours ("240 MWh", "2 GWh") become kilowatt-hours, the base unit.
 */
const TO_KWH: Readonly<Record<string, number>> = { M: 1e3, G: 1e6 }
const ENERGY_RULES: readonly UnitRule[] = PREFIXES.flatMap(({ symbol, stem, abbreviation }) => {
  const power = word(`(?:${stem})(?:va?tt?|wat{1,2}s?|ватт?)|(?:${abbreviation})(?:w|vt|вт)`)
  const factor = TO_KWH[symbol]
  const unit = factor === undefined ? `${symbol}Wh` : 'kWh'
  return [
    { unit, factor, words: [word(`(?:${abbreviation})(?:wh|vts|втч)|(?:${stem})(?:vat|watt)saat${L}`)] },
    { unit, factor, words: [power, JOINER, HOUR] },
    { unit, factor, words: [power, HOUR] },
  ]
})

/** Data rates: "4 Tbps", "100 Gbit/s", "4 terabits per second", "400 Тбит/с". */
const DATA_RATE_RULES: readonly UnitRule[] = PREFIXES.slice(2).flatMap(({ symbol, stem, abbreviation }) => {
  const bits = word(`(?:${stem})bit${L}|(?:${stem})бит${L}|(?:${abbreviation})(?:bit|бит)`)
  const unit = `${symbol}bps`
  return [
    { unit, words: [word(`(?:${abbreviation})bps`)] },
    { unit, words: [bits, JOINER, word('s|sec|san|с')] },
    { unit, words: [bits, word('per'), word('second')] },
  ]
})

/**
 * The unit a "som" is read in until the article says whose currency it is: shaped as a currency's code, so that a price
 * in it per unit of goods reads as one ("9,000 som a kilo": SOM/kg), yet the code of no currency.
 */
export const SOM = 'SOM'

/** Unit words after a numeral, longest first; each pattern allows the case suffixes glued to the unit. */
const UNIT_RULES: readonly UnitRule[] = [
  { unit: 'USD', words: [word('abd|abş|us|usa'), word(`dolar${L}|dollar${L}`)] },
  { unit: 'USD', words: [word(`доллар${L}|долл`), word('сша')] },
  // the abbreviation with its dot, so that a rate after it reads: "64,50 долл./т", "27,80 долл. США за тонну"
  { unit: 'USD', words: [word('долл'), word('\\.'), word('сша')], langs: ['ru'] },
  { unit: 'USD', words: [word('долл'), word('\\.')], langs: ['ru'] },
  { unit: 'USD', words: [word(`dolar${L}|dollar${L}|доллар${L}|долл|usd`)] },
  // a hundredth of a dollar: "3-4 sent", "4.5 cents", "5 центов" (a price per kilowatt-hour, most often); the
  // endings are spelled out, as "sentyabr" (September) and "центр" (a centre) begin the same way
  { unit: 'USD', words: [word('sent|sente|sentə|senti|sentlik|sentlər')], factor: 0.01, langs: ['tr', 'az'] },
  // "4,1 ABŞ senti", "4.5 US cents", "5 центов США": the cents' country names their dollar, as for the dollar itself
  { unit: 'USD', words: [word('abd|abş'), word('sent|sente|sentə|senti|sentlik')], factor: 0.01, langs: ['tr', 'az'] },
  { unit: 'USD', words: [word('us'), word('cents?')], factor: 0.01, langs: ['en'] },
  { unit: 'USD', words: [word('цент|цента|центов'), word('сша')], factor: 0.01, langs: ['ru'] },
  { unit: 'USD', words: [word('cents?')], factor: 0.01, langs: ['en'] },
  { unit: 'USD', words: [word('цент|цента|центов')], factor: 0.01, langs: ['ru'] },
  { unit: 'EUR', words: [word(`avro${L}|euro${L}|evro${L}|евро|eur`)] },
  { unit: 'TMT', words: [word(`türkmen${L}|turkmen${L}|туркмен${L}`), word(`manat${L}|манат${L}`)] },
  // "1 600 Türkmənistan manatı", "манатов Туркменистана": the manat named by its country
  { unit: 'TMT', words: [word(`türkmənistan|türkmenistan|turkmenistan`), word(`manat${L}`)] },
  { unit: 'TMT', words: [word(`tmt`)] },
  // Georgia's lari: "780–950 lari", "1 200 лари", "GEL 1,200"
  { unit: 'GEL', words: [word(`lari|larilik|lariye|lariyə|ლარი|лари|gel`)] },
  // named with its country: "1 150 000 Gürcüstan larisidir", "Gürcistan larisi", "грузинских лари"
  { unit: 'GEL', words: [word('gürcüstan|gürcistan|грузинск\\p{L}*|georgian'), word(`lari${L}|лари`)] },
  { unit: 'AZN', words: [word(`manat${L}|манат${L}|azn`)] },
  // Azerbaijani writes the tenge "tenqe"
  { unit: 'KZT', words: [word(`tenge${L}|tenqe${L}|tengə${L}|тенге|теңге|kzt`)] },
  // Kazakh Russian abbreviates it "тг": "280 тг", "тг/кг" over a market's prices
  { unit: 'KZT', words: [word('тг')], langs: ['ru'] },
  // and its abbreviation, which Russian prices write with a point: "285 000 руб.", "1,2 млн руб."
  { unit: 'RUB', words: [word(`rubl${L}|roubl${L}|рубл${L}|rub|руб`)] },
  // named with its country, as a central bank's table of rates does: "1 Rusiya rublu", "Rus rublesi", "российских рублей"
  { unit: 'RUB', words: [word('rusiya|rus|russian|российск\\p{L}*'), word(`rubl${L}|rouble${L}|рубл${L}`)] },
  { unit: 'TRY', words: [word('türk|turkish|турецк\\p{L}*'), word(`lira${L}|lirə${L}|лир${L}`)] },
  // in English and Russian copy on the corridor a lira is Türkiye's: "6.5 million lira", "4 млн лир"
  { unit: 'TRY', words: [word('liras?|лир|лиры|лира')], langs: ['en', 'ru'] },
  // its code after an amount, as a central bank's table quotes it: "100 TRY = 3,92 AZN" (before one, see readPrefix)
  { unit: 'TRY', words: [word('try')] },
  // "TL", the lira's sign, whatever language a receipt or a price from Türkiye is quoted in: "3.400,00 TL"
  { unit: 'TRY', words: [word('tl')] },
  // Azerbaijani writes the Turkish lira "lirə": "bilet 2 900 lirədir"
  { unit: 'TRY', words: [word(`lirə${L}`)], langs: ['az'] },
  // in Turkish a lira alone is the Turkish lira ("1,3 milyar liralık yatırım")
  { unit: 'TRY', words: [word(`lira${L}`)], langs: ['tr'] },
  { unit: 'CNY', words: [word(`yuan${L}|юан${L}|cny`)] },
  // Uzbekistan's sum as English and Russian write it ("118,000 soums", "118 тыс. сумов"); a Kyrgyz "som" is another
  { unit: 'UZS', words: [word(`soums?|so['‘’]m|сум|сума|сумов|uzs`)] },
  // Turkish and Azerbaijani may write Uzbekistan's currency "sum" too, which no Kyrgyz som is: "3,1 milyon sum"
  { unit: 'UZS', words: [word('sum(?:dan|dən|a|ə|u|un|luk|luq|dur|dir)?')], langs: ['tr', 'az'] },
  // Turkish and Azerbaijani write both Uzbekistan's sum and Kyrgyzstan's som "som": which one the article's countries
  // tell (see somCurrency)
  { unit: SOM, words: [word('som(?:dan|dən|a|ə|u|un|luk|luq|la|lə|dur|dir|du)?')], langs: ['tr', 'az'] },
  // and so does English ("9,000 som a kilo"), which spells Uzbekistan's "soum" too
  { unit: SOM, words: [word('soms?')], langs: ['en'] },
  {
    unit: 't',
    words: [
      word(
        `ton|tons|tonne|tonnes|tona|tonadək|tonadek|tonu(?:n|nu|nun|na|nda|ndan)?|tonda|tondan|ton(?:dur|dır|dir|du|dı|la)|tonluk${L}|tonluq${L}|tonnes?|tonna${L}`,
      ),
    ],
  },
  // not "тоннель" (a tunnel)
  { unit: 't', words: [word(`тонн(?!ел)${L}|т`)], langs: ['ru'] },
  { unit: 't', words: [word('metric'), word('tons?|tonnes?')], langs: ['en'] },
  // a ship's capacity: "8,000 deadweight tonnes", "8,000 dwt"
  { unit: 't', words: [word('deadweight'), word('tons?|tonnes?')], langs: ['en'] },
  { unit: 't', words: [word('dwt')] },
  // "1,6 mln t", "180 min t", "25 t": the tonne's symbol in tables and slides (Russian "т" is above)
  { unit: 't', words: [word('t')], langs: ['tr', 'az', 'en'] },
  { unit: 't', words: [word('kt')], factor: 1e3, langs: ['tr', 'az', 'en'] },
  // a kilogram is a thousandth of a tonne: "740 kiloqram nərə balığı", "120 kg", "300 килограммов", "25 kq" (the
  // Azerbaijani abbreviation)
  { unit: 't', words: [word(`kilogram${L}|kiloqram${L}|килограмм${L}|kg|kq|кг`)], factor: 1e-3 },
  { unit: 't', words: [word('mt')], factor: 1e6, langs: ['en'] },
  { unit: 'TEU', words: [word(`teu${L}`)] },
  // TEU spelled out: "250,000 twenty-foot equivalent units"
  {
    unit: 'TEU',
    words: [word('twenty'), word('-'), word('foot'), word('equivalents?'), word('units?')],
    langs: ['en'],
  },
  { unit: 'TEU', words: [word('twenty'), word('-'), word('foot'), word('equivalents?')], langs: ['en'] },
  // "двадцатифутовый эквивалент": Russian writes TEU as ДФЭ
  { unit: 'TEU', words: [word('дфэ')], langs: ['ru'] },
  // a speed: "110 km/h", "110 км/ч", "110 km/saat", "110 kilometres per hour", "110 километров в час"
  { unit: 'km/h', words: [word('km|км'), word('/'), word('h|saat|sa|ч')] },
  { unit: 'km/h', words: [word('kilomet(?:er|re)s?'), word('per|an|a'), word('hour')], langs: ['en'] },
  { unit: 'km/h', words: [word(`километр${L}`), word('в'), word('час')], langs: ['ru'] },
  { unit: 'km', words: [word(`km|км|kilometr${L}|kilomet(?:er|re)s?|километр${L}`)] },
  { unit: 'm2', words: [word(`metrekare${L}|kvadratmetr${L}|m²|м²`)] },
  { unit: 'm2', words: [word('kvadrat|square|кв|квадратн\\p{L}*'), word(`met(?:r|er|re)${L}|м|метр${L}`)] },
  { unit: 'm2', words: [word('кв'), word('\\.'), word(`м|метр${L}`)], langs: ['ru'] },
  { unit: 'ha', words: [word(`hektar${L}|hectares?|гектар${L}|ha|га`)] },
  // latency along a cable: "20–25 millisaniyə", "15 milliseconds", "на 20 мс"
  { unit: 'ms', words: [word(`mil+isaniy${L}|millisecond${L}|ms|мс|миллисекунд${L}`)] },
  { unit: 'm3', words: [word('kub|cubic|куб'), word(`met(?:r|er|re)${L}|м`)] },
  { unit: 'm3', words: [word('куб'), word('\\.'), word(`м|метр${L}`)], langs: ['ru'] },
  { unit: 'm3', words: [word(`metrek[üu]p${L}|kubmetr${L}|кубометр${L}`)] },
  { unit: 'm3', words: [word('bcm')], factor: 1e9 },
  // a litre is a thousandth of a cubic metre: "38 milyon litr pivə", "2 million litres", "500 литров"; not a container's
  // size told as an adjective ("15 litrlik vedrə", "5 litrelik bidon")
  { unit: 'm3', words: [word(`(?!litr\\p{L}*l[iı][kq])litr${L}|liters?|литр${L}`)], factor: 1e-3 },
  // water in a river's or a reservoir's cubic kilometres: "38 cubic kilometres", "38 куб. км", "38 kub kilometr"
  { unit: 'm3', words: [word('kub|cubic|куб'), word(`kilomet(?:r|er|re)${L}|км|километр${L}`)], factor: 1e9 },
  { unit: 'm3', words: [word('куб'), word('\\.'), word(`км|километр${L}`)], factor: 1e9, langs: ['ru'] },
  { unit: 'barrel', words: [word(`varil${L}|barel${L}|barrels?|баррел${L}`)] },
  // a speed of wind or current: "32 m/s", "32 м/с", "32 metres per second"
  { unit: 'm/s', words: [word('m|м'), word('/'), word('s|san|с')] },
  { unit: 'm/s', words: [word(`met(?:er|re)s?`), word('per'), word('second')], langs: ['en'] },
  // depths, heights and lengths in metres ("4,5 metrdən", "6 metrədək", "420 metre", "29.3 metres", "18 метров"),
  // and centimetres as metres; not "metrekare", "metreküp" (above), nor a bare "m", which also means million
  { unit: 'm', words: [word(`metr(?!ek)${L}|met(?:er|re)s?|метр${L}`)] },
  // Russian writes "м" for metres ("длиной 640 м"; its million is "млн"); "м3", "м2" with a digit glued are not metres
  { unit: 'm', words: [word('м')], langs: ['ru'], notGluedTo: /^[\d²³]/u },
  { unit: 'm', words: [word(`santimetr${L}|centimet(?:er|re)s?|сантиметр${L}|cm|см|sm`)], factor: 0.01 },
  // a bare "m" or "h" that ends its phrase ("Beam: 16.70 m", "from 2.3 m to 4.1 m", "Time underway: 32 h"); before a
  // noun "m" is a million's abbreviation ("5 m tonnes"), and after a currency it is never read as a unit
  { unit: 'm', words: [word('m')], langs: ['en', 'tr', 'az'], endsPhrase: true },
  { unit: 'hours', words: [word('h')], langs: ['en'], endsPhrase: true },
  // and millimetres, as a rail gauge is given ("1520 mm-lik relslər", "1435 mm", "колея 1520 мм")
  { unit: 'm', words: [word(`millimetr${L}|milimetr${L}|millimet(?:er|re)s?|миллиметр${L}|mm|мм`)], factor: 0.001 },
  // before the power units: "megawatt-hours" are energy
  ...ENERGY_RULES,
  ...DATA_RATE_RULES,
  { unit: 'GW', words: [word(`gw|гвт|qvt|gvt|gigava?t${L}|qiqavat${L}|gigawatts?|гигаватт${L}`)] },
  { unit: 'MW', words: [word(`mw|мвт|mvt|megava?t${L}|meqavat${L}|megawatts?|мегаватт${L}`)] },
  // lengths of time that measure a service (a transit, a crossing, a wait): days, hours, minutes
  {
    unit: 'days',
    // with the copula too: "hazırda 12-14 gündür", "süre 9 gündür", and its past: "2024'te 14 gündü"
    words: [word(`gün|gün[üue]|günd[eə]|günd[eə]n|gün[eə](?:d[eə]k)?|günd[üu]r|günd[üu]|günl[üu][kq]${L}`)],
    langs: ['tr', 'az'],
  },
  { unit: 'days', words: [word('days?')], langs: ['en'] },
  { unit: 'days', words: [word(`дн[еяи]${L}|день|сут${L}`)], langs: ['ru'] },
  // days counted on the calendar of work, of banks or of the year: "10-15 iş günü", "10 working days", "10 рабочих
  // дней", "2–3 банковских дня", "30 календарных дней", "7 календарных суток", "30 takvim günü"
  { unit: 'days', words: [word('iş|takvim|təqvim|bank'), word(`gün${L}`)], langs: ['tr', 'az'] },
  // Azerbaijani counts a day and night as Russian does: "10 sutkadan artıq", "3 sutka"
  { unit: 'days', words: [word(`sutka${L}`)], langs: ['az'] },
  { unit: 'days', words: [word('working|business|banking|calendar'), word('days?')], langs: ['en'] },
  { unit: 'days', words: [word(`(?:рабоч|банковск|календарн)${L}`), word(`дн[еяи]${L}|день|сут${L}`)], langs: ['ru'] },
  {
    unit: 'hours',
    words: [word(`saat${L}`)],
    langs: ['tr', 'az'],
  },
  { unit: 'hours', words: [word('hours?')], langs: ['en'] },
  // "10–11 ч" in a timetable: the hour's abbreviation
  { unit: 'hours', words: [word(`час|часа|часов|ч`)], langs: ['ru'] },
  { unit: 'minutes', words: [word(`dakika${L}|dəqiqə${L}|minutes?|минут${L}`)] },
  { unit: 'percent', words: [word('per'), word('cent')] },
  // a hundredth of a percentage point, as a rate or a margin moves: "20 basis points", "50 baz puan", "25 baza
  // bəndi", "25 базисных пунктов", "75 bps"
  { unit: 'percent', words: [word('basis'), word('points?')], factor: 0.01, langs: ['en'] },
  { unit: 'percent', words: [word('bps|bp')], factor: 0.01, langs: ['en'] },
  { unit: 'percent', words: [word('baz'), word(`puan${L}`)], factor: 0.01, langs: ['tr'] },
  { unit: 'percent', words: [word('baza'), word(`bənd${L}`)], factor: 0.01, langs: ['az'] },
  { unit: 'percent', words: [word(`базисн${L}`), word(`пункт${L}`)], factor: 0.01, langs: ['ru'] },
  // "1.5 to 2 percentage points": a difference of percentages, in the same unit
  { unit: 'percent', words: [word('percentage'), word('points?')], langs: ['en'] },
  // "+6 п. п.", "на 2,5 п.п.", "3 процентных пункта", "2 faiz bəndi": percentage points
  { unit: 'percent', words: [word('п'), word('\\.'), word('п'), word('\\.')], langs: ['ru'] },
  { unit: 'percent', words: [word(`процентн${L}`), word(`пункт${L}`)], langs: ['ru'] },
  { unit: 'percent', words: [word('faiz'), word(`bənd${L}`)], langs: ['az'] },
  { unit: 'percent', words: [word(`percent|pct|faiz${L}|процент${L}`)] },
  {
    unit: 'multiplier',
    words: [word('kat|katı|kata|katın|katına|katını|katından|katında|kattır|misli|mislini|misline')],
    langs: ['tr'],
  },
  { unit: 'multiplier', words: [word(`dəfə${L}|qat|qata|qatı|qatına`)], langs: ['az'] },
  { unit: 'multiplier', words: [word('times|fold')], langs: ['en'] },
  { unit: 'multiplier', words: [word('раз|раза')], langs: ['ru'] },
]

/** Currency signs, wherever they stand next to a numeral. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '₼': 'AZN',
  '₸': 'KZT',
  '₽': 'RUB',
  '₺': 'TRY',
  '₾': 'GEL',
  // the yuan's sign, as Chinese sellers price in it ("¥26.20/kg"); the yen, which shares it, is no corridor currency
  '¥': 'CNY',
}

/** Currency codes written before a numeral ("USD 500 million"). */
export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  usd: 'USD',
  eur: 'EUR',
  azn: 'AZN',
  kzt: 'KZT',
  // the corridor's other currencies by their codes: "GEL 1,200", "TMT 4,800", "UZS 118,000" (not "TRY" or "RUB",
  // which read folded as English verbs: "we try 3 routes")
  gel: 'GEL',
  tmt: 'TMT',
  uzs: 'UZS',
  cny: 'CNY',
}

/** Currency codes that are English words when folded ("we try 3 routes"): read only where nothing else can be meant. */
export const VERB_LIKE_CODES: Readonly<Record<string, string>> = { try: 'TRY', rub: 'RUB' }

/** Words that put a percent sign before a numeral ("yüzde 62"). */
export const PERCENT_PREFIX = word('yüzde|yüzdə')

/** Words that may follow a unit ending its phrase: "from 2.3 m to 4.1 m", "2,3 m ile 4,1 m arasında". */
const PHRASE_JOINER = /^(?:to|and|or|by|x|×|ve|və|ilə|ile|ila|и|до)$/u

/**
 * "138.600 m³", "96 тыс. м3", "12 000 m²": a metre's symbol with its power glued on, a cubic or square metre; "2 487
 * см³", "1 cm³": a cubic centimetre, an engine's volume (never a hundredth of a metre).
 */
export function metrePower(tokens: readonly Token[], index: number): UnitMatch | null {
  const [symbol, power] = [tokens[index], tokens[index + 1]]
  if (!symbol || !power || power.gap !== '') return null
  if (/^(?:cm|см|sm)$/u.test(symbol.text))
    return /^[3³]$/u.test(power.text) ? { unit: 'cm3', factor: 1, last: index + 1 } : null
  if (!/^[mм]$/u.test(symbol.text)) return null
  const unit = /^[3³]$/u.test(power.text) ? 'm3' : /^[2²]$/u.test(power.text) ? 'm2' : null
  return unit === null ? null : { unit, factor: 1, last: index + 1 }
}

/** Finds the unit that starts at `tokens[index]` (a word, or the "%" sign), if any. */
export function matchUnit(tokens: readonly Token[], index: number, lang: string): UnitMatch | null {
  const first = tokens[index]
  if (!first) return null
  const powered = metrePower(tokens, index)
  if (powered) return powered
  if (first.kind === 'sym') {
    // "2022'deki %12'den": a sign glued to the number after it is that number's, never the one before; glued to both,
    // it is the one before's, and the digits after it mark an endnote ("payı 81%6", "составила 58%10:")
    if (first.text === '%')
      return tokens[index + 1]?.kind === 'num' && tokens[index + 1]?.gap === '' && first.gap !== ''
        ? null
        : { unit: 'percent', factor: 1, last: index }
    const currency = CURRENCY_SIGNS[first.text]
    // "3 100 ₸", "25 000 ₽": a sign after a space is the amount's too, unless a number glued to it is its own ("in
    // 2025 $3 billion")
    const ownsNext = tokens[index + 1]?.kind === 'num' && tokens[index + 1]?.gap === ''
    return currency && (first.gap === '' || !ownsNext) ? { unit: currency, factor: 1, last: index } : null
  }
  for (const rule of UNIT_RULES) {
    if (rule.langs && !rule.langs.includes(lang)) continue
    const fits = rule.words.every((pattern, k) => {
      const token = tokens[index + k]
      // a symbol only joins the words of a unit's name ("кВт·ч"): a unit never starts with one
      const joins = token?.kind === 'word' || (k > 0 && token?.kind === 'sym')
      return token !== undefined && joins && (k === 0 || token.gap.trim() === '') && pattern.test(token.text)
    })
    const next = tokens[index + rule.words.length]
    const glued = rule.notGluedTo && next?.gap === '' && rule.notGluedTo.test(next.text)
    const open =
      rule.endsPhrase === true && next?.kind !== undefined && next.kind !== 'sym' && !PHRASE_JOINER.test(next.text)
    if (fits && !glued && !open)
      return { unit: rule.unit, factor: rule.factor ?? 1, last: index + rule.words.length - 1 }
  }
  return null
}

/** Scale or unit abbreviations glued to digits in English-style copy ("$5bn", "4.5mt", "3x", "20km"). */
export const GLUED_UNITS: Readonly<Record<string, { unit: string | null; factor: number }>> = {
  k: { unit: null, factor: 1e3 },
  m: { unit: null, factor: 1e6 },
  mn: { unit: null, factor: 1e6 },
  mln: { unit: null, factor: 1e6 },
  bn: { unit: null, factor: 1e9 },
  bln: { unit: null, factor: 1e9 },
  b: { unit: null, factor: 1e9 },
  tn: { unit: null, factor: 1e12 },
  km: { unit: 'km', factor: 1 },
  t: { unit: 't', factor: 1 },
  mt: { unit: 't', factor: 1e6 },
  x: { unit: 'multiplier', factor: 1 },
  gw: { unit: 'GW', factor: 1 },
  mw: { unit: 'MW', factor: 1 },
}

/**
 * Month names (stems, with any case suffix) and abbreviations, so "10 Ekim", "oktyabrın 21-də" and "3 фев" read as
 * dates, not quantities.
 */
const MONTH = new RegExp(
  `^(?:(?:${[
    'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
    'yanvar|fevral|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr',
    'january|february|march|april|june|july|august|september|october|november|december',
    'январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр',
  ].join('|')})\\p{L}*|ма[яйе]|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|янв|фев|мар|апр|авг|сент?|окт|ноя|дек)$`,
  'u',
)

/** Tells whether a folded word is a month name in any case form ("ekim", "oktyabrın", "декабря"). */
export const isMonthWord = (text: string): boolean => MONTH.test(text) && !/^(?:mayor|martin|maya)/u.test(text)

/** Container sizes: "40 feetlik konteyner", "40 fitlik", "40 футов": the number describes a box, it is no figure. */
export const CONTAINER_SIZE =
  /^(?:feet\p{L}*|fit(?:lik|li|lıq)\p{L}*|fut(?:luq|luk)\p{L}*|ayak(?:lık|lı)\p{L}*|foot|ft|футов\p{L}*|футовый\p{L}*)$/u

/** Time units: a numeral before them is a duration or an age ("20 illik", "son 3 yılda", "5 years"), not a figure. */
const TIME_STEMS = /^(yıl|sene|il|ay|gün|hafta|həftə|saat|dakika|dəqiqə|saniye|saniyə|yaş|asır|əsr|yüzyıl|onillik)/u
const TIME_SUFFIX =
  /^(l[ıiuü][kq]\p{L}*|d[aeə]\p{L}*|t[aeə]\p{L}*|[ıiuü]n?\p{L}*|[aeə]|l[ae]r\p{L}*|lər\p{L}*|d[ıiuü]r)?$/u
const TIME_OTHER =
  /^(years?|months?|days?|weeks?|hours?|minutes?|decades?|century|centuries|год\p{L}*|лет|месяц\p{L}*|дн[яеи]\p{L}*|день|недел\p{L}*|час\p{L}*|минут\p{L}*|век\p{L}*|сут\p{L}*)$/u

/** Tells whether a folded word is a unit of time ("yıl", "ildə", "aylık", "years", "лет"). */
export function isTimeWord(text: string): boolean {
  if (TIME_OTHER.test(text)) return true
  const stem = TIME_STEMS.exec(text)
  return stem !== null && TIME_SUFFIX.test(text.slice(stem[0].length))
}

/** Ordinal suffixes after an apostrophe or hyphen ("2'nci", "2-ci", "3-cü", "2-й"), or glued ("20th"). */
export const ORDINAL_SUFFIX =
  /^([ıiuü]?nc[ıiuü]\p{L}*|[cç][ıiuü]\p{L}*|st|nd|rd|th|й|я|е|го|му|м|х|ой|ый|ий|ая|ое|ые|ого|ому)$/u
