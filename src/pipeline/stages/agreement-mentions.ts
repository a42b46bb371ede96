import { findDates } from '../lexicon/dates'
import { looseFold } from '../lexicon/term-matcher'
import type { Span } from '../types'
import { findDocumentNouns, findSigningVerbs, VAGUE_QUANTIFIER, type DocumentNounMatch } from './agreement-cues'
import { bareSignedDocument } from './agreement-bare'
import { countBefore } from './agreement-count'
import { citationForm, nameStartBefore } from './noun-phrase'

/** An agreement as one sentence names it: a package of N (or some) documents, or one document by name. */
export interface AgreementMention {
  kind: 'package' | 'document'
  count: number | null
  title: string | null
  /** The words that state it, relative to the sentence. */
  span: Span
}

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
]

/** Finds quoted stretches of a sentence, quotes included. */
function findQuotes(text: string): Span[] {
  const spans: Span[] = []
  for (const [open, close] of QUOTES) {
    let from = 0
    while (from < text.length) {
      const start = text.indexOf(open, from)
      const end = start < 0 ? -1 : text.indexOf(close, start + 1)
      if (start < 0 || end < 0) break
      spans.push({ start, end: end + 1 })
      from = end + 1
    }
  }
  return spans
}

/** Words after a document that show it is only cited: its anniversary, or the framework something else falls under. */
const CITED_AFTER =
  /^['’]?(?:n?[ıiuü]n\b|\s*\d+\.\s*yıl|\s+(?:çerçevesinde|kapsamında|uyarınca|çərçivəsində|əsasında|yıldönümü|ildönümü))/u
const CITED_BEFORE = /(?:under|according to|in accordance with|within the)\s+(?:the\s+)?$/u

/** Statements made to the press are words, not a signed document: "совместными заявлениями для прессы". */
const PRESS_AFTER = /^\s*(?:для\s+(?:прессы|сми)|to\s+the\s+press|for\s+the\s+press)/u
const PRESS_BEFORE = /(?:выступил\p{L}*\s+с|mətbuata|basına|made)\s+(?:\p{L}+\s+)?$/u
const isPressStatement = (text: string, span: Span) =>
  PRESS_AFTER.test(text.slice(span.end, span.end + 20).toLowerCase()) ||
  PRESS_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start).toLowerCase())

/** A genitive before the signing itself is what was signed: "… Anlaşma"nın imza törenine", "sazişin imzalanması". */
const SIGNED_AFTER = /^['’]?n?[ıiuü]n\s+(?:imza\s+tören|imzalan)/u

const isCited = (text: string, span: Span) =>
  !SIGNED_AFTER.test(text.slice(span.end, span.end + 30)) &&
  (CITED_AFTER.test(text.slice(span.end, span.end + 30)) || CITED_BEFORE.test(text.slice(0, span.start).toLowerCase()))

const isPlural = (word: string, lang: string) =>
  /(?:lar|ler|lər)\p{L}*$|s$|(?:ы|и|ов|ий|ений|ов)$/u.test(looseFold(word, lang))

/**
 * A kind of document written in lower case before a generic noun, which makes it one signed document: "loan
 * agreement", "joint venture agreement", "supply contract", "kredit sazişi", "tedarik sözleşmesi", "кредитное
 * соглашение", a construction or service contract ("yapım sözleşmesi", "tikinti müqaviləsi", "подрядный договор"), or
 * one named by its amount ("18,2 milyon Avro tutarındaki sözleşme", "5 milyon manat dəyərində müqavilə", "45 milyon
 * dolarlık yatırım sözleşmesi", "300 milyon avroluk hibe anlaşması"), an investment or a grant agreement.
 */
// written as looseFold gives them: a dotless "ı" is an "i" ("yapim", "satiş")
const TYPED_BEFORE =
  /\d[\d.,]*\s+(?:\p{L}+\s+){1,3}(?:tutarindaki|tutarinda|değerindeki|dəyərində|dəyərindəki|məbləğində|məbləğindəki)\s+$|\d[\d.,]*\s+(?:\p{L}+\s+){0,2}\p{L}+(?:lik|luk|lük|liq|luq)\s+(?:\p{L}+\s+)?$|(?<![\p{L}])(?:loan|credit|supply|joint[- ]venture|framework|purchase|financing|investment|grant|concession|construction|service|lease|sale|kredi|kredit|tedarik|tədarük|yatirim|investisiya|hibe|qrant|инвестиционн\p{L}*|грантов\p{L}*|ortak girişim|birgə müəssisə|çerçeve|çərçivə|finansman|maliyyələşdirmə|imtiyaz|yapim|inşaat|tikinti|hizmet|xidmət|kira|icarə|satiş|alqi-satqi|кредитн\p{L}*|рамочн\p{L}*|концессионн\p{L}*|подрядн\p{L}*|строительн\p{L}*)\s+$/u

/** A decision's noun, which a kind before it never makes a signed document ("yekun investisiya qərarı"). */
const DECISION_NOUN = /^(?:karar|qərar|decision|решени)/u

/** A capitalised organisation word right after a document noun: the noun is part of the organisation's name. */
const ORGANISATION_AFTER =
  /^\s+(?:Corporation|Corp\.?|Company|Agency|Group|Bank|Ltd|LLC|Holding|Групп|Компани\p{L}*|Корпораци\p{L}*)(?![\p{L}])/u

/** "a $62 million ", "an ": an indefinite article and up to three words before the noun, none ending a clause. */
const INDEFINITE_BEFORE = /(?:^|\s)an?(?:\s+[^\s,;:.]+){0,3}\s+$/u

/** A complement that is only a pronoun pointing back: "Bu barədə", "Bununla ilgili", "По этому вопросу". */
const POINTS_BACK =
  /^(?:bu|bunun|bununla|o|onun|bunlar\p{L}*|this|that|these|по\s+этому|об\s+этом|это\p{L}*)\s+(?:\p{L}+\s+)?\S+$/u

/** A postposition that ends a complement before the document noun: "… genişletilmesine ilişkin protokol". */
// up to two words in lower case may stand between, the document's kind: "üzrə strateji tərəfdaşlıq sazişini", "üzrə
// icra sazişi", "ilişkin üçlü protokol"
const POSTPOSITION = /(?<=^|\s)(?:ilişkin|dair|hakkinda|haqqinda|ilgili|yönelik|üzrə|barədə)\s+((?:\p{Ll}+\s+){0,2})$/u
/** A preposition that opens a complement after the noun: "Agreement on …", "Соглашение о …". */
// "signed the agreement on Tuesday", "… on 12 May": "on" before a day tells when, it opens no complement
const PREPOSITION =
  /^\s+(?:on(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d)(?![\p{L}]))|about|between|for|of|о|об|по|между|на)\s/iu
/** Where a complement after the noun ends: a verb or a relative word. */
const COMPLEMENT_END =
  /^(?:was|were|is|are|has|have|had|will|would|which|that|signed|было|был|была|были|будет|котор\p{L}*|подписан\p{L}*)$/u

/** What opens another document after "and": an article, or a document's noun ("и меморандум …"). */
const NEXT_DOCUMENT =
  /^(?:a|an|the|agreement|memorandum|protocol|program|programme|roadmap|соглашени\p{L}*|меморандум\p{L}*|протокол\p{L}*|программ\p{L}*|договор\p{L}*|дорожн\p{L}*)$/u

/** Where a complement before a postposition starts: back to the name it is about, or three words at most. */
function complementStart(text: string, before: number): number {
  const tokens = [...text.slice(0, before).matchAll(/\S+/gu)].slice(-7).reverse()
  let start = before
  let seenName = false
  for (const [index, token] of tokens.entries()) {
    const isName = /^["“«„]?\p{Lu}/u.test(token[0])
    // "avqustun 12-də …", "5'te …": a day in the locative tells when, the complement starts after it
    const when = /^\d+['’-]?(?:d[aeə]|t[ae])$/u.test(token[0])
    if (/[,;:]$/u.test(token[0]) || when || (seenName && !isName) || (!seenName && index >= 4)) break
    seenName ||= isName
    start = token.index
  }
  return start
}

/** Where a complement after the noun ends: "Соглашение [о создании совместного предприятия] было подписано". */
function complementEnd(text: string, after: number): number {
  if (!PREPOSITION.test(text.slice(after))) return after
  let end = after
  const tokens = [...text.slice(after).matchAll(/\S+/gu)].slice(0, 8)
  for (const [i, token] of tokens.entries()) {
    const word = token[0].replace(/[,.;:!?)»”"]+$/u, '')
    if (COMPLEMENT_END.test(word.toLowerCase())) break
    // "an agreement on combined transport and a memorandum on …": "and" opens the next document
    if (/^(?:and|и)$/u.test(word) && NEXT_DOCUMENT.test(tokens[i + 1]?.[0].toLowerCase() ?? '')) break
    end = after + token.index + word.length
    if (word !== token[0]) break
  }
  return end
}

/**
 * Cites a document as the text names it: the proper-name words before its noun ("Ortak Bildiri'yi" → "Ortak
 * Bildiri"), a complement before a postposition ("… ilişkin protokol") or after a preposition ("Соглашение о …").
 */
function documentTitle(
  text: string,
  noun: DocumentNounMatch,
  nameStart: number,
  lang: string,
): Span & { title: string } {
  const phrase = text.slice(noun.start, noun.end)
  const lastSpace = phrase.search(/\s\S*$/u)
  const lastWordStart = lastSpace >= 0 ? lastSpace + 1 : 0
  const found = nameStart === noun.start ? POSTPOSITION.exec(looseFold(text.slice(0, noun.start), lang)) : null
  // words of a kind between only for one document signed right there ("… üzrə icra sazişi imzaladı"), not for
  // documents in the plural or a decision still to be taken
  const kindBetween =
    found !== null && !/^(?:(?:bir|\p{L}*tərəfli|\p{L}*taraflı|üçlü|ikili)\s+)?$/u.test(found[1] ?? '')
  const signedHere = /^\s+(?:d[aeə]\s+)?(?:imzala|imza at|bağla)/u.test(
    looseFold(text.slice(noun.end, noun.end + 16), lang),
  )
  const post = kindBetween && (isPlural(phrase, lang) || !signedHere) ? null : found
  const start = post ? complementStart(text, post.index) : nameStart
  // After a complement the noun stands bare ("ilişkin protokol"); after a name, or a kind in words between
  // ("üzrə strateji tərəfdaşlıq sazişi"), it keeps its compound ending.
  const head =
    post && post[1] === ''
      ? phrase
          .slice(lastWordStart)
          .replace(/['’].*$/u, '')
          .slice(0, noun.headStem)
      : citationForm(phrase.slice(lastWordStart), noun.headStem, lang)
  const end = complementEnd(text, noun.end)
  const tail = end > noun.end ? text.slice(noun.end, end) : ''
  // "подписали в Тбилиси протокол о …", "signed in Baku a memorandum": a place after its preposition names no document
  const place = PLACE_FIRST.exec(text.slice(start, noun.start))
  const titleStart =
    place && PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 4), start)) ? start + place[0].length : start
  return { start, end, title: text.slice(titleStart, noun.start) + phrase.slice(0, lastWordStart) + head + tail }
}

/** A capitalised word opening a title, and the preposition of place that may stand before it ("в Тбилиси"). */
/**
 * What stands between a counted package and a document noun that only says what kinds the package held: a dash, a
 * colon or a bracket, then at most a few words and conjunctions ("12 документов — соглашений и меморандумов").
 */
const PACKAGE_KINDS_BETWEEN =
  /^\p{L}*\s*[—–:(]\s*(?:[\p{L}'’-]+(?:,\s*|\s+))?(?:(?:и|and|ve|və|ilə|ile|or|или)\s+)?(?:[\p{L}'’-]+(?:,\s*|\s+))?(?:(?:и|and|ve|və|ilə|ile|or|или)\s+)?$/u

const PLACE_FIRST = /^\p{Lu}[\p{L}'’-]*\s+/u
const PLACE_PREPOSITION = /(?:^|\s)(?:в|во|in|at)\s+$/u

/**
 * "18 Temmuz'da Aşkabat'ta imzalanan üçlü taşıma anlaşması", "imzalanmış uluslararası karayolu daşımaları protokolu":
 * a document the participle before it says was signed, its own words between them (no clause break).
 */
// "12 Ağustos'ta imzalanan ve 2030'a kadar geçerli olacak taşıma anlaşması": a second participle joined by "ve" may
// stand between; the document's own words are those after the last participle
const SIGNED_PARTICIPLE_BEFORE =
  /(?<![\p{L}])(?:imzalanan|imzalanm[ıi][şs])(?:\s+(?:ve|və)(?:\s+[\p{L}\d'’-]+){0,5}?\s+(?:olacak|olacaq|olan|olunan|edilen|edilən))?(?<words>(?:\s+[\p{L}'’-]+){0,4}\s+)$/u
/** "the trilateral transport agreement signed in Ashgabat": an English document the participle after it signs. */
const SIGNED_AFTER_EN = /^,?\s+signed\s+(?:in|on|at|by|between|last|earlier|this|during)\b/u
const THE_BEFORE_EN = /(?:^|\s)[Tt]he(?:\s+[a-z][\p{L}-]*){0,3}\s+$/u

/** A document a signing participle names, with its words ("üçlü taşıma anlaşması"), or null. */
function participleDocument(text: string, noun: DocumentNounMatch, lang: string): AgreementMention | null {
  const word = text.slice(noun.start, noun.end)
  if (isPlural(word, lang)) return null
  const before = text.slice(Math.max(0, noun.start - 60), noun.start)
  const turkic = lang === 'tr' || lang === 'az' ? SIGNED_PARTICIPLE_BEFORE.exec(looseFold(before, lang)) : null
  const english = lang === 'en' && SIGNED_AFTER_EN.test(text.slice(noun.end, noun.end + 30))
  const the = english ? THE_BEFORE_EN.exec(before) : null
  const words = turkic?.groups?.words ?? the?.[0].replace(/^\s*[Tt]he/u, '')
  if (words === undefined) return null
  // the document's own words start after the participle (or "the") and the spaces after it
  const start = noun.start - words.trimStart().length
  const lastWordAt = word.search(/\S*$/u)
  const head = citationForm(word.slice(lastWordAt), noun.headStem, lang)
  const title = (text.slice(start, noun.start) + word.slice(0, lastWordAt) + head).trim()
  return { kind: 'document', count: null, title, span: { start, end: noun.end } }
}

/** Whether the last word inside a quote holds a document noun ("… Hükümetlerarası Anlaşma", "Yol Xəritəsi"). */
function endsWithNoun(text: string, quote: Span, nouns: readonly Span[]): boolean {
  const inner = text.slice(quote.start + 1, quote.end - 1).trimEnd()
  const lastWordAt = quote.start + 1 + inner.search(/\S+$/u)
  return nouns.some((n) => n.end > lastWordAt && n.start < quote.end - 1)
}

/** Reads the packages and named documents of one sentence that states a signing. */
export function readAgreementMentions(text: string, lang: string, published: string | null): AgreementMention[] {
  const quotes = findQuotes(text)
  const dates = findDates(text, lang, published)
  const mentions: AgreementMention[] = []
  const nouns = findDocumentNouns(text, lang)
  const verbs = findSigningVerbs(text, lang)
  for (const quote of quotes) {
    const inner = text.slice(quote.start + 1, quote.end - 1).trim()
    if (!nouns.some((n) => n.start > quote.start && n.end < quote.end) || isCited(text, quote)) continue
    // "Kararın kesinleşmesi … bulur": a Turkish or Azerbaijani title ends with its noun; a quoted remark that only
    // opens with one is speech
    if ((lang === 'tr' || lang === 'az') && !endsWithNoun(text, quote, nouns)) continue
    mentions.push({ kind: 'document', count: null, title: inner, span: quote })
  }
  const within = (span: Span) => (noun: Span) => noun.start >= span.start && noun.end <= span.end
  let packageEnd = -1
  for (const noun of nouns) {
    if (quotes.some((q) => within(q)(noun))) continue
    // "12 документов — соглашений и меморандумов", "9 belge (anlaşma ve mutabakat zaptı)": what the package held
    if (packageEnd >= 0 && PACKAGE_KINDS_BETWEEN.test(text.slice(packageEnd, noun.start))) continue
    // "a memorandum on the electronic exchange of transport documents": a noun inside a title names no package
    if (mentions.some((m) => m.kind === 'document' && within(m.span)(noun))) continue
    const word = text.slice(noun.start, noun.end)
    // "Food Contract Corporation", "Договор Групп": a document word in an organisation's name is no document
    if (ORGANISATION_AFTER.test(text.slice(noun.end, noun.end + 16))) continue
    const count = countBefore(text, noun, lang, dates, verbs)
    const before = looseFold(text.slice(Math.max(0, noun.start - 40), noun.start), lang)
    const nameStart = nameStartBefore(text, noun.start, lang)
    const signed = participleDocument(text, noun, lang)
    if (count !== null) {
      mentions.push({ kind: 'package', count: count.value, title: null, span: { start: count.start, end: noun.end } })
      packageEnd = noun.end
    } else if (nameStart === noun.start && VAGUE_QUANTIFIER.test(before)) {
      mentions.push({ kind: 'package', count: null, title: null, span: noun })
    } else if (signed) {
      // "ASCO ile 24 Eylül'de imzalanan sözleşme kapsamında": signed, though cited as the frame of what follows
      mentions.push(signed)
    } else if (isCited(text, noun) || isPressStatement(text, noun)) {
      continue
    } else {
      const { title, start, end } = documentTitle(text, noun, nameStart, lang)
      // "Bu barədə qərar … qəbul edilib", "По этому вопросу решение": a pronoun names no document
      if (noun.noun === 'generic' && start < noun.start && POINTS_BACK.test(looseFold(title, lang))) continue
      if (start < noun.start || end > noun.end || noun.noun === 'named') {
        mentions.push({ kind: 'document', count: null, title, span: { start, end } })
        continue
      }
      // "a $60 million loan agreement", "kredit sazişi", "кредитное соглашение": a kind of document, named by its type;
      // "yekun investisiya qərarı", "a final investment decision": a decision of a kind is taken, not signed
      const typed = DECISION_NOUN.test(looseFold(word, lang)) ? null : TYPED_BEFORE.exec(before)
      // "310 milyon dollarlıq ixrac müqavilələri bağlanıb": contracts counted by their sum, not by number, are a value of
      // trade (a figure), no package of documents
      if (typed && isPlural(word, lang) && /^\d/u.test(typed[0].trimStart())) continue
      if (typed && !isPlural(word, lang)) {
        const start = noun.start - typed[0].trimStart().length
        const head = citationForm(word, noun.headStem, lang)
        mentions.push({
          kind: 'document',
          count: null,
          title: text.slice(start, noun.start) + head,
          span: { start, end: noun.end },
        })
        continue
      }
      // "signed a $62 million contract", "an agreement": an indefinite article makes one new document
      const indefinite =
        lang === 'en' ? INDEFINITE_BEFORE.exec(text.slice(Math.max(0, noun.start - 40), noun.start)) : null
      if (indefinite && !isPlural(word, lang)) {
        const start = noun.start - indefinite[0].length + indefinite[0].search(/\s\S/u) + 1
        const title = text.slice(start, noun.end).replace(/^an?\s+/u, '')
        mentions.push({ kind: 'document', count: null, title, span: { start, end: noun.end } })
        continue
      }
      // "podratçı ilə müqavilə imzaladıq", "firmayla sözleşme imzaladı": Turkish and Azerbaijani leave an indefinite
      // object bare (the one signed before takes the accusative: "sözleşmeyi imzaladı"), so it is a new document
      const bare = bareSignedDocument(text, noun, lang)
      if (bare) {
        mentions.push(bare)
        continue
      }
      if (isPlural(word, lang)) mentions.push({ kind: 'package', count: null, title: null, span: noun })
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start)
}
