/**
 * A pluperfect, the past before the story's past: "olmuşdu", "imzalamıştı", "had reached" (Russian has no such tense).
 * It tells background (a comparison's base, a signing long before), not the story's own events. Turkish and
 * Azerbaijani keep vowel harmony in the participle and the copula; a dotless ı may have been folded to i. The perfect
 * "-mışdır" / "-miştir" is no pluperfect.
 */
export const PLUPERFECT =
  /\p{L}(?:m[ıi]ş(?:d|t)[ıi]|m[uü]ş(?:d|t)[uü])(?:m|n|k|q|niz|nız|lar|lər|ler)?(?![\p{L}])|(?<![\p{L}])had\s+(?:been|reached|risen|grown|fallen|totalled|totaled|amounted|stood|\p{L}+ed)(?![\p{L}])/u
