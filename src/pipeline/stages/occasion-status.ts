import { looseFold } from '../lexicon/term-matcher'
import type { Span } from '../types'

/**
 * Words around an occasion word that say it is still to come: a future tense, "planned", "expected", "scheduled", "is
 * due to pay a visit" (not "due to" a cause), "agreed/decided to hold", "the summit to be held", "a dividend to be
 * approved at the annual general meeting". Read in the occasion's clause (up to the next
 * comma-free stretch of ~80 characters).
 */
const PLANNED =
  /(?:acak|ecek|acaq|əcək)(?:lar|ler|lər|tir|tir|dir|dir)?(?![\p{L}])|planla\p{L}*|planlaşdiril\p{L}*|nəzərdə tutul\p{L}*|gözlənil\p{L}*|bekleni\p{L}*|kararlaştiril\p{L}*|razilaşdirib\p{L}*|planl[ıi]yor(?:lar)?|niyetinde\p{L}*|niyyətində\p{L}*|(?<![\p{L}])(?:will|shall|scheduled|planned|expected|pencill?ed in|is to|are to|(?:plans?|planning|intends?|intending|aims?|hopes?) to|(?:is|are) (?:due|set) to (?:pay|visit|hold|host|meet|attend|arrive|travel|sign|take part|take place|open|begin|start|launch)|to be (?:held|hosted|convened|organi[sz]ed|staged)|to be \p{L}+(?:ed|en) (?:at|during|on))(?![\p{L}])|запланирован\p{L}*|намечен\p{L}*|назначен[аоы]?\s+на(?![\p{L}])|намерен\p{L}*|пройд[её]т|состоится|ожидается|будет|провести|планиру\p{L}*|посетит|посетят|прибуд(?:ет|ут)|встретит(?:ся)?|встретятся|провед[её]т|проведут/u

/** Words that make an occasion the next one, not the one being reported: "növbəti görüş", "the next meeting". */
const NEXT_BEFORE =
  /(?:növbəti|bir sonraki|sonraki|gelecek|next|upcoming|очередн\p{L}*|следующ\p{L}*)\s+(?:\p{L}+\s+){0,6}$/u

/**
 * An invitation is not an occasion: "Astanaya rəsmi səfərə dəvət edib", "invited … to visit", "пригласил"; nor is a
 * meeting asked for in a letter: "We request a meeting with you", "görüşme talep ediyoruz", "просим о встрече".
 */
const INVITATION =
  /davet\p{L}*|dəvət\p{L}*|invit\p{L}*|пригласил\p{L}*|приглашени\p{L}*|we request|we ask for|talep ediyoruz|rica ediyoruz|xahiş edirik|просим/u

/**
 * An occasion put off or called off: "ziyareti ertelendi", "səfər təxirə salınıb", "planned for Oct. 14, has been
 * postponed", "визит отменен". It did not happen, and no new date is given for it.
 */
const CALLED_OFF =
  /ertelen\p{L}*|iptal edil\p{L}*|təxirə sal[ıi]n\p{L}*|ləğv edil\p{L}*|postponed|cancell?ed|called off|put off|перенес[её]н\p{L}*|перенесли|отложен\p{L}*|отмен[её]н\p{L}*|отменили/u

/**
 * A condition an occasion hangs on, before it in its sentence: "If there is no quorum, a repeat meeting will be held",
 * "В случае отсутствия кворума", "Yeter sayı sağlanamaması halinde", "Kvorum olmadıqda". It may never be held.
 */
const CONDITION_BEFORE =
  /(?:^|[\s(])(?:if|unless|should there|in (?:the )?case|если|в случае|eğer|əgər|halinde|hal[ıi]nda|durumunda|olmad[ıi]qda|olmazsa|olmad[ıi]ğ[ıi] takdirde)(?![\p{L}])/u

/** Tells whether the occasion the word names was put off or called off, or hangs on a condition. */
export function isCalledOffAt(text: string, span: Span, lang: string): boolean {
  const folded = looseFold(text.slice(Math.max(0, span.start - 40), Math.min(text.length, span.end + 120)), lang)
  return CALLED_OFF.test(folded) || CONDITION_BEFORE.test(looseFold(ownPartBefore(text, span.start), lang))
}

/** The part of a sentence before a point, from the last quote that closes or semicolon: a quote's "if" is its own. */
function ownPartBefore(text: string, at: number): string {
  const before = text.slice(0, at)
  return before.slice(Math.max(...['»', '”', '"', ';'].map((mark) => before.lastIndexOf(mark))) + 1)
}

/**
 * People counted beside a visit word: "ziyaret eden Türk turist sayısı", "посетили 312 тысяч граждан", "visited by
 * 96,000 tourists". They travel; no occasion is told.
 */
const COUNTED_TRAVELLERS =
  /turist|tourist|турист|ziyaretçi|ziyarətçi|visitors|посетител|граждан|vətəndaş|vatandaş|yolcu|sərnişin|пассажир|passengers/u

/** Tells whether a visit word tells of travellers counted beside it, not of an occasion. */
export function isTravellersAt(text: string, span: Span, lang: string): boolean {
  const around = looseFold(text.slice(Math.max(0, span.start - 30), Math.min(text.length, span.end + 30)), lang)
  return COUNTED_TRAVELLERS.test(around) && /\d/u.test(text)
}

/** Words before an occasion noun that make it generic, counted, or a journey rather than an occasion. */
// a court's hearing ("açıq məhkəmə iclasında", "в судебном заседании", "mahkeme duruşması") is a trial's step, no
// occasion of the corridor
const NOT_AN_OCCASION_BEFORE =
  /(?:bu cür|bu tür|bu kimi|belə|benzer|such|regular|düzenli|müntəzəm|регулярн\p{L}*|dəniz|deniz|sea|морск\p{L}*|qatar\p{L}*|tren\p{L}*|train\p{L}*|reys\p{L}*|uçuş\p{L}*|məhkəmə|mahkeme|судебн\p{L}*|court)\s+$/u

/**
 * A count before the noun: "10'dan fazla yüksek düzeyde ziyaret" counts visits, it is not one; an ordinal ("the 13th
 * summit", "13-cü sammit", "7'nci toplantısı") names one.
 */
const COUNTED_BEFORE =
  /\d+(?!(?:st|nd|rd|th)(?!\p{L})|[-'’]?(?:c[ıiuü]|[ıiuü]?nc[ıiuü]|й|я|е|го)(?!\p{L}))(?:['’]?\p{L}+)?\s+(?:\p{L}+(?:-\p{L}+)*\s+){0,3}$/u

/**
 * Words between a count and the occasion noun that show the count is of something else: a preposition ("signed 5
 * documents during the state visit", "12 документов в ходе визита") or a length in days ("2 günlük resmi ziyaret",
 * "3-дневный визит").
 */
const COUNT_OF_SOMETHING_ELSE =
  /(?:^|\s)(?:at|during|on|in|after|before|following|for|within|amid|в|во|на|после|перед|до|при|по|ходе|время|рамках)\s|^[\s-]*(?:günlük|gunluk|günlük|day|days|дневн\p{L}*|суточн\p{L}*)(?!\p{L})/u

/**
 * The stretch of a sentence an occasion word governs: some 80 characters either side, within its semicolons ("встрече
 * … 28 октября в Баку; следующая встреча запланирована на декабрь": the plan is the next meeting's).
 */
function clauseAround(text: string, span: Span): { before: string; after: string } {
  const before = text.slice(Math.max(0, span.start - 80), span.start)
  const after = text.slice(span.end, Math.min(text.length, span.end + 80))
  return { before: before.slice(before.lastIndexOf(';') + 1), after: after.split(';')[0] ?? '' }
}

/** Tells whether the occasion the word names is planned rather than done. */
export function isPlannedAt(text: string, span: Span, lang: string): boolean {
  const { before, after } = clauseAround(text, span)
  const folded = looseFold(`${before} ${text.slice(span.start, span.end)} ${after}`, lang)
  return PLANNED.test(folded) || (NEXT_BEFORE.test(looseFold(before, lang)) && !isHeldAfter(text, span, lang))
}

/** "növbəti vebinar ötən cümə axşamı … keçirildi": the next of a series, told as held, is held. */
const isHeldAfter = (text: string, span: Span, lang: string) =>
  HELD_AFTER.test(looseFold(text.slice(span.end, span.end + HELD_REACH), lang))
/** How far after the occasion's word its verb of holding may stand. */
const HELD_REACH = 90

/** A past tense of holding an occasion: "keçirildi", "düzenlendi", "was held", "took place", "прошёл", "состоялся". */
const HELD_AFTER =
  /(?<![\p{L}])(?:keçirildi|keçirilib|düzenlendi|yapıldı|gerçekleştirildi|was held|were held|took place|прош(?:ёл|ел|ла|ли)|состоял(?:ся|ась|ось|ись))(?![\p{L}])/u

/** Tells whether the occasion word names the next occasion of a series ("növbəti iclas", "next meeting"). */
export const isNextAt = (text: string, span: Span, lang: string): boolean =>
  NEXT_BEFORE.test(looseFold(text.slice(Math.max(0, span.start - 60), span.start), lang)) &&
  !isHeldAfter(text, span, lang)

/** Tells whether the word is only part of an invitation ("dəvət edib", "invited … to visit"). */
export function isInvitationAt(text: string, span: Span, lang: string): boolean {
  const folded = looseFold(text.slice(Math.max(0, span.start - 60), Math.min(text.length, span.end + 40)), lang)
  return INVITATION.test(folded)
}

/**
 * Fora, fairs, summits and exhibitions in the plural ("yeni hatlar, forumlar ve fuarlar", "forums and trade fairs",
 * "форумы и выставки", "sammitlər"): a kind of occasion, not one of them.
 */
const PLURAL_OCCASIONS =
  /^(?:forumlar\p{L}*|fuarlar\p{L}*|zirveler\p{L}*|zirvələr\p{L}*|sammitlər\p{L}*|sərgilər\p{L}*|forums|fairs|summits|exhibitions|форумы|форумов|форумах|выставки|выставок|саммиты|саммитов)$/u
const wordAt = (text: string, span: Span) => /^[\p{L}-]*/u.exec(text.slice(span.start))?.[0] ?? ''

/** Tells whether the word names no single occasion: generic ("such meetings"), counted, or a journey by sea or rail. */
export function isGenericAt(text: string, span: Span, lang: string, dateSpans: readonly Span[]): boolean {
  if (PLURAL_OCCASIONS.test(looseFold(wordAt(text, span), lang))) return true
  const from = Math.max(0, span.start - 40)
  const before = text.slice(from, span.start)
  if (NOT_AN_OCCASION_BEFORE.test(looseFold(before, lang))) return true
  const counted = COUNTED_BEFORE.exec(before)
  if (counted === null || COUNT_OF_SOMETHING_ELSE.test(counted[0].replace(/^\d+/u, '').toLowerCase())) return false
  return !dateSpans.some((d) => d.start <= from + counted.index && d.end > from + counted.index)
}
