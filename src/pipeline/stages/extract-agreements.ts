import type { AgreementDraft, ExtractionInput } from '../types'

/** Finds the agreements an article states. STUB. */
export function extractAgreements(_input: ExtractionInput): AgreementDraft[] {
  return []
}
