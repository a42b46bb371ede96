import { TIME_UNITS, type Quantity } from '../lexicon/numbers'

/**
 * Numbers a sentence does not state as facts: asked about, denied, or a list's numbering. A fact-check, an interview
 * and a listicle are full of them, and each would be a wrong figure on screen.
 */

/** "Вопрос (Lada.kz): …", "Soru: …", "Sual: …", "Question: …", "Q: …": a question put at a briefing or interview. */
const QUESTION_LABEL = /^\s*(?:вопрос|soru|sual|question|q)\s*(?:\([^()]*\))?\s*[:—–-]/iu
/** A sentence asks when it ends with a question mark, maybe inside closing quotes. */
const ASKS = /\?["'”’»)]*\s*$/u

/** Tells whether a sentence asks rather than states ("Will trade reach $5 billion?", "Вопрос: … 400 млрд тенге."). */
export const isQuestion = (sentence: string): boolean => ASKS.test(sentence) || QUESTION_LABEL.test(sentence)

/**
 * "1. 224 kilometre", "2) 1,9 milyar dolar": a number that opens its sentence and a list item, not a count; "6.1 SOĞUK
 * ZİNCİRDE BÖLGESEL LİDERLİK", "5.2 What we will do": a section's number in its parts opening a heading; "Söz 3:",
 * "Promise 3:", "Обещание 3:", "Vəd 3:": a programme's numbered promise.
 */
export const isListMarker = (sentence: string, quantity: Quantity): boolean => {
  if (quantity.unit !== 'count') return false
  const before = sentence.slice(0, quantity.start)
  const after = sentence.slice(quantity.end)
  // "1. 224 kilometre", "3) …", and a notice's numbered item, "1 - İdarenin a) Adı: …", "10 - Konsorsiyum olarak …"
  if (/^\s*$/u.test(before))
    return /^(?:[.)]|\s+[-–]\s+\p{Lu})\s*\S/u.test(after) || SECTION_NUMBER.test(sentence.slice(quantity.start))
  // "(2) Başvuruda …", "MADDE 6 – (1) Bu Tebliğin amacı …", "Article 4(2)": a law's or a notice's numbered paragraph
  if (PARAGRAPH_OPEN.test(before) && /^\)\s*\S/u.test(after)) return true
  // "Yönetmeliğin 21 inci maddesinde", "24 üncü maddesi": a Turkish ordinal with its suffix spaced off, as laws write it
  if (SPACED_ORDINAL.test(after)) return true
  return PROMISE_LABEL.test(before) && /^\s*[:.)]/u.test(after)
}
/** What opens a numbered paragraph: a bracket alone, maybe after its article's label ("MADDE 6 – ("). */
const PARAGRAPH_OPEN = /^\s*(?:(?:madde|maddə|article|статья)\s+\d{1,3}\s*[-–—.]?\s*)?\($/iu
/** A Turkish ordinal's suffix spaced off its number: "21 inci", "3 üncü", "40 ıncı". */
const SPACED_ORDINAL = /^\s(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)(?![\p{L}])/u
/** A section's number in parts, then its heading's words: "6.1 SOĞUK …", "5.2 What we will do". */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+\p{L}/u
/** A numbered promise's label opening the sentence. */
const PROMISE_LABEL = /^\s*(?:söz|vəd|vaat|promise|pledge|commitment|обещание|обязательство)\s*(?:№|no\.?)?\s*$/iu

/**
 * "it is not a threefold rise", "не 900 тысяч, а 600", "üç kat değil", "üç dəfə deyil": a number the sentence denies.
 * Not "not more than", "не менее", "no fewer than", which bound a number and say it.
 */
const DENIED_BEFORE: Readonly<Record<string, RegExp>> = {
  // "…, not the USD 11 million quoted in several newsletters"
  en: /(?<![\p{L}])not\s+(?:an?\s+|even\s+|the\s+)?(?:(?:usd|eur|us\$|\$)\s*)?$/u,
  ru: /(?<![\p{L}])не\s+$/u,
}
const DENIED_AFTER: Readonly<Record<string, RegExp>> = {
  tr: /^\s*(?:[\p{L}'’]+\s+)?değil(?![\p{L}])/u,
  // "Düzəliş: 22 yox, 20 ton": spoken Azerbaijani corrects a number with "yox" (no) and the right one after
  az: /^\s*(?:[\p{L}'’]+\s+)?(?:deyil(?![\p{L}])|yox\s*,\s*\d)/u,
}

/** Tells whether the sentence denies the number at `quantity` (folded text). */
export function isDenied(folded: string, quantity: Quantity, lang: string): boolean {
  const before = DENIED_BEFORE[lang]?.test(folded.slice(Math.max(0, quantity.start - 16), quantity.start)) ?? false
  return before || (DENIED_AFTER[lang]?.test(folded.slice(quantity.end, quantity.end + 24)) ?? false)
}

/**
 * Words that refute a claim the clause reports: "denied reports that", "were exaggerated", "опровергли сообщения",
 * "не соответствует действительности", "haberlerin gerçeği yansıtmadığını", "iddialarını yalanladı", "məlumatı
 * təkzib edib", "were refuted", "xəbərlər təsdiqini tapmayıb", "не подтвердились".
 */
const REFUTES =
  /(?<![\p{L}])(?:(?:denied|dismissed|rejected)\s+(?:[\p{L}-]+\s+){0,4}(?:reports?|claims?)|(?:were|was|are|is)\s+(?:greatly\s+|much\s+)?(?:exaggerated|overstated|untrue|inaccurate|wrong|false|incorrect)|refuted|not\s+correspond\p{L}*\s+to\s+reality|unconfirmed|опроверг\p{L}*|не\s+соответству\p{L}*\s+действительности|не\s+подтвердил\p{L}*|не\s+нашл\p{L}*\s+подтверждени\p{L}*|gerçeği\s+yansıtm\p{L}*|yalanla\p{L}*|doğru\s+olmadığını|doğrulanma\p{L}*|asılsız\p{L}*|təkzib\p{L}*|həqiqəti\s+əks\s+etdirm\p{L}*|təsdiqini\s+tapma\p{L}*)(?![\p{L}])/u
/** A semicolon or a colon: what follows ("; bakanlık … 3,1 milyon ton olduğunu açıkladı") is told apart. */
const STRONG_BREAK = /[;:]/gu

/**
 * Tells whether a number is the claim a clause refutes ("It denied local media reports that the claim had swollen to
 * 60 billion tenge", "Сообщения о том, что цена поднимется до 200 долларов, … опровергли"): the stretch of the
 * sentence between two semicolons or colons that holds both. A number shown wrong is none to show.
 */
export function isRefuted(folded: string, quantity: Quantity): boolean {
  if (!REFUTES.test(folded)) return false
  const breaks = [...folded.matchAll(STRONG_BREAK)].map((m) => m.index)
  const start = breaks.filter((at) => at < quantity.start).at(-1) ?? -1
  const end = breaks.find((at) => at >= quantity.end) ?? folded.length
  return REFUTES.test(folded.slice(start + 1, end))
}

/** A definite word before a count in words: "the two vessels", "bu iki gəmi", "эти два парома" name ones told before. */
const DEFINITE_BEFORE: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:the|these|those)\s+$/u,
  tr: /(?<![\p{L}])(?:bu|şu)\s+$/u,
  az: /(?<![\p{L}])(?:bu|həmin)\s+$/u,
  ru: /(?<![\p{L}])(?:эти|этих|этим|этими|те|тех)\s+$/u,
}

/**
 * Tells whether a count restates things already counted ("ASCO puts the total cost of the two vessels at $150
 * million"), or is half of a compound adjective ("twenty-foot", "40-футового"): no new count either way. Turkish and
 * Azerbaijani hyphens carry case endings ("13-ə çatıb"), so only English and Russian compounds are read so.
 */
export function isNoNewCount(folded: string, quantity: Quantity, lang: string): boolean {
  if (quantity.unit !== 'count') return false
  const before = folded.slice(Math.max(0, quantity.start - 8), quantity.start)
  if (quantity.written === 'words' && (DEFINITE_BEFORE[lang]?.test(before) ?? false)) return true
  return (lang === 'en' || lang === 'ru') && /^-\p{L}/u.test(folded.slice(quantity.end, quantity.end + 2))
}

/**
 * "Diyelim ki …", "Tutaq ki …", "Suppose …", "Допустим, …", "Условный пример: …", "Illustration only: …", "To
 * illustrate the arithmetic only: …", "Для иллюстрации: …": a sentence that opens a hypothetical or an illustration,
 * maybe after a few words of a speaker's lead-in ("Şöyle anlatayım: Diyelim ki …"). (English is folded as Turkish is, so
 * its capital I is "ı".)
 */
const HYPOTHETICAL_OPENER =
  /^\s*(?:[-–—]\s*)?(?:[^.:!?\d]{1,30}:\s*)?(?:diyelim ki|farz edelim ki|varsayalım ki|tutaq ki|fərz edək ki|suppose|supposing|let's say|let us say|let's assume|let us assume|[iı]magine|допустим|предположим|представим(?:\s+себе)?|условный пример|простой пример|hypothetical example|[iı]llustrative example|a simple example|(?:for\s+)?[iı]llustration(?:\s+only)?|to [iı]llustrate|by way of [iı]llustration|для иллюстрации|в качестве иллюстрации|örnekleme amacıyla|yalnızca örnek|varsayımsal (?:bir )?örnek|basit bir örnek|şərti nümunə|sadə bir misal)(?![\p{L}])/u

/**
 * A question told, not asked: an asking word and "whether", "ли" or a Turkic "X-ip X-me-" form of the asked clause
 * ("asked whether trade could reach …", "поинтересовался, может ли …", "çıkarılıp çıkarılmayacağına ilişkin bir
 * soruya", "mümkün olub-olmadığını soruşub").
 */
const TOLD_QUESTIONS: Readonly<Record<string, readonly [asking: RegExp, clause: RegExp]>> = {
  en: [/(?<![\p{L}])(?:asked|asks|wondered|inquired|enquired|question)/u, /(?<![\p{L}])(?:whether|if)(?![\p{L}])/u],
  ru: [/спросил|спрашива|поинтересова|интересует|вопрос/u, /(?<![\p{L}])ли(?![\p{L}])/u],
  tr: [/soru|sordu|sorul|merak/u, /\p{L}+(?:[ıiuü]p)\s+\p{L}+m[ae](?:yacağ|yeceğ|dığ|diğ)\p{L}*/u],
  az: [/soruş|sual|maraqlan/u, /\p{L}+(?:[ıiuü]b)[-\s]\p{L}+m[aə](?:dığ|diy|yacağ|yəcəy)\p{L}*/u],
}

/**
 * "Deyilənə görə", "В некоторых СМИ писали, что", "rumours", press reports ("Bəzi KİV-lərdə … yayılan məlumat") ("… aştığı yönündeki haberler", "сообщения о
 * том, что …", "local media reports that …", "an online outlet reported", "a report in Russian media"), and claims:
 * "якобы", "allegedly", "guya", "iddiasında bulundu", "claimed", "в соцсетях разошлась публикация": what others are said
 * to have said.
 */
const HEARSAY =
  /(?:read|seen|heard) (?:it )?in the (?:press|papers|media)|basında\s+(?:\S+\s+){0,8}yazıldı|mətbuatda\s+(?:\S+\s+){0,8}yazılıb|в прессе (?:писали|появил\p{L}* (?:сообщени|информаци)\p{L}*)|(?<![\p{L}])(?:the )?press (?:has )?reported|deyilənə görə|yönündeki (?:haber|iddia|söylenti)\p{L}*|basında (?:yer alan|çıkan)|(?:mətbuatda|mediada|kütləvi informasiya vasitələrində) (?:yayılan|dərc olunan)|kiv-l[əe]rd[əe]|(?:yayılan|dolaşan) (?:məlumat|xəbər|bilgi|haber)\p{L}*|сообщени\p{L}* о том|в (?:местных |ряде )?сми|(?:local |some )?(?:media|press) reports|iddialara gör[eə]|iddia\p{L}*|söylenti|şayiə|guya|(?:bazı|bəzi) paylaşım\p{L}*|deni(?:li)?yor|deyilir|(?:some|social media|viral) posts|в (?:некоторых )?(?:постах|публикациях)|some (?:media|reports)|rumou?r|allegedly|purportedly|claim(?:s|ed)?(?![\p{L}])|viral|sosyal medyada|sosial şəbəkələrdə|в некоторых сми|писали,? что|по слухам|ходят слухи|якобы|утвержд\p{L}*|разошл\p{L}* (?:публикаци|информаци|видео|сообщени)|в соцсетях|(?:outlet|site|website|portal|newspaper|tabloid|channel|blogger)s? (?:\p{L}+ )?reported|a report (?:\p{L}+ ){0,2}(?:in|by) (?:\p{L}+ ){0,2}(?:media|press)/u
/**
 * "это не соответствует действительности", "bu rəqəm reallığı əks etdirmir", "that is not true", "Цифра … не имеет
 * ничего общего с реальностью", "не подтверждается", "yalanladı", "təkzib edib", "denied … reports", "dismissed the
 * figure", "verileri bunu doğrulamıyor": a denial (a party that "denies the claim" of a lawsuit disputes it; the claim is
 * still what a side states).
 */
const DENIAL =
  /yalanla\p{L}*|təkzib\p{L}*|(?<![\p{L}])denie[sd]\s+(?:\p{L}+\s+){0,3}reports?(?![\p{L}])|не соответству\p{L}* действительност|неправд|опроверг|не подтвержда|ничего общего с реальност|reallığı əks etdirm(?:ir|əz|əyib|əd\p{L}*)|reallıqla (?:heç bir )?əlaqəsi yoxdur|həqiqətə uyğun deyil|doğru deyil|doğru değil|səhvdir|yanlışdır|yanlış verilib|hatalıdır|yanlış verildi|ошибочн\p{L}*|неверн\p{L}*|gerçeği yansıtm|gerçekle (?:hiçbir )?ilgisi yok|not true|untrue|is incorrect|is wrong|inaccurate|nothing to do with reality|not supported by|dismissed the (?:figure|claim|report|number)s?|(?:does|do|did) not (?:confirm|bear (?:it|this|that) out)|doğrulam(?:ıyor|adı|amaktadır)\p{L}*|doğrulanm(?:adı|amış|ıyor)\p{L}*|təsdiqləm(?:ir|əyib|ədi)\p{L}*|təsdiq etm(?:ir|əyib|ədi)\p{L}*/u
/**
 * "Цифра в 30 миллиардов", "the figure of $30 billion", "30 milyar dolar rakamı", "30 milyard dollar rəqəmi": a number
 * named as a number, maybe in quotes ("\"20 milyon ton\" rəqəmi"; not "bu rəqəm", this figure, which points at another).
 */
const NUMBER_NAMED =
  /(?:цифр\p{L}*|сумм\p{L}*)\s+(?:в\s+)?\d|the (?:figure|number|sum|amount) of\s+\S*\d|\d[\d.,\s]*(?:\s*\p{L}+){0,2}["'’”»]?\s+(?:rakam|rəqəm)\p{L}*/u
/**
 * "İDDİA: …", "Claim: …", "Утверждение: …", "Миф № 2: «…»", "Myth 2: …": a claim put up to be checked, stated by
 * nobody.
 */
const CLAIM_LABEL = /^\s*(?:iddia|claim|утверждение|миф|myth|mit|mif)\s*(?:(?:№|#|no\.?)\s*)?\d{0,2}\s*:/u
/** "ВЕРДИКТ: НЕПРАВДА", "SONUÇ: YANLIŞ", "Verdict: False", "Nəticə: yalan": a fact-check finding what it checks false. */
const FALSE_VERDICT =
  /^\s*(?:вердикт|вывод|оценка|sonuç|karar|hüküm|verdict|rating|ruling|hökm|nəticə|qərar)\s*:\s*(?:неправда|ложь|фейк|манипуляци\p{L}*|не соответствует|yanlış|yalan|çarpıtma|false|misleading|mostly false|fake|yanlışdır|yalandır|saxta|həqiqət deyil)/u
/** Whether an article is a fact-check that rules what it checks false, read once for its sentences. */
const falseVerdicts = new WeakMap<readonly { text: string }[], boolean>()
function hasFalseVerdict(sentences: readonly { text: string }[], lang: string): boolean {
  let found = falseVerdicts.get(sentences)
  if (found === undefined) {
    found = sentences.some((s) => FALSE_VERDICT.test(s.text.toLocaleLowerCase(lang === 'az' ? 'az' : 'tr')))
    falseVerdicts.set(sentences, found)
  }
  return found
}
/**
 * "[1] See …, Working Paper 12, 2019, p. 14.", "[4] Ministry of Energy, annual statistics": a note under the text that a
 * footnote's mark points to cites a source; its numbers (pages, issues, series) state nothing.
 */
const NOTE_MARK = /^\s*\[\d{1,3}\]\s/u

/**
 * A board's or a council's tally of votes, its "for", "against" and "abstained" each with a number ("Голосовали: «за» —
 * 7, «против» — 0, «воздержались» — 0", "Votes for: 9, against: 0, abstained: 1", "Kabul: 31, Ret: 0, Çekimser: 2",
 * "Lehinə: 9, əleyhinə: 0, bitərəf: 1"), and the quorum of members present ("присутствуют 7 из 9 членов Совета
 * директоров, кворум имеется"): the procedure of a meeting, no figure of what it decided.
 */
const FOR_VOTES = String.raw`(?:«?за»?|for|in favour|in favor|kabul|lehte|evet|lehinə|tərəfdar)`
const AGAINST_VOTES = String.raw`(?:«?против»?|against|ret|red|aleyhte|hayır|əleyhinə|əleyhdar)`
const ABSTAINED = String.raw`(?:«?воздержал\p{L}*»?|abstain\p{L}*|abstention\p{L}*|çekimser|bitərəf\p{L}*)`
const TALLY_ITEM = (word: string) => String.raw`(?<![\p{L}])${word}\s*[:—–-]?\s*\d{1,3}(?![\d.,]\d)`
const VOTE_TALLY = new RegExp(
  [FOR_VOTES, AGAINST_VOTES, ABSTAINED].map(TALLY_ITEM).join(String.raw`[^.!?]{0,40}?`),
  'u',
)
const QUORUM = /(?<![\p{L}])(?:кворум\p{L}*|quorum|toplantı yeter sayısı|yeter sayı\p{L}*|kvorum\p{L}*)(?![\p{L}])/u

/** Sentences after hearsay where its denial may come (a Q&A's "Is that true?" and the answer "No, …"). */
const DENIAL_REACH = 2
/**
 * A claim put as a clause and denied by the sentence itself: "Ceviz vergisinin yüzde 10'a indirildiği doğru değildir",
 * "… endirildiyi doğru deyil" (the Turkic "-dığı/-diyi" nominalises the claim), "it is not true that …" (folded the
 * Turkish way: "ıt is"), "неправда, что …".
 */
const DENIED_CLAUSE =
  /\p{L}{2,}(?:[dt][ıiuü]ğ[ıiuü]|[dt][ıiuü]y[ıiuü])(?:n[ıiuü]n)?\s+(?:doğru|gerçek|həqiqət|doğru\s+bir\s+bilgi)\s+(?:değil|deyil)|[iı]t is (?:not true|untrue|false) that|неправда,?\s+что/u

/**
 * A map's legend, each symbol then what it stands for: "● — порт с грузооборотом более 1 млн т в год", "▬ синяя линия —
 * гарантированная глубина 4,0 м и более", "■ Büyük tesis – 1.000 ton/gün üzeri": the bounds of a class, no figure.
 */
const LEGEND_KEY = /^\s*[●◐◑◒◓○◯⬤▬▭━┄┅┈■□▪▫▲△▼▽◆◇]\s*(?:[\p{L}\s]{0,40}\s)?[—–-]\s/u

/**
 * An example worked in the conditional: "For example, a studio ordering 40 devkits worth EUR 18,000 would stay below
 * the threshold", "Например, импортёр, ввозящий 10 тонн, заплатил бы …", "If bitcoin dropped to, say, $40,000, half the
 * farms would switch off": made-up numbers to show a rule.
 */
const WORKED_EXAMPLE =
  /^\s*(?:for example|for instance|например|к примеру)(?![\p{L}]).*(?<![\p{L}])(?:would|бы)(?![\p{L}])|,\s*(?:say|скажем),\s.*(?<![\p{L}])(?:would|бы)(?![\p{L}])/u

/**
 * Tells whether a sentence states none of its numbers: it opens a hypothetical, a claim to be checked or a footnote, tells a
 * question put to someone, names a number to deny it, or repeats hearsay that it or the next sentences deny (or, in a
 * fact-check that rules it false, anywhere). `sentences` are the article's, `index` the one read.
 */
export function isUnstatedSentence(sentences: readonly { text: string }[], index: number, lang: string): boolean {
  const folded = (k: number) => (sentences[k]?.text ?? '').toLocaleLowerCase(lang === 'az' ? 'az' : 'tr')
  const text = folded(index)
  if (HYPOTHETICAL_OPENER.test(text) || CLAIM_LABEL.test(text) || NOTE_MARK.test(text)) return true
  if (LEGEND_KEY.test(text) || WORKED_EXAMPLE.test(text)) return true
  if (VOTE_TALLY.test(text) || QUORUM.test(text)) return true
  const told = TOLD_QUESTIONS[lang]
  if (told && told[0].test(text) && told[1].test(text)) return true
  // "Цифра в 30 миллиардов не имеет ничего общего с реальностью": a number the sentence names only to deny it, or a
  // claim it puts as a clause to deny ("… indirildiği doğru değildir")
  if (NUMBER_NAMED.test(text) && DENIAL.test(text)) return true
  if (DENIED_CLAUSE.test(text)) return true
  if (!HEARSAY.test(text)) return false
  // a fact-check that found the claim false: what it reports others saying is no fact, however far its rebuttal
  if (hasFalseVerdict(sentences, lang)) return true
  return Array.from({ length: DENIAL_REACH + 1 }, (_, k) => folded(index + k)).some((later) => DENIAL.test(later))
}

/**
 * "0,25 маната за 1 кВт·ч", "$12.50 per 1 GB", "1 GB mobil veri için 12,50 dolar", "1 ton üçün": the one unit a price
 * is for, no figure of its own.
 */
const PER_BEFORE = /(?<![\p{L}])(?:за|per|for\s+(?:each|every))\s*$/u
const PER_AFTER = /^\s*(?:[\p{L}·/-]+\s+){0,3}?(?:için|üçün|başına|başı)(?![\p{L}])/u

/** "2.9 claims per 100 voyages", "в расчёте на 1 000 рейсов": a rate's round base, no count of its own. */
const PER_ROUND_BEFORE = /(?<![\p{L}])(?:per|в\s+расч[её]те\s+на)\s*$/u
const ROUND_BASES: ReadonlySet<number> = new Set([10, 100, 1000, 10000, 100000])

/** Tells whether the number at `quantity` is the one unit a price is given for, or a rate's round base (folded text). */
export const isPerUnitBase = (folded: string, quantity: Quantity): boolean => {
  const before = folded.slice(Math.max(0, quantity.start - 24), quantity.start)
  if (quantity.unit === 'count' && ROUND_BASES.has(quantity.value) && PER_ROUND_BEFORE.test(before)) return true
  return (
    quantity.value === 1 &&
    (PER_BEFORE.test(before.slice(-16)) || PER_AFTER.test(folded.slice(quantity.end, quantity.end + 40)))
  )
}

/**
 * "Boeing 787-9", "Airbus A321", "Embraer 190-E2", "Cessna 208B": a maker's name, then a model's number and its
 * variant after a hyphen or glued on; it counts no aircraft. A flight's number counts none either.
 */
export const isModelNumber = (text: string, quantity: Quantity): boolean =>
  quantity.unit === 'count' &&
  ((/(?<![\p{L}])\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, quantity.start - 24), quantity.start)) &&
    (/^-(?:\d{1,2}(?!\d)|\p{Lu})/u.test(text.slice(quantity.end, quantity.end + 4)) ||
      GLUED_LETTER.test(text.slice(quantity.start, quantity.end)))) ||
    isFlightNumber(text, quantity))

/** "Cessna 208B", "Block 4B": a model's number with its letter glued on, which no scale ("4B" as billions) reads. */
const GLUED_LETTER = /^\d{1,4}\p{Lu}$/u

/**
 * "KS 731 / KS 732", "TK 1234", "J2 8071": an airline's two-character code in capitals before a flight's number; it
 * counts no flights.
 */
const isFlightNumber = (text: string, quantity: Quantity) =>
  /(?<![\p{L}\d])(?:\p{Lu}{2}|\p{Lu}\d|\d\p{Lu})\s?$/u.test(
    text.slice(Math.max(0, quantity.start - 4), quantity.start),
  ) && /^\d{2,4}$/u.test(text.slice(quantity.start, quantity.end))

/**
 * A weather reading, as a harbour's or a road's bulletin gives it: a wind's or a gust's speed, the visibility, or a
 * wind's force or the sea's state on a scale ("Ветер 14–17 м/с, порывы до 23 м/с", "visibility 300 m", "rüzgârın 6–7
 * kuvvetinde", "Волнение моря 4–5 баллов"). It measures the weather, not the corridor's trade or transport; a storm's
 * peak a report tells as past ("порывы достигали 32 м/с") is a fact of it, which the caller keeps. A wave's height
 * ("северо-западный ветер, высота волн до 4 м") and a gust in km/h are kept: they are what a port closes for, and are
 * read as figures.
 */
const WEATHER_BEFORE =
  /(?<![\p{L}])(?:ветер|ветр[аы]|порыв\p{L}*|волнени\p{L}*|видимост\p{L}*|winds?|visibility|rüzgâr\p{L}*|rüzgar\p{L}*|görüş\s+mesafe\p{L}*|görüş\s+məsafə\p{L}*|gör(?:ünmə|mə)\s+məsafə\p{L}*|görünürlük|külək\p{L}*)(?:(?!волн|высот|wave|height|dalğa|dalga|hündürl|yüksekli)[^;]){0,50}$/u
const WEATHER_UNITS: ReadonlySet<string> = new Set(['m/s', 'm', 'km'])
/** A force on a scale after its number: "6–7 kuvvetinde", "4–5 баллов", "5 bal". */
const SCALE_FORCE_AFTER = /^\s*(?:kuvvet\p{L}*|bofor\p{L}*|beaufort|бал(?:л|лов|ла)|bal(?:l)?(?![\p{L}]))/u

export const isWeatherReading = (folded: string, quantity: Quantity): boolean =>
  WEATHER_BEFORE.test(folded.slice(Math.max(0, quantity.start - 80), quantity.start)) &&
  (WEATHER_UNITS.has(quantity.unit) ||
    (quantity.unit === 'count' && SCALE_FORCE_AFTER.test(folded.slice(quantity.end))))

/** Millimetres at the end of a quantity's words: "8–22 мм", "12 millimetres". */
const MILLIMETRES = /(?:mm|мм|mil+imet\p{L}*|миллиметр\p{L}*)$/u
/** Words of rain, snow and the soil's moisture: "осадки", "дождей", "yağış", "yağıntı", "precipitation", "moisture". */
const WEATHER =
  /(?<![\p{L}])(?:осадк\p{L}*|дожд\p{L}*|ливн\p{L}*|снег\p{L}*|влаг\p{L}*|yağış\p{L}*|yağmur\p{L}*|yağıntı\p{L}*|rütubət\p{L}*|qar|kar|precipitation|rain\p{L}*|snow\p{L}*|moisture)(?![\p{L}])/u

/**
 * Whether a length in millimetres is the depth of rain, snow or the soil's moisture ("осадки 8–22 мм", "12 mm of
 * rain"): a weather bulletin's reading, no measure of trade (a rail gauge in millimetres stays: "1520 mm-lik relslər").
 */
export const isRainfall = (folded: string, quantity: Quantity): boolean =>
  quantity.unit === 'm' && MILLIMETRES.test(folded.slice(quantity.start, quantity.end)) && WEATHER.test(folded)

/** "ago", "назад" after a length of time; Turkish "önce" and Azerbaijani "əvvəl" too, as a stamp's own words. */
const AGO_AFTER = /^\s*(?:ago|назад)(?![\p{L}])/u
const AGO_AFTER_TR_AZ = /^\s*(?:önce|əvvəl)(?![\p{L}])/u
/**
 * What opens a stamp: the line's start or a separator after a name ("Kamran · 3 gün əvvəl"); not "ən azı 30 gün əvvəl
 * bildiriş", "yükləmədən 48 saat əvvəl", which say how long before something.
 */
const STAMP_OPEN = /(?:^|[·•|])\s*$/u

/**
 * "Aruzhan Omarova · Creator · 2 days ago", "Kamran · 3 gün önce", "2 дня назад": a point in time counted back from
 * now, as comments and feeds stamp themselves, no length of anything.
 */
export function isTimeAgo(folded: string, quantity: Quantity, lang: string): boolean {
  if (!TIME_UNITS.has(quantity.unit)) return false
  const after = folded.slice(quantity.end)
  if (AGO_AFTER.test(after)) return true
  const stamped = STAMP_OPEN.test(folded.slice(0, quantity.start))
  return (lang === 'tr' || lang === 'az') && AGO_AFTER_TR_AZ.test(after) && stamped
}
