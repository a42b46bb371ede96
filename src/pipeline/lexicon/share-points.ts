import type { Quantity } from './quantity'

/**
 * A Turkish share, rate or margin in the sentence: "Poti'nin … payı", "ihracat oranı", "FAVÖK marjımız", and interest
 * ("Faiz desteği: TL kredilerde 7 puan"), whose points are percentage points too.
 */
const TURKISH_SHARE =
  /(?<![\p{L}])(?:pay|payı|payımız|payını|payında|oranı|oranını|marjı|marjımız|marjını|marjında|faiz\p{L}*)(?![\p{L}])/u
const POINTS_AFTER = /^\s+puan(?:lık|la|a)?(?![\p{L}])/u
/** Points a share moves by are percentage points, no more than a hundred of them. */
const MAX_SHARE_POINTS = 100

/**
 * "payı … 4 puan gerileyerek yüzde 21'e inmiştir", "payı 12 puanlık artışla": beside a share, Turkish points are
 * percentage points. An index's points ("BIST 100 … 120 puan yükseldi") stand beside no share.
 */
export function sharePoints(folded: string, quantities: readonly Quantity[], lang: string): readonly Quantity[] {
  if (lang !== 'tr' || !TURKISH_SHARE.test(folded)) return quantities
  return quantities.map((q) => {
    const points = POINTS_AFTER.exec(folded.slice(q.end, q.end + 16))
    if (q.unit !== 'count' || q.value > MAX_SHARE_POINTS || !points) return q
    return { ...q, unit: 'percent', end: q.end + points[0].length }
  })
}
