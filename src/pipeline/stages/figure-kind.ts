import type { FigureKind } from '../../schema/dataset'
import type { Span } from '../types'
import {
  cueOf,
  EXPECT_TR_AZ,
  FUTURE_PERFECTIVE_RU,
  FUTURE_TR_AZ,
  hasFutureWord,
  isLexicalIntent,
  NOT_FUTURE,
  PAST_EN,
  PAST_RU,
  PRESENT_CONTINUOUS_TR,
  PRESENT_VALUE,
  REPORTING_TR_AZ,
  VERBAL_NOUN_OBJECT,
  type Cue,
  type Word,
} from './kind-cues'

/** Whether a Turkish or Azerbaijani word is a verb of saying ("bildirir", "qeyd edir"'s "qeyd"). */
export const isReportingWord = (word: string) => REPORTING_TR_AZ.test(word)

/** Whether a word among these reports what was: a past tense or participle, or a verb of a result ("reached"). */
export const hasAchievedCue = (words: readonly Word[], lang: string) =>
  words.some((word) => cueOf(word.text, lang) === 'achieved')

/**
 * Tells whether the figure at `span` is a target, a forecast or an achieved value, from the verbs around it. Turkish
 * and Azerbaijani put the verb after the figure, so the first cue after it decides; English and Russian put it before.
 */
export function detectKind(words: readonly Word[], span: Span, lang: string): FigureKind {
  return readKind(words, span, lang).kind
}

/** Like `detectKind`, and tells whether a word stated the kind (`stated: false`: none did, 'achieved' by default). */
/** A figure's kind, and whether a word stated it (else 'achieved' by default, or inferred otherwise). */
export interface KindReading {
  kind: FigureKind
  stated: boolean
}

export function readKind(words: readonly Word[], span: Span, lang: string): KindReading {
  const reading = readKindFromCues(words, span, lang)
  return reading.kind === 'forecast' && estimatesLoss(words, lang) ? { kind: 'achieved', stated: true } : reading
}

/** A group a survey counts in shares, in the genitive plural: "katılımcıların", "firmaların", "respondentlərin". */
const RESPONDENTS_GENITIVE =
  /^(?:katılımcı|firma|şirket|ihracatçı|işletme|yanıtlayıcı|respondent|şirkət|iştirakçı|müəssisə|ixracatçı|sahibkar)(?:ların|lerin|lərin)$/u
/** "yüzde 62'si": the percent's word before its number. */
const PERCENT_WORD = /^(?:yüzde|%)$/u
/** The same group after its share: "62% of respondents", "58% компаний", "29% опрошенных". */
const RESPONDENTS_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^(?:respondents|companies|firms|exporters|businesses|participants|those|executives|shippers|forwarders)$/u,
  ru: /^(?:компаний|опрошенных|респондентов|участников|предприятий|экспорт[её]ров|фирм|перевозчиков|ответивших)$/u,
}

/**
 * "katılımcıların yüzde 62'si … artacağını düşünüyor", "58% компаний ожидают роста", "62% of respondents expect": a
 * survey's share of those who answered is a fact of the survey, whatever they expect or plan.
 */
export function isRespondentShare(words: readonly Word[], span: Span, lang: string): boolean {
  const before = words.filter((w) => w.end <= span.start && !PERCENT_WORD.test(w.text)).at(-1)
  const after = words.filter((w) => w.start >= span.end)
  if (lang === 'tr' || lang === 'az') return before !== undefined && RESPONDENTS_GENITIVE.test(before.text)
  const noun = lang === 'en' && after[0]?.text === 'of' ? after[1] : after[0]
  return noun !== undefined && (RESPONDENTS_AFTER[lang]?.test(noun.text) ?? false)
}

/** Verbs of estimating ("puts … at", "оценивает в", "tahmin ediliyor", "qiymətləndirilir"). */
const ESTIMATE =
  /^(?:estimat\p{L}*|puts?|оценива\p{L}*|tahmin\p{L}*|hesaplan\p{L}*|hesablan\p{L}*|qiymətləndir\p{L}*)$/u
/** What a loss is called: damage done, money lost, costs already borne ("потери выручки", "itki", "zarar"). */
const LOSS =
  /^(?:loss|losses|damage|damages|потер\p{L}*|убыт\p{L}*|ущерб\p{L}*|расход\p{L}*|zarar\p{L}*|kayb\p{L}*|kayıp\p{L}*|itki\p{L}*|ziyan\p{L}*)$/u
/** Words that put the estimate ahead in time: a future, a modal, an expectation. */
const AHEAD_EN_RU = /^(?:will|would|could|may|might|expect\p{L}*|буд(?:ет|ут)|может|могут|ожида\p{L}*)$/u

/**
 * "puts direct losses … at $35–40 million", "Потери выручки компания оценивает в 2,1 млрд тенге", "itkilərin 2
 * milyon manat olduğu hesablanır": an estimate of a loss measures harm already done, so it reports a fact, not a
 * forecast; unless a future or a modal puts the loss ahead ("losses could reach", "zarar … olacak").
 */
function estimatesLoss(words: readonly Word[], lang: string): boolean {
  const texts = words.map((w) => w.text)
  const ahead = (w: string) =>
    lang === 'en' || lang === 'ru'
      ? AHEAD_EN_RU.test(w) || FUTURE_PERFECTIVE_RU.test(w)
      : (FUTURE_TR_AZ.test(w) && !NOT_FUTURE.test(w)) || /^(?:bilər|beklen|gözlən)/u.test(w)
  return texts.some((w) => ESTIMATE.test(w)) && texts.some((w) => LOSS.test(w)) && !texts.some(ahead)
}

/** A necessitative with its person ("çıkarmalıyız", "getməliyik") and the words that put it in the present. */
const NECESSITY_NOW = /m[aeə]l[ıi]y[ıi][zkq]$/u
const NOW_TR_AZ = /^(?:indi|şimdi|hazırda|halihazırda|artık|artıq)$/u

function readKindFromCues(words: readonly Word[], span: Span, lang: string): KindReading {
  const after = words.filter((w) => w.start >= span.end)
  const before = words.filter((w) => w.end <= span.start).reverse()
  const ownLast = words.filter((w) => w.start >= span.start && w.end <= span.end).at(-1)
  const beside = besideCue(before, after, lang, ownLast)
  if (beside) return { kind: beside, stated: true }
  const order = lang === 'en' || lang === 'ru' ? [...before, ...after] : [...after, ...before]
  for (const [index, word] of order.entries()) {
    const cue = expects(words, word)
      ? 'forecast'
      : afterFutureAuxiliary(words, word, lang) || decides(words, word)
        ? 'target'
        : (englishPhraseCue(words, word, lang) ?? cueOf(word.text, lang))
    if (cue === null || (cue === 'present' && index > 1)) continue
    // "from 42 at present to 60": "at present" dates the number before it, not the 60
    if (cue === 'present' && lang === 'en' && words[words.indexOf(word) - 1]?.text === 'at') continue
    // "the ferry will now make 12 crossings": a word of the moment after a modal speaks of the plan
    if (cue === 'present' && isIntentWord(words[words.indexOf(word) - 1]?.text ?? '', lang)) continue
    // "indi qayıqla 1 kilometrdən çox getməliyik": what one must do now is how things are, no plan
    if (cue === 'target' && NECESSITY_NOW.test(word.text) && words.some((w) => NOW_TR_AZ.test(w.text))) continue
    // "29 Mart'ta başlayacak yaz tarifesiyle … 14'ten 21'e çıkarıyor": a present continuous beside a future is a
    // schedule, the plan's
    if (cue === 'present' && lang === 'tr' && PRESENT_CONTINUOUS_TR.test(word.text) && hasFutureWord(words)) continue
    if (cue === 'present') return { kind: 'achieved', stated: true }
    // "… çıkarmak için", "… çatdırmaq barədə razılığa gəldik": the aim stays a target, unless the words after it
    // expect or plan it ("… ulaşmasının beklendiği")
    if (cue === 'goal') return { kind: goalKind(order.slice(index + 1, index + 5), lang), stated: true }
    // "2,5 milyar dolar olacağı hesaplanıyor": a future ending the next words qualify as a forecast or a plan
    const next = order.slice(index + 1, index + 3).find((w) => isLexicalIntent(w.text))
    // "… aşacağını bekliyor", "… keçəcəyini gözləyir": a future the next word expects is a forecast
    const expected = order.slice(index + 1, index + 3).some((w) => EXPECT_TR_AZ.test(w.text))
    if (cue === 'target' && expected && lang !== 'en' && lang !== 'ru') return { kind: 'forecast', stated: true }
    const qualified = next ? cueOf(next.text, lang) : null
    // "Ожидается, что товарооборот достигнет 3 млрд", "It is expected that trade will reach …": an expectation that
    // frames the clause before the figure makes its plan a forecast
    if (
      cue === 'target' &&
      (lang === 'en' || lang === 'ru') &&
      before.some((w) => cueOf(w.text, lang) === 'forecast')
    ) {
      return { kind: 'forecast', stated: true }
    }
    const kind =
      cue === 'target' && (qualified === 'target' || qualified === 'forecast') && lang !== 'en' && lang !== 'ru'
        ? qualified
        : cue
    return { kind, stated: true }
  }
  // a figure with no verb around it ("ticaret hacmi: 1 milyar dolar") reports a state of affairs
  return { kind: 'achieved', stated: false }
}

/** English participles right after a figure that say what it is: "3 million tonnes forecast for this year". */
const FORECAST_AFTER_EN = /^(forecast|projected|expected|estimated|predicted)$/u
const TARGET_AFTER_EN = /^(planned|targeted|envisaged|scheduled)$/u
/** Verbs of capacity: "can handle 15 million tonnes" states what a port does now, not what it might. */
const CAPACITY_EN = /^(handle|carry|process|accommodate|receive|store|hold|transport|ship|serve)$/u

/**
 * A cue standing right beside the figure that outranks the verbs further off: an English participle after it ("…
 * tonnes forecast for this year"), or a Turkish or Azerbaijani present value in a relative clause ("mevcut durumda
 * yıllık 16 milyar metreküp olan kapasitesinin … çıkarılması hedefleniyor": the 16 is what it is today).
 */
function besideCue(
  before: readonly Word[],
  after: readonly Word[],
  lang: string,
  ownLast: Word | undefined,
): FigureKind | null {
  const next = after[0]?.text ?? ''
  // "down from an average of about $3,400 today", "from 42 at present to 60": a value as of now
  if (lang === 'en' && /^(today|now|currently)$/u.test(next)) return 'achieved'
  if (lang === 'en' && next === 'at' && after[1]?.text === 'present') return 'achieved'
  if (lang === 'en' && putsAt(before)) return 'forecast'
  if (lang === 'en') return FORECAST_AFTER_EN.test(next) ? 'forecast' : TARGET_AFTER_EN.test(next) ? 'target' : null
  if (lang === 'ru') return null
  const named = aimNamedBefore(before, after)
  if (named) return named
  const isPresent = (w: Word | undefined) =>
    w !== undefined && (PRESENT_VALUE.test(w.text) || PRESENT_NOW_TR_AZ.test(w.text))
  const presentBefore = before.slice(0, 3).some(isPresent)
  if (presentBefore && after.slice(0, 2).some((w) => /^olan$/u.test(w.text))) return 'achieved'
  // "mevcut 62 çalışana ek olarak", "bugünkü yüzde 45 seviyesinden": a figure "current" qualifies right before it is
  // what is now, beside the plan the sentence tells (the copula's "olan" after a figure says nothing of when: "gücü 4
  // GW olan interkonnektorun 2032-ci ilə qədər istismara verilməsi" is a plan's)
  if (PRESENT_VALUE.test(before[0]?.text ?? '')) return 'achieved'
  // "sefer sayısının mevcut 42'den 56'ya çıkarılması": the value it rises from, as of now
  if (isPresent(before[0]) && ABLATIVE.test(ownLast?.text ?? '')) return 'achieved'
  // "geçen yıl devreye alınan 445 MW'lık santral", "ötən il istifadəyə verilən 230 MVt-lıq stansiya": a participle
  // right before the figure, dated last year, says what it already is
  if (PARTICIPLE_TR_AZ.test(before[0]?.text ?? '') && before.slice(1, 5).some((w) => LAST_YEAR_TR_AZ.test(w.text))) {
    return 'achieved'
  }
  // "2028'e kadar inşa edilecek 1.200 daire", "tikiləcək 1 200 mənzil": a future participle right before the figure
  // makes what it counts a thing still to come, whatever verb ends the sentence ("… də daxildir")
  if (FUTURE_PARTICIPLE_TR_AZ.test(before[0]?.text ?? '')) return 'target'
  // "yüklərin 70 faizi bu gün Azərbaycan gəmiləri ilə daşınır, amma …qorumaq üçün": what holds today
  const [first, second] = after
  return isPresent(first) || (first?.text === 'bu' && second?.text === 'gün') ? 'achieved' : null
}
/** Nouns that name a figure an aim or an expectation: "hedef", "hədəf", "tahmin", "öngörü", "proqnoz". */
const AIM_NOUN_TR_AZ = /^(?:(hedef|hədəf)|(tahmin|öngörü|proqnoz))\p{L}*$/u
/** Verbs that set, keep or revise a figure: "belirlenmiştir", "korumaktadır", "saxlanılıb", "müəyyən edilib". */
const SETS_OR_KEEPS_TR_AZ =
  /^(?:belirle|belirlen|koru|korun|sabit|revize|güncelle|güncellen|müəyyən|saxla|saxlan|qoru|yenilə|təsdiq|onayla|onaylan)/u
/** How far before a figure the noun that names it may stand ("tahmin aralığını 2027 yıl sonu için yüzde 13–17"). */
const AIM_NOUN_REACH = 8

/**
 * "enflasyon tahmin aralığını yüzde 21–25 … olarak korumaktadır", "Ara hedefler 2026 için yüzde 23 … olarak
 * belirlenmiştir": a figure the sentence names a target or a forecast, whose verb only sets or keeps it, is what its
 * noun says, though the verb is in the past.
 */
function aimNamedBefore(before: readonly Word[], after: readonly Word[]): FigureKind | null {
  const verb = after.find((w) => cueOf(w.text, 'tr') !== null)
  if (!verb || !SETS_OR_KEEPS_TR_AZ.test(verb.text)) return null
  const noun = before.slice(0, AIM_NOUN_REACH).find((w) => AIM_NOUN_TR_AZ.test(w.text))
  const match = noun && AIM_NOUN_TR_AZ.exec(noun.text)
  return !match ? null : match[1] ? 'target' : 'forecast'
}
/** The ablative ending of a number's last word: "42'den", "15-dən" (split off as a word), "15 milyon tondan". */
const ABLATIVE = /[dt][aeə]n$/u
/** "ASCO puts the total cost of the two vessels at $150 million": an estimate, read back from the "at" before it. */
function putsAt(before: readonly Word[]): boolean {
  const at = before.slice(0, 3).findIndex((w) => w.text === 'at')
  return at >= 0 && before.slice(at + 1, at + 12).some((w) => /^(?:put|puts|putting)$/u.test(w.text))
}
const PRESENT_NOW_TR_AZ = /^(hazırda|halihazırda|hâlihazırda|şu|günümüzde|bugün)$/u
/** A Turkish or Azerbaijani participle in "-an", "-en", "-ən" ("alınan", "verilən"), not the copula's "olan". */
const PARTICIPLE_TR_AZ = /^(?!olan$)\p{L}{2,}(?:y?[ae]n|y?ən)$/u
const LAST_YEAR_TR_AZ = /^(?:geçen|ötən|keçən)$/u
/** A Turkish or Azerbaijani future participle ("edilecek", "tikiləcək"), not "gelecek"/"gələcək" (the future). */
const FUTURE_PARTICIPLE_TR_AZ = /^(?!gelecek$|gələcək$)\p{L}{2,}(?:acak|ecek|acaq|əcək)$/u

/**
 * English phrases whose words mean more together: "can handle" is a capacity today (a possibility is "can reach"),
 * and "is being expanded", "is to be expanded" are plans under way, not results.
 */
function englishPhraseCue(words: readonly Word[], word: Word, lang: string): Cue {
  if (lang !== 'en') return null
  const at = words.indexOf(word)
  if (word.text === 'can' && CAPACITY_EN.test(words[at + 1]?.text ?? '')) return 'achieved'
  // "signed an agreement to build a 380-km cable": what an agreement or a plan is to build is still a plan
  const planned = words.slice(Math.max(0, at - 6), at - 1).some((w) => PLAN_NOUN_EN.test(w.text))
  if (BUILD_EN.test(word.text) && words[at - 1]?.text === 'to' && planned) return 'target'
  // "the fund's capital is to double to $1 billion": "is to" with a verb is a plan
  const next = words[at + 1]
  if (/^(?:is|are)$/u.test(word.text) && next?.text === 'to' && next.start === word.end + 1) return 'target'
  // "traders estimate that over a quarter could move …": the verb with its clause forecasts ("by the institute's
  // estimate" only reports one)
  if (word.text === 'estimate' && next?.text === 'that') return 'forecast'
  const previous = words[at - 1]?.text ?? ''
  // "the ministry wants it raised to 65% by 2030", "they want exports doubled": a result wished for is a plan
  const wished = WANT_EN.test(words[at - 2]?.text ?? '') || WANT_EN.test(words[at - 3]?.text ?? '')
  return PAST_EN.test(word.text) && (previous === 'being' || previous === 'be' || wished) ? 'target' : null
}

/** Verbs of wanting whose object a past participle completes ("wants it raised", "wanted the tariff lowered"). */
const WANT_EN = /^(?:want|wants|wanted)$/u

/** Verbs of making something that does not exist yet: after "to", the thing and its figures are a plan. */
const BUILD_EN = /^(?:build|construct|lay|develop|create|establish|set)$/u
/** Nouns and verbs of a plan or a deal that an infinitive of building may complete ("an agreement to build"). */
const PLAN_NOUN_EN =
  /^(?:agreement|deal|contract|plan|plans|project|memorandum|tender|decision|decided|agreed|approved)$/u

/**
 * "будет перевезено", "будут введены", "должно быть доведено": a participle after the future auxiliary, or after "быть"
 * that a word of duty or plan governs, is a plan, not a result.
 */
function afterFutureAuxiliary(words: readonly Word[], word: Word, lang: string): boolean {
  if (lang !== 'ru' || !PAST_RU.test(word.text)) return false
  const at = words.indexOf(word)
  const [auxiliary, governor] = [words[at - 1]?.text ?? '', words[at - 2]?.text ?? '']
  return (
    /^буд(?:ет|ут)$/u.test(auxiliary) ||
    (auxiliary === 'быть' && /^(?:должн|нужно|надо|необходимо|планиру|предстоит)/u.test(governor))
  )
}

/**
 * "… 500 bin tona çıkarılmasına karar verdi", "… artırılması qərara alınıb", "decided to raise it to …", "решил
 * закупить": a decision's
 * object is what is to be done, whatever tense the decision has.
 */
function decides(words: readonly Word[], word: Word): boolean {
  const at = words.indexOf(word)
  if (/^(?:decided|decides|decide)$/u.test(word.text)) return words[at + 1]?.text === 'to'
  // "… 150 min hektara çatdırılmasını təklif edib", "… artırılmasını önerdi": a proposal's object is a plan, too (a
  // bid, "11 firma teklif verdi", has no verbal noun before it)
  if (/^(?:teklif|təklif|öner)/u.test(word.text)) return /m[aeə]s[ıi]n[ıi]$/u.test(words[at - 1]?.text ?? '')
  if (!/^(?:karar|qərar)/u.test(word.text) || !DECISION_VERB.test(words[at + 1]?.text ?? '')) return false
  // "… alınmasına oy çokluğuyla karar verildi", "… alınmasına oybirliğiyle karar verdi": how it was voted may stand
  // between the verbal noun and the decision
  let k = at - 1
  while (k > at - 1 - MANNER_REACH && MANNER.test(words[k]?.text ?? '')) k--
  return /m[aeə]s[ıi](?:n[aeə])?$/u.test(words[k]?.text ?? '')
}
/** The light verb of a decision taken: "karar verildi", "karar aldı", "qərar verib", "qərara alınıb", "qərar qəbul etdi". */
const DECISION_VERB = /^(?:ver\p{L}*|al\p{L}*|qəbul)$/u
/** A vote's manner in the instrumental ("oy çokluğuyla", "oybirliğiyle", "səs çoxluğu ilə"), and its words before it. */
const MANNER = /^(?:oy|səs|\p{L}+(?:y?l[aeə]|ilə|ile)|çoxluğu|birliyi)$/u
/** How many words of manner may stand between the verbal noun and the decision. */
const MANNER_REACH = 3

/** "… 8 milyon tonu aşmasını beklediğini": an active "expect" whose object is a verbal noun. */
function expects(words: readonly Word[], word: Word): boolean {
  if (!EXPECT_TR_AZ.test(word.text)) return false
  const before = words[words.indexOf(word) - 1]
  return before !== undefined && VERBAL_NOUN_OBJECT.test(before.text)
}

/** The kind of an aim stated by an infinitive: a forecast when the next words say it is expected, else a target. */
function goalKind(next: readonly Word[], lang: string): FigureKind {
  // "… keçirilməyə cəhd göstərilib", "geçirmeye çalıştı": an attempt made is what was done, not an aim
  const attempt = next.findIndex((w) => ATTEMPT_TR_AZ.test(w.text))
  if (attempt >= 0 && ![next[attempt], next[attempt + 1]].some((w) => w && FUTURE_TR_AZ.test(w.text))) return 'achieved'
  return next.some((w) => cueOf(w.text, lang) === 'forecast') ? 'forecast' : 'target'
}

/** Turkish and Azerbaijani words of an attempt: "cəhd", "çalıştı", "teşebbüs". */
const ATTEMPT_TR_AZ = /^(?:cəhd|çalış|çalis|teşebbüs|tesebbüs)/u

/** Tells whether a word at a given position reads as a target or forecast cue (for figures stated without a number). */
export function isIntentWord(word: string, lang: string): boolean {
  const cue = cueOf(word, lang)
  return cue === 'target' || cue === 'forecast'
}
