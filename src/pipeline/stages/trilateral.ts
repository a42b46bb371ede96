import { foldCase } from '../lexicon/text'
import { partyMentions } from './party-mentions'

/**
 * A trilateral article: a summit, a declaration or talks of three countries ("трехсторонний саммит", "üçtərəfli
 * görüş", "trilateral summit", "üçlü zirve"), where "the sides" and "the three countries" are all three of them.
 */
const TRILATERAL = /(?<![\p{L}])(?:трехсторонн|трёхсторонн|trilateral|üçtərəfli|üçlü|üç taraflı|üç ülke|üç ölkə)/u

/** Words that name all the sides at once: "Стороны", "the sides", "tərəflər", "тремя странами", "three countries". */
const ALL_SIDES =
  /(?<![\p{L}])(?:стороны|сторон|сторонами|the sides|the parties|taraflar\p{L}*|tərəflər\p{L}*|(?:three|the three) countries|тр[её]х стран|тремя странами|üç ülke\p{L}*|üç ölkə\p{L}*|ölkələrimiz\p{L}*|ülkelerimiz\p{L}*)(?![\p{L}])/u

/** The least share of an article's party mentions the third of three must hold to be a side, not a neighbour named. */
const MIN_THIRD_SHARE = 0.15

/** The three sides of an article whose headline tells of a trilateral occasion and names them, or none. */
export function articleTrio(title: string, lang: string, counts: readonly { code: string; share: number }[]): string[] {
  const third = counts[2]
  // the headline says the story is of three sides, and names them and no other: a trilateral swap told in a bilateral
  // story, or one item of a week's agenda, is not
  if (!third || third.share < MIN_THIRD_SHARE || !TRILATERAL.test(foldCase(title, lang))) return []
  const trio = counts.slice(0, 3).map(({ code }) => code)
  const named = new Set(partyMentions(title, lang).map((m) => m.code))
  return named.size === 3 && trio.every((code) => named.has(code)) ? trio : []
}

/** Tells whether a folded clause names all the sides at once ("Стороны договорились", "между тремя странами"). */
export const namesAllSides = (folded: string): boolean => ALL_SIDES.test(folded)
