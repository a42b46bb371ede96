import type { Agreement, DocumentType } from '../schema/dataset'

/** The translator the label needs: a key and its values in, the interface string out. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/**
 * Generates a document's type label in the interface language from `docType` and `years` ("Roadmap 2026–2027",
 * "Joint declaration"); a package is labelled by its count. Never quotes the source's title.
 */
export function docTypeLabel(agreement: Pick<Agreement, 'kind' | 'count' | 'docType' | 'years'>, t: Translate): string {
  if (agreement.kind === 'package') {
    return agreement.count === null
      ? t('agreements.packageTitleUncounted')
      : t('agreements.packageTitle', { count: agreement.count })
  }
  const type = agreement.docType === null ? t('occasions.documentOfUnknownType') : docTypeName(agreement.docType, t)
  return agreement.years ? t('occasions.withYears', { type, years: agreement.years }) : type
}

/** Names a document type in the interface language ("Joint declaration"). */
export function docTypeName(docType: DocumentType, t: Translate): string {
  return t(`occasions.docTypes.${docType}`)
}
