import type { Participant, ParticipantRole } from '../../schema/dataset'
import { findCountries } from '../lexicon/countries'
import type { PersonMatch } from '../lexicon/people'
import { looseFold } from '../lexicon/term-matcher'
import type { Span } from '../types'

/** Title words and the role they give the person named beside them, most specific first. */
const ROLE_WORDS: [ParticipantRole, RegExp][] = [
  ['head-of-government', /başbakan\p{L}*|baş nazir\p{L}*|prime minister|премьер-министр\p{L}*/u],
  ['head-of-state', /cumhurbaşkan\p{L}*|devlet başkan\p{L}*|prezident\p{L}*|president|президент\p{L}*/u],
  ['ambassador', /büyükelçi\p{L}*|səfir(?!liy)\p{L}*|ambassador|посол\p{L}*|посл[аоу]\p{L}*/u],
  ['minister', /bakan\p{L}*|nazir\p{L}*|minister|министр\p{L}*/u],
  ['official', /başkan\p{L}*|sədr\p{L}*|chairman|head of|director|rəhbər\p{L}*|председател\p{L}*|глав\p{L}*/u],
]

/**
 * Reads a person's role from the title words just before the name ("Kazakistan Cumhurbaşkanı Tokayev", "Baş nazir
 * Olcas Bektenov", "Prime Minister Ali Asadov") or just after it in an apposition ("Alim Bayel, the ambassador").
 */
export function roleOf(text: string, person: Span, lang: string): ParticipantRole | null {
  const before = looseFold(text.slice(Math.max(0, person.start - 45), person.start), lang)
  const clause = before.split(/[,;:.]/u).at(-1) ?? ''
  // the title stands right before the name: a country or organisation may sit between, but no other person
  for (const [role, pattern] of ROLE_WORDS) {
    const m = [...clause.matchAll(new RegExp(pattern.source, 'gu'))].at(-1)
    if (m && clause.length - (m.index + m[0].length) < 25) return role
  }
  const after = looseFold(text.slice(person.end, person.end + 40), lang)
  const apposition = /^\s*,\s*(?:the\s+|его\s+)?([^,]+)/u.exec(after)?.[1] ?? ''
  return (
    ROLE_WORDS.find(([, pattern]) =>
      new RegExp(`^(?:\\p{L}+\\s+){0,2}(?:${pattern.source})`, 'u').test(apposition),
    )?.[0] ?? null
  )
}

/** The participants a stretch of a sentence names, each with the role and country its words give. */
export function participantsOf(text: string, people: readonly PersonMatch[], lang: string): Participant[] {
  const seen = new Set<string>()
  return people.flatMap((person) => {
    if (seen.has(person.name)) return []
    seen.add(person.name)
    return [{ name: person.name, role: roleOf(text, person, lang), country: person.country }]
  })
}

/** Joins participant lists, one entry per name, keeping the first role and country any source gives. */
export function mergeParticipants(lists: readonly (readonly Participant[])[]): Participant[] {
  const byName = new Map<string, Participant>()
  for (const p of lists.flat()) {
    const known = byName.get(p.name)
    byName.set(p.name, known ? { ...known, role: known.role ?? p.role, country: known.country ?? p.country } : p)
  }
  return [...byName.values()]
}

const EMBASSY = /büyükelçiliğ\p{L}*|səfirliy\p{L}*|səfirliğ\p{L}*|embassy|посольств\p{L}*/u

/**
 * Finds an embassy the occasion is held at and whose country it is ("Qazaxıstanın Bakıdakı səfirliyində",
 * "Kazakistan'ın Bakü Büyükelçiliği'nde", "the Kazakh embassy in Baku", "в посольстве Казахстана").
 */
export function embassyCountryOf(text: string, lang: string): string | null {
  const folded = looseFold(text, lang)
  const m = EMBASSY.exec(folded)
  if (!m) return null
  const near = findCountries(text, lang).filter((c) => c.end <= m.index + m[0].length + 30)
  const before = near.filter((c) => c.end <= m.index && m.index - c.end < 30).at(-1)
  const after = near.find((c) => c.start >= m.index + m[0].length && c.start - (m.index + m[0].length) < 4)
  return (before ?? after)?.code ?? null
}
