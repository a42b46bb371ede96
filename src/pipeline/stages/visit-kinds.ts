import type { EventKind } from '../../schema/dataset'

/** The ranks of a visit: sources call one visit "state", "official" or just a visit. */
export const VISIT_KINDS: readonly EventKind[] = ['state-visit', 'official-visit', 'visit']

/** Tells whether a kind (or a mention's missing kind) is a visit of any rank. */
export const isVisitKind = (kind: EventKind | null): boolean => kind !== null && VISIT_KINDS.includes(kind)
