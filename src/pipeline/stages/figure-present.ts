import type { Span } from '../types'
import { clauseAround, inClause } from './clauses'
import type { SentenceContext } from './figure-context'
import { isIntentWord, isReportingWord } from './figure-kind'

// Words and tenses that put a figure in the present, as of the article's date (see `periodOf`).

/**
 * Words that put a figure in the present: "hazırda", "currently", "в настоящее время", and the days of the report's
 * own week ("this week", "on Tuesday", "bu hafta", "во вторник", "yesterday", "dün"), as a market report dates its prices. A present
 * figure with no date of its own is as of the article's date.
 */
export const PRESENT = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`hazırda|hal-hazırda|halihazırda|halen|şimdi|şu anda|şu an|bugün|bu gün|günümüzde|artık|currently|at present|now|today`,
      String.raw`mevcut|mövcud|hazırkı|current`,
      String.raw`nowadays|в настоящее время|сейчас|теперь|сегодня|на сегодня|на данный момент|ныне|нынешн\p{L}*|текущ\p{L}*`,
      String.raw`this week|bu hafta|bu həftə|на этой неделе|on (?:monday|tuesday|wednesday|thursday|friday)`,
      String.raw`yesterday|dün|dünən|вчера`,
      // up to now: "We have invested about $120 million so far", "bugüne kadar", "на сегодняшний день"
      String.raw`so far|to date|bugüne kadar|şimdiye kadar|indiyədək|indiyə qədər|до сих пор|на сегодняшний день|к настоящему времени|already|уже`,
      String.raw`(?:pazartesi|salı|çarşamba|perşembe|cuma) günü|bazar ertəsi|çərşənbə (?:axşamı|günü)|cümə (?:axşamı|günü)`,
      String.raw`в (?:понедельник|среду|пятницу|четверг)|во вторник`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
)
/**
 * Present-tense predicates of a state ("faaliyet gösteriyor", "operate", "работают") and of how long or how much
 * something takes now ("12-15 gün sürüyor", "4 saat çəkir", "takes", "costs", "занимает 12 дней", "обходится в"): the
 * figure holds as of the article's date: verbs of being in operation in Turkish and Azerbaijani, present forms of
 * be/have/operate in English (and `PRESENT_VERB_EN`), present third person of a few verbs of state, of paying and of
 * flying, offering and starting in Russian ("ввозится", "взимается", "покрывает", "платят 7,5% налога", "летают 14
 * рейсов", "продаётся по 280 тенге", "предлагает краски на 20% дешевле", "цена начинается от 16 тыс. евро"). (Not
 * every -yor: "artış anlamına geliyor" only comments on a figure of the narrative's year.)
 */
const PRESENT_VERB =
  /(?<![\p{L}])(?:faaliyet gösteriyor\p{L}*|fəaliyyət göstərir\p{L}*|bulunuyor|çalışıyor|sürüyor|vaxt aparır|çəkir|operate|operates|employs?|are|is|takes|costs|carries|handles|accounts? for|makes? up|holds?|ha(?:s|ve)(?=\s+(?:\d|a\s|an\s|about\s|around\s|some\s|only\s|just\s|over\s|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s))|sahip(?:tir|ler|dir)?|malikdir|располага(?:ет|ют)|име(?:ет|ют)|работа(?:ет|ют)|действу(?:ет|ют)|насчитыва(?:ет|ется|ют)|занима(?:ет|ют)(?=\s+(?:от\s+|около\s+|примерно\s+|до\s+)?\d)|обход(?:ится|ятся)|длится|длятся|ввоз(?:ится|ятся)|взима(?:ется|ются)|покрыва(?:ет|ют)|плат(?:ит|ят)|перечисля(?:ет|ют)|лета(?:ет|ют)|продаётся|продается|продаются|предлага(?:ет|ют)|начина(?:ется|ются))(?![\p{L}])/u

/**
 * English presents of paying, charging and arriving ("Importers pay a 5% duty", "Azerbaijan charges 0% duty", "trains
 * reach Almaty in 6–8 days"): read in English only, as Turkish "pay" is a share.
 */
const PRESENT_VERB_EN =
  /(?<![\p{L}])(?:pay|pays|charge|charges|levies|arrives|lands|reach|reaches|attracts|retails|sells|adds)(?![\p{L}])/u

/** Whether a clause's verb puts its figures in the present (see `PRESENT_VERB`). */
export const hasPresentVerb = (clause: string, lang: string): boolean =>
  PRESENT_VERB.test(clause) || (lang === 'en' && PRESENT_VERB_EN.test(clause))

/**
 * The Turkish and Azerbaijani present copula on a figure's last word, or on the word after it ("qədər", "kadar", the
 * thing counted): "Xidmətin haqqı 15 manatdır", "yolun uzunluğu 124 km-dir", "məbləği 100 min avroya qədərdir", "süre
 * 12 gündür", "kapasitesi 120 milyon kutudur". It states what is.
 */
const COPULA_WORD = /(?<=[\p{L}\d]['’-]?)(?:d|t)[ıiuü]r(?:lar|lər|ler)?$/u
// not a comparison's copula ("14 faiz çoxdur", "iki dəfə azdır"), which speaks of the change, nor a verbal noun's
// ("35 gündən 18 günə enməsidir": that it fell), which names an event
// nor the Turkish formal perfect ("21 bin 300 tona ulaşmıştır", "gerçekleşmiştir"), which tells what has happened, nor
// the formal present ("artışa karşılık gelmektedir"), read with its own exceptions (`endsInPresentTr`)
// (the copula may stand on the word after the thing counted: "1 650-dən çox şirkət qeydiyyatdadır")
const COPULA_AFTER =
  /^\s+(?:\p{L}+\s+){0,2}(?:qədər|kadar|(?!(?:çox|az|fazla|artıq|yüksək|yüksek|aşağı|düşük)(?:d|t))(?!\p{L}*m[aeə]s[ıi](?:d|t))(?!\p{L}*m[ıiuü]ş(?:d|t)[ıiuü]r)(?!\p{L}*m[ae]kt[ae](?:d|t))\p{L}{2,})(?:d|t)[ıiuü]r(?![\p{L}])/u

export function closesWithCopula(context: SentenceContext, span: Span): boolean {
  if (context.lang !== 'tr' && context.lang !== 'az') return false
  const { folded } = context
  const word = /[\p{L}\p{N}'’-]+$/u.exec(folded.slice(span.start, span.end))?.[0] ?? ''
  return COPULA_WORD.test(word) || COPULA_AFTER.test(folded.slice(span.end, span.end + 40))
}

/**
 * A clause that ends in a present tense: in Azerbaijani the present simple ("… 1.150 yük avtomobili keçir",
 * "Müraciətlərə 3 iş günü ərzində baxılır", "… 5 faiz təşkil edir"), in Turkish the present continuous (see
 * `endsInPresentTr`). It tells what happens as a rule now; a verb of saying ("bildirir", "qeyd edir") only reports.
 */
const PRESENT_SIMPLE_AZ = /^\p{L}{2,}[ıiuü]r$/u
/** "təşkil edir", "gedir": verbs whose present ends like the copula's "-dir" ("çoxdur"). */
const AUXILIARY_PRESENT_AZ = /^(?:edir|gedir)$/u

export function endsInPresentTense(context: SentenceContext, clause: Span): boolean {
  if (context.lang === 'tr') return endsInPresentTr(context, clause)
  if (context.lang !== 'az') return false
  const words = inClause(context.words, clause)
  const [before, last] = [words.at(-2)?.text ?? '', words.at(-1)?.text ?? '']
  // "Bu, … 14 faiz çoxdur": a comparison's copula, no verb of what happens
  const copula = COPULA_WORD.test(last) && !AUXILIARY_PRESENT_AZ.test(last)
  return PRESENT_SIMPLE_AZ.test(last) && !copula && !isReportingWord(last) && !isReportingWord(before)
}

/**
 * A Turkish clause that ends in the present continuous or the formal present ("1.200 kişiye iş veriyor", "yaklaşık 40
 * gün tutuyor", "450 kişi istihdam edilmekte", "ithalatla karşılanmaktadır"): it tells what is now; a verb of saying
 * or expecting ("söylüyor",
 * "bekleniyor") does not, and "-yordu" is past.
 */
const PRESENT_TR = /^\p{L}{2,}(?:[ıiuü]?yor(?:lar)?|mekte(?:dir)?|makta(?:dır)?)$/u
/** Expecting, planning, and what a figure means ("artış anlamına geliyor", "… karşılık geliyor"): no state of now. */
const NOT_NOW_TR = /^(?:beklen|bekli|öngörül|planlan|hedefle|tahmin|anlam|karşılık|denk)/u

function endsInPresentTr(context: SentenceContext, clause: Span): boolean {
  const words = inClause(context.words, clause)
  const [before, last] = [words.at(-2)?.text ?? '', words.at(-1)?.text ?? '']
  return PRESENT_TR.test(last) && ![before, last].some((w) => isReportingWord(w) || NOT_NOW_TR.test(w))
}

/** Words of this very moment, not of a state in general ("mevcut", "current") or of a day of the week. */
const NOW =
  /(?<![\p{L}])(?:hazırda|hal-hazırda|halihazırda|şu anda|şu an|bugün|bu gün|günümüzde|currently|at present|now|today|nowadays|в настоящее время|сейчас|на сегодня|на данный момент|ныне)(?![\p{L}]|['’]s)/gu
/** How many words a verb of intent may stand before the word of the moment and still govern it ("will now be"). */
const INTENT_REACH = 2

/**
 * "…, bugün bu oran yüzde 6 civarında", "сейчас она чуть выше четверти", "сейчас посылки идут … 20–25 дней": a word of
 * the moment before a figure, with no other figure and no verb of intent or expectation between them (nor, where the
 * verb comes last, up to the next figure), says what is now, though a plan stands elsewhere in the sentence ("к 2028
 * году хотим довести … до 35%, сейчас …").
 */
export const isNowBefore = (context: SentenceContext, span: Span): boolean => isMomentBefore(context, span, NOW)

/**
 * Words of a time gone by: "used to", "previously", "раньше", "eskiden", "əvvəllər", "önceden"; and "ранее" right before
 * the old value ("(ранее — 10 и 8 суток)"), not the "ранее" of what was said or planned before ("ранее сообщалось").
 */
const FORMERLY =
  /(?<![\p{L}])(?:used to|previously|formerly|раньше|прежде|eskiden|önceden|əvvəllər|vaxtilə|ранее(?=\s*(?:[—–:-]|\d)))(?![\p{L}])/gu

/**
 * "a transfer that used to take two days will be settled in under an hour", "Перевод, который раньше занимал два дня,
 * …": a word of a time gone by before a figure, on the same terms, says what was, though a plan follows.
 */
export const isFormerlyBefore = (context: SentenceContext, span: Span): boolean =>
  isMomentBefore(context, span, FORMERLY)

/** Whether the clause of a figure names a date of its own ("previously, in 2020, it took 14 days"). */
export function isDatedInClause(context: SentenceContext, span: Span): boolean {
  const clause = clauseAround(context.sentence.text, span)
  return context.dates.some((d) => d.value !== null && d.start >= clause.start && d.end <= clause.end)
}

/** A word of `moment` before a figure in its clause, with no other figure and no verb of intent between (see above). */
/** Nothing but "and" between two figures of one list. */
const JOINED_AFTER = /^\s*(?:and|и|ve|və|,)\s*$/u

function isMomentBefore(context: SentenceContext, span: Span, moment: RegExp): boolean {
  const clause = clauseAround(context.sentence.text, span)
  const word = [...context.folded.slice(clause.start, span.start).matchAll(moment)].at(-1)
  if (!word) return false
  const from = clause.start + word.index
  // "(ранее — 10 и 8 суток)", "now 42 and 60": a figure joined by "and" to the one the word speaks for shares it
  const between = (q: Span) =>
    q.start >= from && q.end <= span.start && !JOINED_AFTER.test(context.folded.slice(q.end, span.start))
  // "from 42 at present to 60", "1,600 TEU today": the word closes the figure before it
  const closes = (q: Span) => q.end <= from && /^\s*(?:at\s+)?$/u.test(context.folded.slice(q.end, from))
  if (context.quantities.some((q) => between(q) || closes(q))) return false
  const verbLast = context.lang === 'tr' || context.lang === 'az'
  const next = context.quantities.find((q) => q.start >= span.end && q.end <= clause.end)
  const to = verbLast ? (next?.start ?? clause.end) : span.start
  const words = inClause(context.words, clause)
  const first = words.findIndex((w) => w.start >= from)
  const reach = words.slice(Math.max(0, first - INTENT_REACH)).filter((w) => w.end <= to)
  return !reach.some((w) => isIntentWord(w.text, context.lang))
}

/** A word of comparison right before a figure: "против", "against", "versus", "vs", "compared with". */
const VERSUS_BEFORE = /(?:(?<![\p{L}])(?:против|against|versus|vs\.?|compared\s+(?:with|to)|по\s+сравнению\s+с))\s*$/u
/** A time gone by right after it: "в прошлом году", "last year", "a year earlier", "годом ранее", "in 2025". */
const PAST_AFTER =
  /^\s*(?:в\s+прошлом\s+году|годом\s+ранее|год\s+назад|в\s+(?:19|20)\d{2}\s+году|last\s+year|a\s+year\s+(?:earlier|ago|before)|in\s+(?:19|20)\d{2})(?![\p{L}\d])/u

/**
 * "расширятся до 4 тыс. гектаров против 3,1 тыс. гектаров в прошлом году", "will expand to 4,000 hectares, against
 * 3,100 last year": the base a plan is set against, with its own time gone by, is what was.
 */
export function isVersusPast(context: SentenceContext, span: Span): boolean {
  const { folded } = context
  return (
    VERSUS_BEFORE.test(folded.slice(Math.max(0, span.start - 24), span.start)) &&
    PAST_AFTER.test(folded.slice(span.end, span.end + 24))
  )
}

/**
 * "instead of the current 48 hours", "вместо нынешних 24 дней", "mevcut 48 saat yerine", "hazırkı 10 gündən 3 günə": the
 * value a demand or a plan would change, told as the one in force, is what is now.
 */
const CURRENT_BEFORE =
  /(?<![\p{L}])(?:the\s+(?:current|present|existing)|нынешн\p{L}*|текущ\p{L}*|действующ\p{L}*|mevcut|şimdiki|hazırkı|indiki)\s+$/u

export const isCurrentBefore = (context: SentenceContext, span: Span): boolean =>
  CURRENT_BEFORE.test(context.folded.slice(Math.max(0, span.start - 24), span.start))
