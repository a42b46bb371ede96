import { NUMBER_WORD_SOURCE } from '../lexicon/date-words'
import type { FigureKind } from '../../schema/dataset'
import type { Span } from '../types'

/** What one word says about the figure next to it; 'goal' is an infinitive of aim, a target unless a cue overrides. */
type Cue = FigureKind | 'goal' | 'present' | null

/** A word of a folded sentence with its offsets. */
export interface Word extends Span {
  text: string
}

/** Splits a folded sentence into its words (letters only, so "Kazakistan'da" gives "kazakistan" and "da"). */
export function wordsOf(folded: string): Word[] {
  return [...folded.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/**
 * Aims: "hedef", "planlanıyor", "nəzərdə tutulur", and the necessitative, what must be done ("çıxarılmalıdır",
 * "artırılmalı", "ulaşmalıdır", "çıkarmalıyız", "artırmalıyıq").
 */
const TARGET_TR_AZ =
  /^(hedef|hədəf|öngör|planla|planl[ıi]yor|planlan|planlaş|plan(?:ı|i|lar|lər)?$|amaç|məqsəd|kararlaştır|kararlı|qərarlı|əzmli|taahhüt|mutabakat|mutabık|uzlaş|razılaş|razılaşdır|razılığ|nəzərdə|öhdəliy|niyyət|istiyor|istəyir)|(?:malıdır|məlidir|melidir|[ıiuü]lm[aeə]l[ıi]\p{L}*|m[aeə]l[ıi]y[ıi][zkq])$/u
/**
 * Expectation, assumption and possibility: "bekleniyor", "beklediğini", "varsaymaktadır", "gözlənilir", "ulaşabilir",
 * "çata bilər", "gündemde" (on the agenda). Azerbaijani "-a bilər" may; "-a bilir" is a present ability, no forecast
 * ("hər bərə 56 vaqon daşıya bilir").
 */
// (a valuation done, "dəyəri 153 min manat qiymətləndirilib", "hesaplandı", is no estimate of what is to come)
const FORECAST_TR_AZ =
  /^(beklen|tahmin|varsay|fərz|gözlən|proqnoz|ehtimal|potansiyel|potensial|(?:hesaplan|hesablan|qiymətləndiril)(?!(?:ib|di|dı|miş|mış)$)|qiymətləndirir|bilər$|mümkün|gündemde$|gündəmdədir$|gündəmdə$)|[aeə]bil(?:ir|ər|ecek|əcək)/u
/** "bekle-", "gözlə-" mean "expect" after a verbal noun ("aşmasını bekliyor") and "wait" elsewhere ("gemi beklediği"). */
const EXPECT_TR_AZ = /^(bekle|bekli|gözlə|gözlü)/u
const VERBAL_NOUN_OBJECT = /(?:m[aeə]s[ıi]n[ıi]|(?:acağ|eceğ|acaq|əcəy|əcəğ)[ıi]n[ıi])$/u
/**
 * Infinitives of a goal ("çatdırmaq", "çıkarmayı", "artırmağı", "yüksəltmək", with the copula "Məqsəd … çatdırmaqdır",
 * "Hedef … çıkarmaktır"): a figure before one is an aim, whatever
 * tense the verb that governs it has ("… çatdırmaq barədə razılığa gəldik": we agreed to bring it to …).
 */
const GOAL_INFINITIVE_TR_AZ =
  /(?:m[ae]k(?:t[ıi]r)?|m[aə]q(?:d[ıi]r)?|mək(?:d[ıi]r)?|m[aə]ğ\p{L}*|m[ae]y[ıi]|m[əe]y[iə]\p{L}*|m[ae]ğ[ıi]\p{L}*)$/u
const REPORTING_TR_AZ =
  /^(söyle|söylə|belirt|kaydet|dedi|demiş|deyil|deyib|ifade|vurgula|vurğula|açıkla|açıqla|bildir|aktar|dikkat|diqqət|duyur|paylaş|kullan|ekle|əlavə|hatırlat|konuş|qeyd|bəyan|anlat|ilet)/u
/** Turkish and Azerbaijani future participles and tenses (-acak/-ecek, -acaq/-əcək), but not "gelecek" (the future). */
const FUTURE_TR_AZ = /(acak|ecek|acağ|eceğ|acaq|əcək|acağ|əcəy)/u
const NOT_FUTURE = /^(gelece|gələcə)/u
/**
 * Past tense and past participles: the consonant agrees with the sound before it ("ulaştı", "oldu", "arttı"). Not the
 * second person "-dın", rare in news, whose ending a genitive shares ("hattın", "yurdun", "kadın").
 */
const PAST_TR_AZ = /(?:[çfhkpsşt]t|[^çfhkpsşt]d)([ıiuü])(?:k|m|q|lar|lər|ler|nız|niz|r)?$/u
/** Azerbaijani keeps "d" after a voiceless consonant too ("artdı", "çatdı", "keçdi"). */
const PAST_AZ = /(?:[çfhkpsşt]t|\p{L}d)([ıiuü])(?:k|m|q|lar|lər|nız|niz|r)?$/u
const BACK_VOWEL = /[aıou]/u
const ROUND_VOWEL = /[oöuü]/u
/**
 * Whether a past ending's vowel agrees with the stem's last vowel, as a suffix's must ("yaptık", "gəldi", "gördük"):
 * loanwords that end alike break the harmony ("optik", "pratik", "otomatik").
 */
function isHarmonicPast(word: string, lang: string): boolean {
  const match = (lang === 'az' ? PAST_AZ : PAST_TR_AZ).exec(word)
  const ending = match?.[1]
  if (!match || !ending) return false
  const stemVowel = [...word.slice(0, match.index + 1).matchAll(/[aıoueəiöü]/gu)].at(-1)?.[0]
  if (!stemVowel) return true
  return (
    BACK_VOWEL.test(stemVowel) === BACK_VOWEL.test(ending) && ROUND_VOWEL.test(stemVowel) === ROUND_VOWEL.test(ending)
  )
}
/**
 * Past participles with their possessive: "taşındığını", "olduğu", "gəldiyi", "yaptıkları"; the ending's next vowel
 * keeps "ihtiyacı", "ihtiyaç" (whose "-htiy-" looks alike) out.
 */
const PAST_PARTICIPLE = /(?:[çfhkpsşt]t|[^çfhkpsşt]d)[ıiuü](?:ğ[ıiuü]|y[iı]|kl[aeə]r)/u
const EVIDENTIAL = /(?:[^aeıioöuüə](?:ıb|ib|ub|üb)(?:dır|dir|dur|dür)?$|(?:mış|miş|muş|müş))/u
/** Words ending like a past tense that are none: "kendi", "şimdi", and nouns in the possessive ("hattı", the line). */
const NOT_PAST = new Set(['kendi', 'şimdi', 'yedi', 'hindi', 'ordu', 'maddi', 'artıq', 'indi', 'hattı', 'hatti'])
/**
 * The optative of the first person plural on a verb's "-(d)ır" stem: "1 milyard dollara çatdıraq", "artıraq",
 * "genişləndirək", "çıkaralım", "ulaştıralım" (let us bring it to …), a wish for what is still to be done. Verbs of
 * saying in the same mood ("bildirək ki", "let us note") are left to the reporting words before it.
 */
const OPTATIVE_TR_AZ = /[ıiuü]r(?:aq|ək|alım|elim)$/u

// "ll" is the will of "we'll", "they'll", split off at its apostrophe
const TARGET_EN =
  /^(aim|aims|aimed|aiming|target|targets|targeted|targeting|plan|plans|planned|planning|will|ll|shall|intend|intends|intended|goal|goals|seek|seeks|commit|commits|committed|pledge|pledged|pledges|agreed|want|wants|wanted|envisage[sd]?|envisaged|scheduled|propose|proposes|proposing|proposed|due|budgeted|earmarked|recommended|recommends|meant|supposed|hope|hopes|hoped|hoping)$/u
const FORECAST_EN =
  /^(expect|expects|expected|forecast|forecasts|forecasted|projected|predicted|predicts|estimated|estimates|likely|could|would|should|may|might|can|potential|assumes|assumed|assuming)$/u
const ACHIEVED_EN =
  /^(reached|rose|grew|increased|fell|declined|dropped|totaled|totalled|amounted|stood|stands|totals|amounts|was|were|hit|climbed|exceeded|surged|jumped|shipped|transported|handled|carried|became|delivered|exported|imported|doubled|tripled|went|won|paid|sold|bought|built|spent|took|sent|brought|lost)$/u
/**
 * Russian perfective verbs in the future ("составит", "вырастет", "сократится", "получит", "введёт", "проложат",
 * "откроют"): what a figure
 * will be, as "will" is in English. Their present-looking ending is the perfective's future, so they are listed.
 */
const FUTURE_PERFECTIVE_RU =
  /^(?:состав|превыс|получ|запуст|постро|постав|обеспеч|достав|удво|утро|пополн|увелич|сократ|сниз|заверш|соедин|выдел|повыс|удлин|расшир)(?:ит|ят|им)(?:ся)?$|^(?:выраст|перевез|перевезё|введ|введё|приобрет|приобретё|займ|займё|нач?н)(?:ет|ут|ём|ем|ёт)$|^(?:пролож|свяж)(?:ит|ат|ет|ут)$|^откро(?:ет|ют|ем)$/u
const TARGET_RU =
  /^(должен|должна|должно|должны|предстоит|ориентир\p{L}*|целев\p{L}*|планиру\p{L}*|планиров\p{L}*|запланир\p{L}*|намерен\p{L}*|цель\p{L}*|достигнет|достигнут|план|плана|плану|планы|готов|готова|готовы|предусматрива\p{L}*|предусмотрен\p{L}*|рассчитыва\p{L}*|потребуется|потребуются|понадобится|понадобятся|увеличат|нарастят|будет|будут|договорились|довести|нарастить|увеличить|хотят|хочет|стремится|надеется|надеются|надеемся|задач\p{L}*|обязу\p{L}*|обязал\p{L}*|обязан\p{L}*|обязательств\p{L}*)$/u
// the verb "ожидать" (expect), not the noun "ожидание" (a wait)
// an estimate in the past tense ("рынок в 2025 году оценивался в 2,4 млрд") measured what was: not a forecast
const FORECAST_RU =
  /^(ожида(?:ет|ют|ется|ются|ем|лось|лся|лась|лись|ли)|потенциал\p{L}*|прогноз\p{L}*|предполага\p{L}*|может|могут|способн(?!ост)\p{L}*|оценива(?!л)\p{L}*|вероятно)$/u
const ACHIEVED_RU =
  /^(оценивал(?:ся|ась|ось|ись|и|а)?|составил\p{L}*|насчитыва(?:ет|ют)|располага(?:ет|ют)|достиг|достигла|достигло|достигли|вырос|выросла|выросло|выросли|увеличил\p{L}*|превысил\p{L}*|снизил\p{L}*|сократил\p{L}*|перевезено|перевезли|поставлено|стал|стала|стало)$/u
/**
 * "с нынешних 15 млн до 25 млн тонн", "from the current 15 million to 25": words of the present value, which speak
 * only for the number right after them (the 25 is still the plan's).
 */
const PRESENT_VALUE =
  /^(нынешн\p{L}*|текущ(?:ий|ая|ее|его|их|ей|им)|сегодняшн\p{L}*|сегодня|сейчас|ныне|current|currently|present|now|mevcut|hazırkı|mövcud|bugünkü|şimdiki|indiki)$/u

/** Whether a future ending stands among a sentence's words ("başlayacak", "olacak"). */
const hasFutureWord = (words: readonly Word[]) =>
  words.some((w) => FUTURE_TR_AZ.test(w.text) && !NOT_FUTURE.test(w.text))

/** Nouns of probability in the four languages. */
const PROBABILITY = /^(?:probability|likelihood|olasılı\p{L}*|ihtimal\p{L}*|ehtimal\p{L}*|вероятност\p{L}*)$/u

/** The Turkish present continuous, a finite verb: "sürüyor", "alıyor", "taşınıyor", "çalışıyorlar". */
const PRESENT_CONTINUOUS_TR = /\p{L}{2,}[ıiuü]?yor(?:lar|du)?$/u

/**
 * Past tense and short passive participles in Russian ("выполнили", "прошло", "выросла", "перевезено", "введены"; the
 * masculine "-ал/-ил" is left to the word list, since "терминал", "капитал" end so too, and short words like "цена",
 * "страны" are no participles), and the regular past in English ("handled", "shipped"; not "exceed", "need"): a
 * figure they report was achieved.
 */
const PAST_RU = /^(?:\p{L}{2,}[аяиеыу]л(?:а|о|и|ся|ась|ось|ись)|\p{L}{4,}[еаё]н[оы])$/u
const PAST_EN = /^[a-z]{2,}[^e]ed$/u

/** What may stand before a capitalised word that opens a sentence or a quotation rather than naming something. */
const OPENS_TEXT = /(?:^|["«“„'‘(:]|\s[—–-])\s*$/u

/**
 * The words that may say what kind a figure is: not the names inside a sentence ("Iğdır", "Aralık", "Сердар"), which
 * can end like a verb, and never are one in Turkish, Azerbaijani or Russian. English capitalises headlines' words,
 * so it keeps them all.
 */
export function kindWords(words: readonly Word[], text: string, lang: string): readonly Word[] {
  // "Between January and May": the month, not the modal; "employ an estimated 25,000 people": a rough count of
  // what is, not an estimate of what will be
  if (lang === 'en')
    return words.filter(
      (w, index) =>
        (text.slice(w.start, w.end) !== 'May' || OPENS_TEXT.test(text.slice(0, w.start))) &&
        !(w.text === 'estimated' && /(?:^|\s)an\s+$/iu.test(text.slice(Math.max(0, w.start - 4), w.start))) &&
        !isParticipleAfterNoun(words, index, text),
    )
  return words.filter(
    (w) => !/^\p{Lu}\p{Ll}/u.test(text.slice(w.start, w.start + 2)) || OPENS_TEXT.test(text.slice(0, w.start)),
  )
}

/** What follows a past participle that qualifies the noun before it: a preposition or an adverb in "-ly". */
const AFTER_PARTICIPLE = /^(?:on|in|at|by|from|via|through|under|over|for|with|into|onto|across|\p{L}+ly)$/u
/** What a past tense follows as its subject or helper, where "-ed" is a verb of the clause: not a noun. */
const BEFORE_VERB = /^(?:was|were|been|be|being|has|have|had|is|are|it|they|we|he|she|which|that|who|and)$/u

/**
 * A word that qualifies a noun, not the figure: the second half of a compound ("a programme-targeted grant",
 * "state-owned Turkmengaz"), or a regular past participle right after a noun and before a preposition or an adverb,
 * in the object of a plan ("wants to raise the share of milk produced on commercial farms to 50%", "aims to raise the
 * share of declarations released automatically"), which reports nothing done.
 */
function isParticipleAfterNoun(words: readonly Word[], index: number, text: string): boolean {
  const word = words[index]
  if (!word) return false
  if (/\p{L}[-‐]$/u.test(text.slice(Math.max(0, word.start - 2), word.start))) return true
  // ("$180 million planned for", "an upgrade estimated at": a plan's or an estimate's participle says so, and stays)
  if (cueOf(word.text, 'en') !== 'achieved' || ACHIEVED_EN.test(word.text)) return false
  const [before, after] = [words[index - 1], words[index + 1]]
  const adjoining = (a: Word, b: Word) => /^\s+$/u.test(text.slice(a.end, b.start))
  const planBefore = words.slice(0, index).some((w) => cueOf(w.text, 'en') === 'target')
  return (
    planBefore &&
    before !== undefined &&
    after !== undefined &&
    adjoining(before, word) &&
    adjoining(word, after) &&
    !BEFORE_VERB.test(before.text) &&
    AFTER_PARTICIPLE.test(after.text)
  )
}

/** Tells whether a word is a target or forecast by its meaning, not only by its future ending. */
const isLexicalIntent = (word: string) => FORECAST_TR_AZ.test(word) || TARGET_TR_AZ.test(word)

/** Classifies one folded word as a cue for the kind of figure near it. */
function cueOf(word: string, lang: string): Cue {
  if (PRESENT_VALUE.test(word)) return 'present'
  // "(olasılık: yüzde 50)", "probability: 50%", "вероятность 50%": a probability is a forecast by what it is
  if (PROBABILITY.test(word)) return 'forecast'
  if (lang === 'en')
    return TARGET_EN.test(word)
      ? 'target'
      : FORECAST_EN.test(word)
        ? 'forecast'
        : ACHIEVED_EN.test(word) || PAST_EN.test(word)
          ? 'achieved'
          : null
  if (lang === 'ru')
    return TARGET_RU.test(word) || FUTURE_PERFECTIVE_RU.test(word)
      ? 'target'
      : FORECAST_RU.test(word)
        ? 'forecast'
        : ACHIEVED_RU.test(word) || PAST_RU.test(word)
          ? 'achieved'
          : null
  if (FORECAST_TR_AZ.test(word)) return 'forecast'
  if (TARGET_TR_AZ.test(word)) return 'target'
  // "11-12 gün sürüyor", "18 gün alıyor": the Turkish present continuous tells what is, right after the figure
  if (lang === 'tr' && PRESENT_CONTINUOUS_TR.test(word)) return 'present'
  // "bu, … 58 faizi deməkdir", "%58 demektir": "to mean" states what a figure is, it aims at nothing
  if (GOAL_INFINITIVE_TR_AZ.test(word) && word.length > 5 && !/^de(?:mək|mek)/u.test(word)) return 'goal'
  if (FUTURE_TR_AZ.test(word) && !NOT_FUTURE.test(word)) return 'target'
  if (REPORTING_TR_AZ.test(word) || NOT_PAST.has(word) || word.length < 4) return null
  if (OPTATIVE_TR_AZ.test(word)) return 'target'
  // "lojistik", "istatistik", "turistik": loanwords in "-istik" end like "-tik" (we did), with the stem's own vowel
  if (/istik$/u.test(word)) return null
  return isHarmonicPast(word, lang) || PAST_PARTICIPLE.test(word) || EVIDENTIAL.test(word) ? 'achieved' : null
}

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
 * "… 500 bin tona çıkarılmasına karar verdi", "… artırılması qərara alınıb", "decided to raise it to …": a decision's
 * object is what is to be done, whatever tense the decision has.
 */
function decides(words: readonly Word[], word: Word): boolean {
  const at = words.indexOf(word)
  if (/^(?:decided|decides|decide)$/u.test(word.text)) return words[at + 1]?.text === 'to'
  // "… 150 min hektara çatdırılmasını təklif edib", "… artırılmasını önerdi": a proposal's object is a plan, too (a
  // bid, "11 firma teklif verdi", has no verbal noun before it)
  if (/^(?:teklif|təklif|öner)/u.test(word.text)) return /m[aeə]s[ıi]n[ıi]$/u.test(words[at - 1]?.text ?? '')
  return /^(?:karar|qərar)/u.test(word.text) && /m[aeə]s[ıi](?:n[aeə])?$/u.test(words[at - 1]?.text ?? '')
}

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

/** A count of years in words or digits, as a relative horizon gives it ("üç", "3", "three", "трёх", "пяти"). */
export const YEAR_COUNT_SOURCE = `(?:\\d{1,2}|${NUMBER_WORD_SOURCE}|bir|one|одного|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти)`
const YEARS_AFTER = `${YEAR_COUNT_SOURCE}\\s+`

/** Open horizons for a target, by language ("yakın gelecekte", "yaxın gələcəkdə", "in the near future"). */
const HORIZONS = new RegExp(
  `(?<![\\p{L}])(?:${[
    'yakın gelecekte',
    'yakında',
    'kısa (?:sürede|vadede|zamanda)',
    'önümüzdeki (?:dönemde|yıllarda|süreçte)',
    '(?:orta|uzun) vadede',
    'yaxın gələcəkdə',
    'tezliklə',
    'qısa (?:müddətdə|zamanda)',
    '(?:yaxın|qarşıdakı|növbəti) illərdə',
    '(?:orta|uzun) müddətli (?:dövrdə|perspektivdə)',
    'in the near future',
    'in the coming years',
    'in the (?:medium|long) term',
    'soon',
    'shortly',
    'в ближайшее время',
    'в ближайшие годы',
    'в ближайшем будущем',
    'в скором времени',
    'в (?:средне|долго)срочной перспективе',
    // a count of years from the statement: "üç yıl içinde", "üç il ərzində", "in three years", "в течение трёх лет"
    `(?:önümüzdeki )?${YEARS_AFTER}yıl (?:içinde|içerisinde|zarfında)`,
    `önümüzdeki ${YEARS_AFTER}yılda`,
    `(?:növbəti |qarşıdakı |yaxın )?${YEARS_AFTER}il (?:ərzində|müddətində|içində)`,
    `(?:növbəti|qarşıdakı|yaxın) ${YEARS_AFTER}ildə`,
    `(?:in|within) (?:the next )?${YEARS_AFTER}years?`,
    'within a year',
    `over the next ${YEARS_AFTER}years`,
    `(?:в течение|через|в ближайшие|за) ${YEARS_AFTER}(?:лет|года?)`,
  ].join('|')})(?![\\p{L}])`,
  'gu',
)

/** Finds where open horizons stand in a folded sentence; dates inside them ("önümüzdeki yıllarda") are not deadlines. */
export function horizonSpans(folded: string): Span[] {
  return [...folded.matchAll(HORIZONS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** Finds the open horizon words nearest to `near` in a sentence, verbatim from the original text, or null. */
export function findHorizon(original: string, folded: string, near: Span): string | null {
  const distance = (h: Span) => Math.abs(h.start - near.start)
  const best = horizonSpans(folded).reduce<Span | null>(
    (a, b) => (a === null || distance(b) < distance(a) ? b : a),
    null,
  )
  return best ? original.slice(best.start, best.end) : null
}
