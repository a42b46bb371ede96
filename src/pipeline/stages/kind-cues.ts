import type { FigureKind } from '../../schema/dataset'
import type { Span } from '../types'

// What one word says about the kind of the figure beside it: the verbs' tenses, moods and meanings in the four
// languages (a goal, an expectation, a result), read by figure-kind.ts.

/** What one word says about the figure next to it; 'goal' is an infinitive of aim, a target unless a cue overrides. */
export type Cue = FigureKind | 'goal' | 'present' | null

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
export const EXPECT_TR_AZ = /^(bekle|bekli|gözlə|gözlü)/u
export const VERBAL_NOUN_OBJECT = /(?:m[aeə]s[ıi]n[ıi]|(?:acağ|eceğ|acaq|əcəy|əcəğ)[ıi]n[ıi])$/u
/**
 * Infinitives of a goal ("çatdırmaq", "çıkarmayı", "artırmağı", "yüksəltmək", with the copula "Məqsəd … çatdırmaqdır",
 * "Hedef … çıkarmaktır"): a figure before one is an aim, whatever
 * tense the verb that governs it has ("… çatdırmaq barədə razılığa gəldik": we agreed to bring it to …).
 */
const GOAL_INFINITIVE_TR_AZ =
  /(?:m[ae]k(?:t[ıi]r)?|m[aə]q(?:d[ıi]r)?|mək(?:d[ıi]r)?|m[aə]ğ\p{L}*|m[ae]y[ıi]|m[əe]y[iə]\p{L}*|m[ae]ğ[ıi]\p{L}*)$/u
export const REPORTING_TR_AZ =
  /^(söyle|söylə|belirt|kaydet|dedi|demiş|deyil|deyib|ifade|vurgula|vurğula|açıkla|açıqla|bildir|aktar|dikkat|diqqət|duyur|paylaş|kullan|ekle|əlavə|hatırlat|konuş|qeyd|bəyan|anlat|ilet)/u
/** Turkish and Azerbaijani future participles and tenses (-acak/-ecek, -acaq/-əcək), but not "gelecek" (the future). */
export const FUTURE_TR_AZ = /(acak|ecek|acağ|eceğ|acaq|əcək|acağ|əcəy)/u
export const NOT_FUTURE = /^(gelece|gələcə)/u
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
/**
 * The third person's imperative, what a decree orders or a letter demands be done: passive stems ("verilsin",
 * "yaradılsın", "çatdırılsın", "alınsın", "hazırlansın", "bölgeselleştirilsin") and the light verbs ("təmin etsin",
 * "həyata keçirsin"). Active stems are left out, since a noun's genitive ends alike ("prosesin", "kursun",
 * "Ajansın").
 */
const JUSSIVE_TR_AZ = /\p{L}{2,}(?:[ıiuü][ln]|l[aeə]n)s[ıiuü]n(?:lar|lər)?$|^(?:etsin|keçirsin|versin)(?:lər)?$/u

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
export const FUTURE_PERFECTIVE_RU =
  /^(?:состав|превыс|получ|запуст|постро|постав|обеспеч|достав|удво|утро|пополн|увелич|сократ|сниз|заверш|соедин|выдел|повыс|удлин|расшир)(?:ит|ят|им)(?:ся)?$|^(?:выраст|перевез|перевезё|введ|введё|приобрет|приобретё|займ|займё|нач?н)(?:ет|ут|ём|ем|ёт)$|^(?:пролож|свяж)(?:ит|ат|ет|ут)$|^откро(?:ет|ют|ем)$/u
/** Russian aims: "должен", "планируется", "цель", and a decision taken to do it ("решил закупить", "решено"). */
const TARGET_RU =
  /^(должен|должна|должно|должны|предстоит|решил[аио]?$|решено$|ориентир\p{L}*|целев\p{L}*|планиру\p{L}*|планиров\p{L}*|запланир\p{L}*|намерен\p{L}*|цель\p{L}*|достигнет|достигнут|план|плана|плану|планы|готов|готова|готовы|предусматрива\p{L}*|предусмотрен\p{L}*|рассчитыва\p{L}*|потребуется|потребуются|понадобится|понадобятся|увеличат|нарастят|будет|будут|договорились|довести|нарастить|увеличить|хотят|хочет|стремится|надеется|надеются|надеемся|задач\p{L}*|обязу\p{L}*|обязал\p{L}*|обязан\p{L}*|обязательств\p{L}*)$/u
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
export const PRESENT_VALUE =
  /^(нынешн\p{L}*|текущ(?:ий|ая|ее|его|их|ей|им)|сегодняшн\p{L}*|сегодня|сейчас|ныне|current|currently|present|now|mevcut|hazırkı|mövcud|bugünkü|şimdiki|indiki)$/u

/** Whether a future ending stands among a sentence's words ("başlayacak", "olacak"). */
export const hasFutureWord = (words: readonly Word[]) =>
  words.some((w) => FUTURE_TR_AZ.test(w.text) && !NOT_FUTURE.test(w.text))

/** Nouns of probability in the four languages. */
const PROBABILITY = /^(?:probability|likelihood|olasılı\p{L}*|ihtimal\p{L}*|ehtimal\p{L}*|вероятност\p{L}*)$/u

/** The Turkish present continuous, a finite verb: "sürüyor", "alıyor", "taşınıyor", "çalışıyorlar". */
export const PRESENT_CONTINUOUS_TR = /\p{L}{2,}[ıiuü]?yor(?:lar|du)?$/u

/**
 * Past tense and short passive participles in Russian ("выполнили", "прошло", "выросла", "перевезено", "введены"; the
 * masculine "-ал/-ил" is left to the word list, since "терминал", "капитал" end so too, and short words like "цена",
 * "страны" are no participles), and the regular past in English ("handled", "shipped"; not "exceed", "need"): a
 * figure they report was achieved.
 */
export const PAST_RU = /^(?:\p{L}{2,}[аяиеыу]л(?:а|о|и|ся|ась|ось|ись)|\p{L}{4,}[еаё]н[оы])$/u
export const PAST_EN = /^[a-z]{2,}[^e]ed$/u

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
export const isLexicalIntent = (word: string) => FORECAST_TR_AZ.test(word) || TARGET_TR_AZ.test(word)

/** Classifies one folded word as a cue for the kind of figure near it. */
export function cueOf(word: string, lang: string): Cue {
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
  if (OPTATIVE_TR_AZ.test(word) || JUSSIVE_TR_AZ.test(word)) return 'target'
  // "lojistik", "istatistik", "turistik": loanwords in "-istik" end like "-tik" (we did), with the stem's own vowel
  if (/istik$/u.test(word)) return null
  return isHarmonicPast(word, lang) || PAST_PARTICIPLE.test(word) || EVIDENTIAL.test(word) ? 'achieved' : null
}
