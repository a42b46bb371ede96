import type { Quantity } from '../lexicon/numbers'
import type { Span } from '../types'
import type { SentenceContext } from './figure-context'
import type { Word } from './kind-cues'

// Whether a percent or a multiplier is a change, which way it goes, and whether it is only where a change ended.

/** Comparatives after a percent ("20 faiz çoxdur", "на 12% больше"): the figure is that much above a base. */
const MORE = /^(çox|fazla|daha|artıq|больше|выше|more|higher|up)/u
/**
 * Verbs of change, by stem: a percent or multiplier next to one is a rate of growth, not a share (an offering's demand
 * over its size too: "oversubscribed 3.4 times", "переподписана в 3,4 раза", "6,3 kat aşırı talep").
 */
const RISE =
  /^(art|yüksel|yüksəl|çık|çıx|büyü|katla|çoxal|increas|rise|rose|risen|rising|grow|grew|jump|surg|climb|doubl|tripl|boost|rais|oversubscrib|переподпис|aşırı$|up$|вырос|выраст|рост|увелич|нарост|нарастить)/u
const FALL =
  /^(azal|düş|gerile|geril(?:iyor|iyordu)$|ucuzla|fell|fall|lost$|loses$|потерял|declin|drop|down$|decreas|shrank|shrink|cut$|cuts$|cutting|eas(?:e|ed|es|ing)$|reduc|lower(?:s|ed|ing)?$|slash|shorten|kısal|qısal|indiril|endiril|сниз|сниж|подешев|удешев|сократ|сокращ|упал|уменьш|опуст|обмелел|en(?:ib|di|ir|miş)$|slip(?:s|ped|ping)?$|slid(?:e|es|ing)?$|sank$|sinks?$|sinking$|dip$|dips$|dipped$|tumbl|plung|plummet|eri(?:di|yor|miş|yerek)$)/u
/** Turkic nouns of a rise or a fall, maybe with their possessive: "artış", "artımı", "düşüşü", "gerileme", "kayıp". */
const CHANGE_NOUN =
  /^(?:artış|artışı|artım|artımı|artma|yükseliş|yükselişi|büyüme|büyümesi|düşüş|düşüşü|azalma|azalması|azalış|azalışı|gerileme|geriləmə|daralma|daralması|küçülme|kayıp|kaybı|itki|itkisi)$/u
/**
 * Comparatives of less: a percentage "less", "lower" or "cheaper" than its base is a fall ("azdır", "düşük", "меньше",
 * "lower", "ucuz", "на 50% дешевле").
 */
/** A negated "being" after "less" or "lower": "az olmamaqla", "az olmamak üzere", "düşük olmayan". */
const NOT_BEING = /^(?:olmamaqla|olmayaraq|olmamalı\p{L}*|olmayan|olmamak|olmayacak)$/u
const LESS =
  /^(?:az|azdır|azdir|düşük|düşüktür|aşağı|aşağıdır|ucuz|ucuzdur|ucuzdır|less|lower|fewer|cheaper|below|меньше|ниже|дешевле)$/u

/** The words around a number that may tell its change: a few after it, and before it in English and Russian. */
const near = (words: readonly Word[], span: Span, lang: string, reach = 3): Word[] => {
  const after = words.filter((w) => w.start >= span.end).slice(0, reach)
  const preceding = lang === 'en' || lang === 'ru' ? words.filter((w) => w.end <= span.start) : []
  const before = preceding.slice(-reach)
  // "could cut total transit time by up to 40%", "сократить время в пути на 40%": the verb of a change stands before
  // its object and "by"/"на", a few words further back
  const by = before.findLastIndex((w) => w.text === 'by' || w.text === 'на')
  const byAt = preceding.length - before.length + by
  const verbReach = by < 0 ? [] : preceding.slice(Math.max(0, byAt - CHANGE_OBJECT_WORDS - 1), byAt)
  return [...before, ...verbReach, ...after]
}
/** Words of a changed thing's name between the verb and "by" ("cut [the total transit time] by 40%"). */
const CHANGE_OBJECT_WORDS = 10

/**
 * "yüzde 0,7'ye geriledi", "0,7 faizə enib": a percent in the dative is where a change ended, not its size; "-dək"
 * ("40 faizədək azalda bilər") bounds the size ("by up to"), it ends nothing.
 */
const DATIVE_END = /(?:\d['’]?y?[aeə]|faizə)$/u
/**
 * "yüzde 8 civarına gerilemesi", "yüzde 5 seviyesine indi", "5 faiz səviyyəsinə enib": the dative on the word after the
 * number (about, the level of) makes the number where a change ended.
 */
const LEVEL_WORD_DATIVE = /^\s*(?:civarına|dolayına|seviyesine|düzeyine|səviyyəsinə|həddinə|ətrafına)(?![\p{L}])/u
/** "yüzde 30'a varan indirim", "20 faizədək çatan": a dative that bounds a change ("up to") is its size. */
const BOUND_AFTER = /^\s*(?:varan|ulaşan|kadar|dək|qədər|yaxın|çatan)(?![\p{L}])/u
/** "fell to 0.7%", "from 1%", "снизилась до 0,7%", "с 1%": the ends of a change, where "by", "на" give its size. */
const END_BEFORE = /(?:^|\s)(?:to|from|до|с|со)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|около\s+|почти\s+)?$/u

/** Tells whether a percent is where a change started or ended rather than its size. */
function isChangeEnd(context: SentenceContext, quantity: Quantity): boolean {
  const { text } = context.sentence
  const own = context.folded.slice(quantity.start, quantity.end)
  if (context.lang === 'tr' || context.lang === 'az') {
    const end = Math.max(quantity.end, quantity.qualifierSpan?.end ?? 0)
    if (LEVEL_WORD_DATIVE.test(context.folded.slice(quantity.end, quantity.end + 16))) return true
    return DATIVE_END.test(own) && !BOUND_AFTER.test(context.folded.slice(end, end + 12))
  }
  const start = quantity.qualifierSpan ? Math.min(quantity.start, quantity.qualifierSpan.start) : quantity.start
  return (
    END_BEFORE.test(context.folded.slice(Math.max(0, start - 20), start)) && !/^\s*by\b/u.test(text.slice(quantity.end))
  )
}

/** "+18,4%", "-21,3%", "−3.2%": a percent written with its sign, alone before the digits (never "3-4%"). */
const SIGN_BEFORE = /(?:^|[\s(:])([+\-−])$/u

/** "deyənlər", "qeyd edənlər", "diyenler", "belirtenler": those who said so, a survey's share of its respondents. */
const SAYERS = /^(?:\p{L}*(?:deyən|diyen|bildirən|belirten|söyleyen|edən|eden)(?:lər|ler|lar)|cavab\s+verənlər)$/u

/**
 * A survey's share of those who answered one way: "Satışların dəyişmədiyini deyənlər 27 faiz, azaldığını qeyd edənlər
 * isə 15 faiz", "почти каждый третий участник опроса (29%) сообщил, что сократил закупки". The change they report
 * is theirs to tell; the percent counts them. A percent alone in brackets restates the group before it.
 */
function isRespondentShare(context: SentenceContext, quantity: Quantity): boolean {
  const before = context.words.filter((w) => w.end <= quantity.start).at(-1)?.text ?? ''
  if ((context.lang === 'tr' || context.lang === 'az') && SAYERS.test(before)) return true
  const text = context.sentence.text
  return (
    /\(\s*$/u.test(text.slice(Math.max(0, quantity.start - 3), quantity.start)) &&
    /^\s*\)/u.test(text.slice(quantity.end))
  )
}

/** Tells whether a percent or multiplier is a change, and which way: +1 for a rise, -1 for a fall, 0 for neither. */
/**
 * "yüzde 30,1 seviyesinden 1,7 puan gerilemiştir", "30,1 faiz səviyyəsindən 1,7 bənd azalıb", "с уровня 30,1% …": the
 * level a change by another amount starts from is a level, no change of its own.
 */
const LEVEL_FROM_AFTER = /^\s*(?:['’]?\p{L}{0,4}\s+)?(?:seviyesinden|düzeyinden|səviyyəsindən)(?![\p{L}])/u
const LEVEL_FROM_BEFORE = /(?:(?<![\p{L}])(?:from\s+(?:a\s+|the\s+)?level\s+of|с\s+уровня))\s+$/u
const isLevelChangedFrom = (context: SentenceContext, quantity: Quantity) =>
  LEVEL_FROM_AFTER.test(context.folded.slice(quantity.end, quantity.end + 24)) ||
  LEVEL_FROM_BEFORE.test(context.folded.slice(Math.max(0, quantity.start - 24), quantity.start))

export function changeDirection(context: SentenceContext, quantity: Quantity): 1 | -1 | 0 {
  const sign = quantity.unit === 'percent' ? SIGN_BEFORE.exec(context.folded.slice(0, quantity.start))?.[1] : undefined
  if (sign) return sign === '+' ? 1 : -1
  // "yüzde 17,2'den yüzde 15,9'a geriledi", "15 faizdən 5 faizə endirilir": the level a change starts from is a level
  if (
    isChangeEnd(context, quantity) ||
    isStartOfChange(context, quantity) ||
    isRespondentShare(context, quantity) ||
    isLevelChangedFrom(context, quantity)
  )
    return 0
  // "more than 80%", "less than 1%", "80 faizdən çox", "%80'den fazla": the words that bound the amount tell no change
  const bound = quantity.qualifierSpan
  const words = near(context.words, quantity, context.lang).filter(
    (w) => !bound || w.end <= bound.start || w.start >= bound.end,
  )
  const shareBefore = context.words.filter((w) => w.end <= quantity.start).at(-1)?.text ?? ''
  // "yıllık bazda düşüş yüzde 7,7 oldu", "artım 12 faiz təşkil edib", "artış yaklaşık üç kat": a Turkic noun of change
  // as the subject, maybe before the qualifier, names it
  const opening = bound ? Math.min(bound.start, quantity.start) : quantity.start
  const subject = context.words.filter((w) => w.end <= opening).at(-1)?.text ?? ''
  if ((context.lang === 'tr' || context.lang === 'az') && CHANGE_NOUN.test(subject)) {
    return RISE.test(subject) ? 1 : -1
  }
  for (const [index, word] of words.entries()) {
    // "by up to 40%": "up to" bounds the amount, it tells no rise
    if (word.text === 'up' && words[index + 1]?.text === 'to') continue
    // "a margin of 32.5% (down 1.8 percentage points)", "32,5% (снижение на 1,8 п.п.)": the change told after the
    // level, right before an amount of its own, is that amount's
    if (word.start >= quantity.end && leadsAmount(context, word)) continue
    // "hər ölkəyə 25 faiz pay düşür", "payına yüzde 30 düşüyor": a share falls to someone, nothing falls
    if (/^düş/u.test(word.text) && (/^pay/u.test(words[index - 1]?.text ?? '') || /^pay/u.test(shareBefore))) continue
    // "(lakin 150 avrodan az olmamaqla)", "(en az … olmamak üzere)": "not less than" bounds another amount
    const after = context.words.find((w) => w.start >= word.end)
    if (LESS.test(word.text) && NOT_BEING.test(after?.text ?? '')) continue
    // "1,8 faiz azdır", "yüzde 18 daha düşük", "на 8% меньше", "8% lower than": that much below a base is a fall
    if (FALL.test(word.text) || LESS.test(word.text)) return -1
    if (word.text === 'daha' && near(context.words, word, context.lang, 1).some((next) => LESS.test(next.text)))
      return -1
    // "20 faiz çoxdur", "iki dəfə çoxdur", "в 1,5 раза больше": that much above a base is a rise
    if (RISE.test(word.text) || MORE.test(word.text)) return 1
  }
  return 0
}

/** What may stand between an English or Russian word of change and the amount it measures: "down 1.8", "на 1,8". */
const CHANGE_TO_AMOUNT = /^\s*(?:by|на)?\s*$/u

/** Whether an English or Russian word of change stands right before an amount, which it measures. */
function leadsAmount(context: SentenceContext, word: { end: number }): boolean {
  if (context.lang !== 'en' && context.lang !== 'ru') return false
  const next = context.quantities.find((q) => q.start >= word.end)
  if (next === undefined) return false
  const start = next.qualifierSpan ? Math.min(next.start, next.qualifierSpan.start) : next.start
  return CHANGE_TO_AMOUNT.test(context.folded.slice(word.end, start))
}

/**
 * What stands between the start and end of an English change: "to", maybe after "at present", "a week", "this year",
 * maybe before the end's qualifier ("from 38 hours to about 14").
 */
const FROM_TO_GAP_EN =
  /^\s+(?:(?:at present|today|now|currently|a week|per week|a year|this year|last year)\s+)?to\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$/u
/** "to 12 from seven": the change's end told first, right before its start. */
function isEndBefore(context: SentenceContext, quantity: Quantity): boolean {
  const { text } = context.sentence
  const previous = context.quantities.findLast((q) => q.end <= quantity.start)
  if (!previous) return false
  return (
    /^\s+from\s+$/u.test(text.slice(previous.end, quantity.start)) &&
    /(?:^|\s)to\s+$/u.test(text.slice(0, previous.start))
  )
}

/** How far a figure "olan" (which is) may stand from the figure it is raised to. */
const OLAN_TO_DATIVE = 60

/**
 * "haftada 3'ten 5'e çıkaracak", "14 saatdan 8 saata endiriləcək", "raised from 6 million tonnes to 10 million", "с 6
 * млн до 10 млн тонн": the number a planned change starts from, right before the number it goes to, is its value
 * before the change, today's.
 */
export function isStartOfChange(context: SentenceContext, quantity: Quantity): boolean {
  const { text } = context.sentence
  const next = context.quantities.find((q) => q.start > quantity.end)
  if (!next || (next.unit !== quantity.unit && quantity.unit !== 'count')) return false
  const between = text.slice(quantity.end, next.start)
  const before = text.slice(Math.max(0, quantity.start - 12), quantity.start)
  const own = text.slice(quantity.start, quantity.end)
  switch (context.lang) {
    case 'tr':
    case 'az': {
      const toDative = /(?:^|[\p{L}'’])y?[aeə]$/u.test(text.slice(next.start, next.end))
      // "… için 1.500 olan kontenjanımızı önümüzdeki dönemde 2.500'e çıkaracağız": "which is 1,500" now
      const isNow = /^\s+olan\s/u.test(between) && between.length <= OLAN_TO_DATIVE
      return toDative && ((/[dt][aeə]n$/u.test(own) && between.length <= 2) || isNow)
    }
    case 'en':
      // "from 42 at present to 60", and the other way round: "to 12 from seven"
      return /(?:^|\s)from\s+$/u.test(before) && (FROM_TO_GAP_EN.test(between) || isEndBefore(context, quantity))
    case 'ru':
      return /(?:^|\s)(?:с|со)\s+$/u.test(before) && /^\s+до\s+$/u.test(between)
    default:
      return false
  }
}

/** "by", "на" right before an amount, maybe with a word of degree: the amount is the size of a change. */
const BY_BEFORE =
  /(?:^|\s)(?:by|на)\s+(?:(?:about|around|roughly|nearly|almost|another|a further|some|over|more than|почти|около|примерно|еще|ещё|более чем|свыше)\s+)*$/u
/** "down", "lost", "недосчитался", "потеряли" right before an amount, maybe with a word of degree: a loss of that much. */
// ("shut down 214 sites", "tracked down 40 wagons": "down" of a phrasal verb measures no fall)
const LOST_BEFORE =
  /(?:^|\s)(?:(?<!(?:shut|closed?|closing|broke|brought|tracked|turned|wound|stepped|cracked)\s)down|lost|lose|loses|losing|недосчитал\p{L}*|потерял\p{L}*|потеряет|потеряют)\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|почти|около|примерно|более)\s+)*$/u
/** Turkic nouns of a fall right after an amount: "30 sm enmə", "31 santimetrelik düşüş". */
const FALL_NOUN = /^(?:enmə|enməsi|düşüş|düşüşü|azalma|azalması|gerileme|geriləmə|kayıp|itki)$/u

/**
 * Verbs of a saving, by stem: "shorten the route by 900 km", "cut delivery times by 7 days", "сократит путь на 900 км",
 * "yolu 340 km qısaldacaq". A saving still to come is written as what is saved; a level to fall is a fall.
 */
const SAVING =
  /^(?:shorten|cut$|cuts$|cutting|reduc|slash|lower(?:s|ed|ing)?$|сократ|сокращ|уменьш|сниз|сниж|kısal|qısal|indiril|endiril|azald|azalt)/u

/** Whether the fall an amount is the size of is a saving ("shorten … by 900 km"), not a level falling ("azalacak"). */
export function isSaving(context: SentenceContext, quantity: Quantity): boolean {
  const next = context.words.find((w) => w.start >= quantity.end)
  if (context.lang === 'tr' || context.lang === 'az') return next !== undefined && SAVING.test(next.text)
  return near(context.words, quantity, context.lang).some((w) => SAVING.test(w.text))
}

/**
 * "dropped by 1.8 metres", "снизился на 31 см", "31 santimetre düştü", "90 santimetr azalıb", "30 sm enmə": an amount
 * (not a percent) told as the size of a fall is negative. Only its size: "fell to 29.3 m", "29,3 metrə enib" (where
 * the fall ended) and an amount beside a fall it does not measure stay as they are. English and Russian say so with
 * "by", "на"; Turkish and Azerbaijani put the verb of the fall right after the amount, which is not in the dative.
 */
export function isSizeOfFall(context: SentenceContext, quantity: Quantity): boolean {
  if (isChangeEnd(context, quantity)) return false
  const start = quantity.qualifierSpan ? Math.min(quantity.start, quantity.qualifierSpan.start) : quantity.start
  if (context.lang === 'en' || context.lang === 'ru') {
    const before = context.folded.slice(Math.max(0, start - 30), start)
    // "down $9 per tonne", "We lost about 60,000 tonnes", "порт недосчитался около 1,3 тыс. тонн": the amount lost
    if (LOST_BEFORE.test(before)) return true
    // "$3.2 million less than in 2025", "на 3,2 млн долларов меньше, чем": an amount below its base
    if (LESS_THAN_AFTER.test(context.folded.slice(quantity.end, quantity.end + 24))) return true
    if (!BY_BEFORE.test(before)) return false
    return near(context.words, quantity, context.lang).some((w) => FALL.test(w.text))
  }
  const next = context.words.find((w) => w.start >= quantity.end)
  const own = context.folded.slice(quantity.start, quantity.end)
  // "29 metreye", "3 güne", "tona", "metrə" are where a fall ended, "kilometrədək" bounds it; "santimetre" and
  // "kilometre" end in "-re" unbent
  const dative = /(?:y[aeə]|[aə]|(?<!r)e|d[əe]k)$/u.test(own)
  // "60 bin ton yük kaybetti", "60 min ton yük itirib": what was lost, maybe named before the verb
  const lost = context.words
    .filter((w) => w.start >= quantity.end)
    .slice(0, 2)
    .some((w) => /^(?:kaybet|kaybed|itir)/u.test(w.text))
  return next !== undefined && !dative && (FALL.test(next.text) || FALL_NOUN.test(next.text) || lost)
}

/** "less than", "fewer than", "меньше, чем", "ниже": after an amount, it stands that far below its base. */
const LESS_THAN_AFTER = /^\s*(?:(?:less|fewer|lower|cheaper)\s+than|меньше|ниже|дешевле)(?![\p{L}])/u
