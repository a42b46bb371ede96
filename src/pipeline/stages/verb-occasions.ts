import type { EventKind } from '../../schema/dataset'
import { findCountries, findPlaces } from '../lexicon/countries'
import { findPeople } from '../lexicon/people'
import { PLUPERFECT } from '../lexicon/tenses'
import { looseFold } from '../lexicon/term-matcher'
import type { Sentence } from '../types'
import { findSigningVerbs, isFutureSigning } from './agreement-cues'
import { clauseAround } from './clauses'
import { findEventCues } from './event-cues'
import type { EventMention } from './event-mentions'
import { unique, type ArticleContext } from './mention-context'
import { findOccasionDates, isAfterArticle, type OccasionDate } from './occasion-dates'
import { isPlannedAt } from './occasion-status'
import { participantsOf } from './occasion-people'

// An occasion told by its verb alone: a signing or an opening on a given day, with no noun of an occasion.

/**
 * Verbs that open something (a pipeline, a railway, a port): with a day they date an opening ceremony. Not the adjective
 * "open" of a procedure or a company ("способом открытого конкурса", "открытое акционерное общество").
 */
const OPENING =
  /(?<![\p{L}])(?:açil(?:an|di|miş)\p{L}*|açilmas\p{L}*|hizmete gir\p{L}*|istifadəyə veril\p{L}*|istismara veril\p{L}*|inaugurated|opened|entered into force|commissioned|put into (?:operation|service)|вступил\p{L}* в силу|открыт(?!(?:ого|ый|ая|ое|ом|ой|ых|ые|ую|ым)\s+(?:конкурс|тендер|аукцион|акционер|запрос|торг|доступ|источник|письм|данн))\p{L}*|открыл[аи]?|открылс[яь]|введ[её]н\p{L}* в эксплуатацию|ввели в эксплуатацию|сдан\p{L}* в эксплуатацию|launched|began operati\p{L}*|started operati\p{L}*|запущен\p{L}*|стартовал\p{L}*|начал\p{L}* работу|спущен\p{L}* на воду|firlatil\p{L}*|işletmeye alin\p{L}*|faaliyete geç(?:ti|miş)\p{L}*|suya endiril\p{L}*|denize indiril\p{L}*|fəaliyyətə başla(?:yib|di|miş)\p{L}*|işə salin\p{L}*|temel(?:i|ini)\s+(?:[^\s,;:.]+\s+){0,6}?at(?:il|ti|tik|ar|miş)\p{L}*|təməl(?:i|ini)\s+(?:[^\s,;:.]+\s+){0,6}?qoy(?:ul|du|ub|muş)\p{L}*|laid the keel|seferler\p{L}* başl\p{L}*|uçuşlar\p{L}* başl\p{L}*|reyslər\p{L}* başla\p{L}*|откро(?:ет|ют)|начн(?:ет|ут) (?:выполнять )?(?:рейсы|полеты|полёты))(?![\p{L}])/u
const OPENINGS = new RegExp(OPENING.source, 'gu')
/** A Turkish or Azerbaijani relative participle ("açıldığı", "imzalandığı", "verildiyi"): it qualifies the noun after it. */
const DAY_PARTICIPLE = /(?:d[ıiuü]ğ|t[ıiuü]ğ|d[ıiuü]y|t[ıiuü]y)[ıiuü]\p{L}*$/u
/**
 * A turn from what was planned to what happened, folded: "-sa da" / "-sə də" (even though), "ancak", "lakin", "but",
 * "however", "однако", "но".
 */
const CONTRAST =
  /(?:s[ae]|sə)\s+d[ae](?![\p{L}])|(?<![\p{L}])(?:ancak|ama|lakin|amma|but|however|однако|но|тем не менее)(?![\p{L}])/u
/** A plan told as past, folded: "nəzərdə tutulsa", "planlansa", "was due to", "was expected to", "планировалось". */
const PLAN_WORD =
  /nəzərdə tutul|planla|öngörül|bekleniyor|gözlənil|(?<![\p{L}])(?:was|were) (?:due|scheduled|expected|planned|set|supposed) to|(?<![\p{L}])(?:планировал|предполагал|должн\p{L}* был|ожидал)/u

/**
 * The opening verb a sentence tells as done, and whether it follows a plan it missed: of "2024-cü ilin dekabrında
 * istifadəyə verilməsi nəzərdə tutulsa da, terminal … istismara verilib" (planned for one day, opened on another) the
 * second, after the turn; else the first there is.
 */
function openingDone(folded: string): { verb: RegExpExecArray; missedPlan: boolean } | null {
  const [first, ...later] = [...folded.matchAll(OPENINGS)] as RegExpExecArray[]
  if (first === undefined) return null
  // the turn after the first opening, the plan before the turn, the opening done after it
  const turn = later.length === 0 ? null : CONTRAST.exec(folded.slice(first.index))
  const turnEnd = turn === null ? 0 : first.index + turn.index + turn[0].length
  const done = turn === null ? undefined : later.find((m) => m.index >= turnEnd)
  if (turn === null || done === undefined || !PLAN_WORD.test(folded.slice(0, turnEnd)))
    return { verb: first, missedPlan: false }
  return { verb: done, missedPlan: true }
}

/** A Turkish or Azerbaijani present ("başlıyor", "başlayır", folded "başliyor"): a timetable's day, near or ahead. */
const SCHEDULED_PRESENT = /(?:[iuü]yor|ayir|əyir)$/u
/** A ceremony or a presentation, folded: "vida mərasimi", "törende", "the book's presentation", "была представлена". */
const OCCASION_NOUN =
  /(?<![\p{L}])(?:mərasim\p{L}*|tören\p{L}*|ceremony|təqdimat\p{L}*|tanitim toplanti\p{L}*|presentation|презентаци\p{L}*|(?:была|был|были) представлен\p{L}*)(?![\p{L}])/u
/** "ilk", "first", "первый": the first of a run, not of a part of the year ("ilk çeyrekte", "first half", "первые 5 месяцев"). */
const FIRST =
  /(?<![\p{L}])(?:ilk|first|перв(?:ый|ая|ое|ого|ой|ую))\s+(?!(?:\d|çeyrek|yari|yarim|rüb|quarter|half|nine|six|three|two|months?|квартал|полугоди|месяц|\p{L}+\s+ay|dokuz|alti|üç|uc|iki|beş|doqquz|yeddi))/u
/** A departure, an arrival or a delivery: "göndərilib", "yola çıktı", "ulaştı", "отправился", "arrived", "took delivery". */
const RUN_VERB =
  /(?<![\p{L}])(?:gönderil\p{L}*|göndəril\p{L}*|yola (?:çik|çix|salin|düş)\p{L}*|hareket ed\p{L}*|ulaşt\p{L}*|ulaşa\p{L}*|çatdi\p{L}*|çatib|отправ\p{L}*|прибыл\p{L}*|прибуд\p{L}*|arrived|departed|set off|took delivery|was delivered|were delivered|dispatched)(?![\p{L}])/u
/**
 * "ilk dəfə dəmir yolu ilə canlı heyvan partiyası göndərilib", "the first of 12 Dreamliners … took delivery … on June
 * 2", "первый каспийский круиз отправится 15 августа": the first train, ship or plane of a run, dated, is an occasion.
 */
function firstRun(folded: string): RegExpExecArray | null {
  return FIRST.test(folded) ? RUN_VERB.exec(folded) : null
}
/** A ceremony's noun: "mərasimdə", "töreninde", "at a ceremony", "на церемонии". */
const CEREMONY = /(?<![\p{L}])(?:mərasim|tören|ceremon|церемони)/u
/**
 * A document known by its own name, in quotes or capitalised: "“Əsrin müqaviləsi”", "Нахчыванское соглашение", "the
 * Ashgabat Agreement", "Aşkabat Anlaşması". Its signing is history an article tells, wherever it happened.
 */
const NAMED_DOCUMENT =
  /[«“"„][^»”"“]{1,60}(?:müqavilə|saziş|anlaşma|sözleşme|agreement|treaty|accord|contract|соглашени|договор)\p{L}*[»”"“]|(?<![\p{L}])\p{Lu}\p{Ll}+(?:ое|ий|ый|ая)\s+(?:соглашение|договор)|(?<![\p{L}])(?!(?:The|This|That|Bu|İşbu|Həmin)\s)\p{Lu}\p{Ll}+\s+(?:Agreement|Treaty|Accord|Anlaşması|Antlaşması|Sözleşmesi|Sazişi|Müqaviləsi)(?![\p{L}])/u
const ANNIVERSARY_OF = /ildönümü|yıldönümü|anniversary|годовщин|летие/u
/** A future before or in an opening verb: "gireceğini", "veriləcək", "will be commissioned", "будет открыт". */
const FUTURE_OPENING =
  /(?:acak|ecek|acağ|eceğ|acaq|əcək|əcəy)\p{L}*$|(?:will|to) be\s+\p{L}+$|будет\s+\p{L}+$|откро(?:ет|ют)$|отправ(?:ится|ятся)$|прибуд(?:ет|ут)$|начн(?:ет|ут)\s.+$/u

/**
 * Reads an occasion told only by its verb in a sentence that names no occasion noun: a signing or an opening on a
 * given day ("üç ölkə 2024-cü il noyabrın 13-də Bakıda … Saziş imzalayıb", "was inaugurated … on July 13, 2006").
 */
export function verbOccasion(
  sentence: Sentence,
  index: number,
  context: ArticleContext,
  narrative?: string,
  headed?: string,
): EventMention | null {
  const { text } = sentence
  const { lang, published } = context
  if (findEventCues(text, lang).length > 0) return null
  const folded = looseFold(text, lang)
  // "BTQ-nin istismara verilməsinin 9-cu ildönümü": the day of an anniversary, not of the opening
  // a ceremony or a presentation of its own ("vida mərasimində", "Kitabın təqdimatı", "презентация в Тбилиси"), or a
  // route's first run ("ilk blok tren … ulaştı"), only with its day or month in the sentence: an undated ceremony is most
  // often a step of a visit told around it
  const anniversary = ANNIVERSARY_OF.test(folded)
  const done = anniversary ? null : openingDone(folded)
  const opening = anniversary ? null : (done?.verb ?? OCCASION_NOUN.exec(folded) ?? firstRun(folded))
  // "nisan ayında hizmete gireceğini", "с июня откроет рейсы": an opening told in the future is planned, and so is
  // "официальное открытие … запланировано на 15 декабря", an opening set for a day to come; both are dated ahead
  const futureForm =
    opening !== null &&
    FUTURE_OPENING.test(folded.slice(Math.max(0, opening.index - 12), opening.index + opening[0].length))
  // (the plan an opening missed is not its own: "… nəzərdə tutulsa da, … istismara verilib")
  const plannedOpening =
    opening !== null &&
    (futureForm ||
      (done?.missedPlan !== true &&
        isPlannedAt(text, { start: opening.index, end: opening.index + opening[0].length }, lang)))
  // "15 Temmuz'da … seferlere başlıyor", "reyslərə başlayır": a Turkic present tells a timetable, either side of today
  const scheduled = opening !== null && SCHEDULED_PRESENT.test(opening[0])
  const tense = plannedOpening ? 'future' : scheduled ? 'either' : 'past'
  const stated = findOccasionDates(text, lang, published, tense, narrative)
  // "6. Haziran – Bakü'de üç imza" / "… törende 3 belge imzalandı": the list heading's month dates an undated signing
  const dates: OccasionDate[] =
    stated.length === 0 && headed !== undefined
      ? [{ start: 0, end: 0, date: headed, dateEnd: null, basis: 'stated' }]
      : stated
  if (dates.length === 0) return null
  const signing = findSigningVerbs(text, lang)[0]
  const isSigning = signing !== undefined && !isFutureSigning(text, lang) && !PLUPERFECT.test(folded)
  if (!isSigning && !opening) return null
  const kind: EventKind = isSigning ? 'signing' : 'other'
  const verb = isSigning
    ? signing
    : { start: opening?.index ?? 0, end: (opening?.index ?? 0) + (opening?.[0].length ?? 0) }
  // a day, or a month ("In December, ASCO … signed a contract"), on or before the article's date, in the verb's own
  // clause ("1988'de açılan Sarp Sınır Kapısı, bugün … en işlek kapı": "bugün" dates nothing that opened); "On
  // Monday, … signed", "Сегодня … открыли": a day counted from the article's is a day too; an opening dates by its
  // year alone ("1988'de açılan", "opened in 2006"), as history told in passing
  const clause = clauseAround(text, verb)
  const inClause = (d: OccasionDate) => d.start >= clause.start && d.end <= clause.end
  // a planned opening is an occasion on a day or in a month ("запланировано на 15 декабря"); one due in a year
  // ("2030-cu ildə istismara verilməsi planlaşdırılır") is a project's deadline
  const candidates =
    (plannedOpening || scheduled) && !isSigning
      ? dates.filter((d) => d.date.length >= 7)
      : dates.filter((d) => published === null || d.date <= published)
  // "… 2024-cü ilin dekabrında istifadəyə verilməsi nəzərdə tutulsa da, … 2025-ci il iyulun 15-də … istismara
  // verilib": the day nearest the verb in its own clause first (in Turkish and Azerbaijani, whose verb ends its
  // clause, the nearest before it: "3 Ekim'de … yola çıktı ve 14 Ekim'de … ulaştı"), then the sentence's first
  // (a relative participle names the day after it: "okulların açıldığı 1 Eylül", the day the schools open)
  const verbLast = (lang === 'tr' || lang === 'az') && !DAY_PARTICIPLE.test(folded.slice(verb.start, verb.end))
  const away = (d: OccasionDate) =>
    d.end <= verb.start ? verb.start - d.end : verbLast ? Infinity : Math.abs(d.start - verb.end)
  const day =
    candidates.filter((d) => d.date.length >= 7 && inClause(d)).sort((a, b) => away(a) - away(b))[0] ??
    candidates.find((d) => d.date.length >= 7 && (d.basis !== 'relative' || inClause(d))) ??
    candidates.find((d) => d.basis === 'relative' && inClause(d)) ??
    (isSigning ? undefined : candidates.find((d) => d.date.length === 4 && yearBesideVerb(text, d, verb)))
  if (!day) return null
  const place = findPlaces(text, lang)[0]
  const people = findPeople(text, lang)
  const participants = participantsOf(text, people, lang)
  // "В январе нацкомпания подписала … контракт", "On 5 March the port and KMG Trading signed a contract": a signing
  // that neither a place, a ceremony, a person nor two states set somewhere is a deal's date, not an occasion
  const countries = unique([...findCountries(text, lang).map((c) => c.code), ...(place ? [place.country] : [])]).sort()
  const staged =
    place !== undefined ||
    CEREMONY.test(folded) ||
    NAMED_DOCUMENT.test(text) ||
    people.length > 0 ||
    countries.length >= 2
  if (isSigning && !staged) return null
  return {
    sentenceIndex: index,
    sentence,
    span: verb,
    kind,
    part: isSigning ? 'signing' : null,
    date: day.date,
    dateEnd: day.dateEnd,
    dateBasis: 'stated',
    status: isAfterArticle(day.date, published) ? 'planned' : 'happened',
    isNext: false,
    sideline: false,
    place: place?.name ?? null,
    embassyOf: null,
    countries,
    host: place?.country ?? null,
    participants,
    body: null,
    ordinal: null,
  }
}

/** How far a year written in digits may stand from an opening verb and still date it ("1988'de açılan"). */
const YEAR_REACH = 24

/** A year in digits right beside an opening verb, nothing but words between: "1988'de açılan", "opened in 2006". */
function yearBesideVerb(text: string, year: OccasionDate, verb: { start: number; end: number }): boolean {
  if (!/\d{4}/u.test(text.slice(year.start, year.end))) return false
  const between = year.end <= verb.start ? text.slice(year.end, verb.start) : text.slice(verb.end, year.start)
  return between.length <= YEAR_REACH && !/[,;:.()]/u.test(between)
}
