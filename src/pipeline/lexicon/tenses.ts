/**
 * A pluperfect, the past before the story's past: "olmuşdu", "imzalamıştı", "had reached" (Russian has no such tense).
 * It tells background (a comparison's base, a signing long before), not the story's own events. Turkish and
 * Azerbaijani keep vowel harmony in the participle and the copula; a dotless ı may have been folded to i. The perfect
 * "-mışdır" / "-miştir" is no pluperfect.
 */
export const PLUPERFECT =
  /\p{L}(?:m[ıi]ş(?:d|t)[ıi]|m[uü]ş(?:d|t)[uü])(?:m|n|k|q|niz|nız|lar|lər|ler)?(?![\p{L}])|(?<![\p{L}])had\s+(?:been|reached|risen|grown|fallen|totalled|totaled|amounted|stood|\p{L}+ed)(?![\p{L}])/u

/**
 * A thing still being built: "is under construction", "being laid", "inşa ediliyor", "inşaatı sürüyor", "tikintisi
 * davam edir", "tikilir", "строится", "ведётся строительство". What its figures give (a capacity, a length, a count of
 * ferries on order) is what it will have, a target, when no verb of the clause says otherwise.
 */
export const UNDER_CONSTRUCTION = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`under construction|being (?:built|laid|constructed|installed)|(?:is|are) (?:now )?building`,
      String.raw`inşa (?:ediliyor|edilmekte|halinde)|(?:inşaatı|yapımı) (?:sürüyor|devam ediyor)|yapım aşamasında`,
      String.raw`(?:tikintisi|inşası) davam edir|tikilir|tikilməkdədir|inşa olunur|tikinti mərhələsində`,
      String.raw`стро(?:ится|ятся|ящ\p{L}*)|возводится|прокладывается|в стадии строительства|вед[её]тся строительство`,
      // the builder as subject: "мы строим новый терминал", "Туркменская сторона строит свой участок"
      String.raw`стро(?:им|ит|ят)|возвод(?:им|ит|ят)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
)

/**
 * The cost or budget of a project, a section being built or an investment announced: "the project's total cost of about
 * $310 million", "kesimin toplam maliyeti 2,4 milyar dolar", "layihənin ümumi dəyəri", "стоимость проекта", "elan
 * etdiyi investisiyaların həcmi", "announced investment". What is yet to be spent is planned, a target, when no verb of
 * the clause says otherwise. `PROJECT` names what is built, `SPEND` the sum, `ANNOUNCED_INVESTMENT` a sum promised.
 */
export const PROJECT =
  /(?<![\p{L}])(?:project\p{L}*|proje\p{L}*|layihə\p{L}*|проект\p{L}*|construction|inşaat\p{L}*|tikinti\p{L}*|строительств\p{L}*|kesim\p{L}*|section|участ(?:ок|ка)|hissəsi\p{L}*)(?![\p{L}])/u
export const SPEND =
  /(?<![\p{L}])(?:(?:total |overall |estimated )?(?:cost|budget)|(?:toplam |tahmini )?(?:maliyet|bütçe)\p{L}*|(?:ümumi )?(?:dəyər|büdcə)\p{L}*|(?:общ\p{L}* )?(?:стоимост|бюджет|смет)\p{L}*)(?![\p{L}])/u
export const ANNOUNCED_INVESTMENT =
  /(?<![\p{L}])(?:(?:announced|pledged|planned) investments?|(?:elan et|açıkla|taahhüt et)\p{L}* (?:investisiya|yatırım)\p{L}*|(?:заявленн|объявленн)\p{L}* инвестиц\p{L}*)(?![\p{L}])/u

/**
 * A tender, its lots and its budget: "лот № 2 — поставка 24 комплексов, 7,2 млрд тенге", "Общая сумма закупки
 * составляет …", "ihale bedeli", "the procurement is worth". What is being bought is yet to be: its sums and counts are
 * what is planned, a target, when no verb of the clause says otherwise.
 */
export const TENDERED = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`лот(?:а|у|е|ы|ов)?\s*№|закупк\p{L}*|тендер\p{L}*|госзакуп\p{L}*`,
      String.raw`ihale\p{L}*|satın alma\p{L}*|tender\p{L}*|satınalma\p{L}*|müsabiqə\p{L}*`,
      String.raw`procurement|lot (?:no\.?\s*)?\d`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
)

/**
 * A tender's lot opening its line, where the label is a clause or a sentence of its own: "Лот № 1. Строительство …
 * — 18,6 млрд тенге", "Lot 2: supply of four gantry cranes", "Lot No. 3 – …", "Lot №4. …".
 */
export const LOT_LINE = /^(?:лот|lot)\s*(?:№|no\.?|#)?\s*\d{1,3}\s*(?:[.:)–—-]|$)/u

/**
 * What a contract is for, right before its amount: "контракт на поставку около 5 тыс. тонн", "a contract to supply
 * 200,000 tonnes". The amount is what the contract provides for, a target, even when the signing is told in the past.
 */
export const CONTRACTED_BEFORE =
  /(?:(?:контракт\p{L}*|договор\p{L}*|соглашени\p{L}*)\s+на\s+(?:поставк|закупк|перевозк|экспорт)\p{L}*|(?:contract|deal|agreement)\s+to\s+(?:supply|deliver|ship|buy|purchase|export))(?:\s+(?:около|до|более|about|up to|some))?\s*$/u

/**
 * The same in Turkish and Azerbaijani word order, right after the amount: "2 konteyner gəmisinin tikintisinə dair
 * müqavilə", "200 kombayn alınması üçün müqavilə", "15 lokomotivin tədarükü üzrə müqavilə", "4 feribotun inşasına
 * ilişkin sözleşme": the things a contract is to build, supply or buy.
 */
export const CONTRACTED_AFTER =
  /^(?:\s+\p{L}+){0,3}?\s+\p{L}*(?:tikinti|inşa|tədarük|tedarik|teslim|alın|alım|satın|istehsal|üretim|yığıl|montaj)\p{L}*\s+(?:üzrə|dair|üçün|için|ilişkin|barədə|hakkında)\s+(?:\p{L}+\s+)?(?:müqavilə|sözleşme|saziş|anlaşma|kontrakt|kontrat)/u
