import { compileLexicon, findTerms, looseFold, type Inflection, type Term } from '../lexicon/term-matcher'
import type { Span } from '../types'

/**
 * How a document noun names a document: 'named' nouns are a document by themselves ("Ortak Bildiri", "yol haritası",
 * "memorandum"); 'generic' ones ("anlaşma", "sənəd", "qərarları") only with a name before them or in quotes, or
 * counted as a package ("15 anlaşma").
 */
export type DocumentNoun = 'named' | 'generic'

/** A document noun found in a sentence, with the length of its last word's stem. */
export interface DocumentNounMatch extends Span {
  noun: DocumentNoun
  headStem: number
}

type Row = [DocumentNoun, Inflection, string[]]

const ROWS: Row[] = [
  ['named', 'turkic', ['bildiri', 'bildirge', 'deklarasyon', 'beyanname', 'mutabakat zaptı', 'mutabakat muhtırası']],
  ['named', 'turkic', ['anlaşma memorandum', 'anlaşma memorandumu']],
  ['named', 'turkic', ['memorandum', 'yol haritası', 'yol harita', 'protokol', 'eylem planı', 'ortak açıklama']],
  ['generic', 'turkic', ['anlaşma', 'antlaşma', 'sözleşme', 'karar', 'belge', 'anlaşmalar', 'belgeler', 'kararlar']],
  ['named', 'turkic', ['bəyanat', 'bəyannamə', 'yol xəritəsi', 'yol xəritə', 'fəaliyyət planı', 'kommunike']],
  ['generic', 'turkic', ['saziş', 'müqavilə', 'qərar', 'sənəd', 'qərarlar', 'sənədlər', 'sazişlər', 'müqavilələr']],
  ['named', 'exact', ['declaration', 'joint statement', 'memorandum of understanding', 'roadmap', 'road map']],
  ['named', 'exact', ['protocol', 'action plan', 'communiqué', 'communique', 'programme', 'program']],
  ['generic', 'exact', ['agreement', 'agreements', 'treaty', 'treaties', 'accord', 'accords', 'contract', 'contracts']],
  ['generic', 'exact', ['decision', 'decisions', 'document', 'documents', 'deal', 'deals', 'memoranda']],
  [
    'named',
    'free',
    ['декларац', 'совместн заявлени', 'меморандум', 'дорожн карт', 'протокол', 'план действий', 'программ'],
  ],
  ['generic', 'free', ['соглашени', 'договор', 'решени', 'документ', 'контракт']],
]

const DOCUMENTS = compileLexicon(
  ROWS.flatMap(([noun, inflection, words]) =>
    words.map((w): Term<{ noun: DocumentNoun; headStem: number }> => ({
      words: w,
      inflection,
      value: { noun, headStem: looseFold(w.split(' ').at(-1) ?? '', 'tr').length },
    })),
  ),
)

/** Finds document nouns in any inflected form ("Bildiri'yi", "sənədlər", "соглашений", "Memorandum of Understanding"). */
export function findDocumentNouns(text: string, lang: string): DocumentNounMatch[] {
  return findTerms(text, lang, DOCUMENTS).map(({ start, end, value }) => ({ start, end, ...value }))
}

const SIGNING = compileLexicon([
  ...[
    'imzala',
    'imza at',
    // "12 belge imza altına alındı": put under signature
    'imza altına al',
    // "saziş bağlayıb", "müqavilə bağladı": concluding a document (alone, "bağla" also closes a port)
    'saziş bağla',
    'müqavilə bağla',
    'sözleşme bağla',
    'imzaya',
    'imza tören',
    'kabul edil',
    'qəbul edil',
    'adopt',
    'conclude',
    'подпис',
    'заключ',
    'принят',
  ].map((words): Term<true> => ({ words, inflection: 'free', value: true })),
  // "inked a deal", "the two ministers put their names to the Agreement": English idioms of signing
  ...['sign', 'signs', 'signed', 'signing', 'inked', 'put their names to', 'put his name to', 'put her name to'].map(
    (words): Term<true> => ({ words, inflection: 'exact', value: true }),
  ),
])

/**
 * An infinitive signs nothing yet: "принять решение", "подписать", "to sign", "imzalamak", "imzalamağa". (A signing to
 * come in a finite verb is FUTURE_SIGNING's, read over the sentence.)
 */
const INFINITIVE = /^(?:\p{L}*(?:ть|ться|ти)|imzala(?:ma[kq]|may|mağ|mağa)\p{L}*|imza atma[kq]\p{L}*)$/u

function isInfinitiveAt(text: string, span: Span, lang: string): boolean {
  const start = span.start - (/\p{L}*$/u.exec(text.slice(0, span.start))?.[0].length ?? 0)
  const end = span.end + (/^\p{L}*/u.exec(text.slice(span.end))?.[0].length ?? 0)
  const word = looseFold(text.slice(start, end), lang)
  return INFINITIVE.test(word) || /(?<!\p{L})to\s+$/u.test(looseFold(text.slice(Math.max(0, start - 4), start), lang))
}

/** Finds signing (or adopting) verbs and participles: "imzalandı", "İmzalanan", "imzalayıb", "signed", "подписано". */
export function findSigningVerbs(text: string, lang: string): readonly Span[] {
  return findTerms(text, lang, SIGNING).filter((span) => !isInfinitiveAt(text, span, lang))
}

/**
 * A signing planned, possible or not done: "imzalanacak", "imzalanması planlanıyor", "will sign", "could be signed",
 * "подпишут", and "stopped short of signing", "imzalanmadı", "не подписали", "решение пока не принято"; or one a
 * condition waits for: "only if a buyer signs offtake contracts", "если стороны подпишут".
 */
const FUTURE_SIGNING =
  /imzala\p{L}*(?:acak|ecek|acaq|əcək)|imzalanmas\p{L}* (?:planla|bekleni|gözləni|nəzərdə|gözlə|hedefl|hədəfl|amaçl)|expected to (?:be )?sign|(?:aims?|plans?|hopes?|intends?|wants?) to sign|(?:планиру\p{L}*|намерен\p{L}*|рассчитыва\p{L}*) подписать|(?:will|could|may|might|would) (?:be )?sign|to be signed|подпишут|будет подписан|будут подписаны|ожидается подписание|может быть подписан|stopped short of signing|without signing|(?:did not|didn't|failed to) sign|imzalanmad|imzalamad|imzalanmay|imzalamay|не подписал|не подписан|не принят|не заключ|(?:has|have) not (?:yet )?been (?:signed|adopted|concluded)|not yet (?:been )?signed|kabul edilmedi|kabul edilmemi|qəbul edilməyib|qəbul olunmayıb|(?<![\p{L}])(?:only if|if|unless|provided) (?:\p{L}+ ){0,5}(?:signs|sign|signed)(?![\p{L}])|(?<![\p{L}])если (?:\p{L}+ ){0,5}подпиш\p{L}*/u

/** Tells whether the sentence's signing is still to come, or did not happen. */
export const isFutureSigning = (text: string, lang: string): boolean => FUTURE_SIGNING.test(looseFold(text, lang))

/** Words that make a package vague ("bir sıra sənədlər", "a number of documents", "ряд соглашений"). */
export const VAGUE_QUANTIFIER =
  /(?:bir dizi|bir sira|bir neçə|çeşitli|birçok|çok sayida|müxtəlif|çoxsayli|bəzi|a number of|several|a series of|a package of|a set of|various|multiple|ряд|несколько|пакет)\s+(?:\p{L}+\s+){0,3}$/u

/**
 * Sentence openers that point back at what the previous sentence signed ("Bunlara … daxildir", "Among them",
 * "Among the documents were …", "Belgeler arasında …", "Среди подписанных документов …").
 */
export const ANAPHORIC_OPENER =
  /^(?:bunlara|bunlar arasinda|bunlarin arasinda|onlarin arasinda|bunlarin siras|aralarinda|these include|among them|among these|including|among the (?:documents|agreements|deals)|(?:imzalanan )?belgeler arasinda|(?:imzalanan )?(?:sənədlər|senedler) arasinda|среди (?:подписанных )?(?:документов|соглашений)|the (?:package|documents|deals|agreements) (?:includes?|included|comprises?|comprised)|paket(?:e|ə)? (?:dahil|daxil)|paket(?:te|də) |среди них|в их числе|в том числе|в пакет (?:вош|вход))/u
