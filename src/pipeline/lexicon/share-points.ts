import type { Quantity } from './quantity'

/**
 * A Turkish share, rate or margin in the sentence: "Poti'nin … payı", "ihracat oranı", "FAVÖK marjımız", interest
 * ("Faiz desteği: TL kredilerde 7 puan"), inflation, a fund's return and a holding's weight or position ("ölçütün 1,07
 * puan üzerinde getiri", "pozisyonumuzu 0,8 puan artırırken"), whose points are percentage points too.
 */
const TURKISH_SHARE =
  /(?<![\p{L}])(?:pay|payı|payımız|payını|payında|oranı|oranını|marjı|marjımız|marjını|marjında|faiz\p{L}*|enflasyon\p{L}*|getiri\p{L}*|ağırlı\p{L}*|pozisyon\p{L}*)(?![\p{L}])/u
/** "1,7 puan", "1,7 yüzde puan", "12 puanlık": points after a number. */
const POINTS_AFTER = /^\s+(?:yüzde\s+)?puan(?:lık|la|a)?(?![\p{L}])/u
/** An index's name, whose points are its own ("BIST 100 endeksi 120 puan yükseldi"). */
const INDEX_WORD = /(?<![\p{L}])(?:endeks\p{L}*|bist|index)(?![\p{L}])/u
/** Points a share moves by are percentage points, no more than a hundred of them. */
const MAX_SHARE_POINTS = 100

/**
 * "payı … 4 puan gerileyerek yüzde 21'e inmiştir", "payı 12 puanlık artışla": beside a share, a rate or a percentage,
 * Turkish points are percentage points. An index's points ("BIST 100 … 120 puan yükseldi") are its own.
 */
export function sharePoints(folded: string, quantities: readonly Quantity[], lang: string): readonly Quantity[] {
  // "yüzde 30,1 seviyesinden 1,7 puan gerilemiştir": points moved from a percentage are its points too
  const besidePercent = quantities.some((q) => q.unit === 'percent') && !INDEX_WORD.test(folded)
  if (lang !== 'tr' || !(TURKISH_SHARE.test(folded) || besidePercent)) return quantities
  return quantities.map((q) => {
    const points = POINTS_AFTER.exec(folded.slice(q.end, q.end + 16))
    if (q.unit !== 'count' || q.value > MAX_SHARE_POINTS || !points) return q
    return { ...q, unit: 'percent', end: q.end + points[0].length }
  })
}
