/** One document a term is indexed for, as the builder spills it: one line per term and document. */
export interface Posting {
  term: string
  doc: number
  /** Times the term occurs in the document. */
  count: number
  /** Place of the term's first occurrence among the document's distinct terms (MiniSearch inserts terms in order). */
  first: number
  /** Distinct terms in the document (MiniSearch's field length). */
  distinct: number
  /** The term's share of the document's words: what ranks documents when a term keeps only some. */
  weight: number
}

/**
 * Lists a document's terms as posting lines, in order of first occurrence: `term, doc, count, first, distinct, total`
 * separated by tabs (a folded term is letters and digits only, so it holds no tab).
 */
export function postingLines(doc: number, terms: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
  return [...counts].map(([term, count], first) => [term, doc, count, first, counts.size, terms.length].join('\t'))
}

/** Reads a posting line back. */
export function parsePosting(line: string): Posting {
  const [term = '', doc, count, first, distinct, total] = line.split('\t')
  return {
    term,
    doc: Number(doc),
    count: Number(count),
    first: Number(first),
    distinct: Number(distinct),
    weight: Number(count) / Number(total),
  }
}

/** The `cap` postings where the term weighs most, ties to the earlier document. */
const strongest = (postings: readonly Posting[], cap: number) =>
  [...postings].sort((a, b) => b.weight - a.weight || a.doc - b.doc).slice(0, cap)

/**
 * Groups postings by term, keeping at most `cap` per term (the ones where it weighs most). A term's list is cut back
 * whenever it doubles the cap, so a word in every document holds 2 × cap postings at most, never the corpus; the
 * strongest `cap` of all are the strongest of the kept ones and the rest, so the result is the same.
 */
export function keptPostings(lines: Iterable<string>, cap: number): Map<string, Posting[]> {
  const byTerm = new Map<string, Posting[]>()
  for (const line of lines) {
    const posting = parsePosting(line)
    const list = byTerm.get(posting.term)
    if (!list) {
      byTerm.set(posting.term, [posting])
      continue
    }
    list.push(posting)
    if (list.length > 2 * cap) byTerm.set(posting.term, strongest(list, cap))
  }
  for (const [term, list] of byTerm) if (list.length > cap) byTerm.set(term, strongest(list, cap))
  return byTerm
}
