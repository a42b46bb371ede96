import type { TFunction } from 'i18next'
import type { Agreement } from '../../../schema/dataset'

/** Describes an agreement record in running text ("a package of 15 agreements"), from what the source states only. */
export function describeAgreement(agreement: Agreement, t: TFunction): string {
  if (agreement.kind === 'package') {
    return agreement.count === null
      ? t('agreements.packageUncounted')
      : t('agreements.packageOf', { count: agreement.count })
  }
  return agreement.title ? t('agreements.documentNamed', { title: agreement.title }) : t('agreements.documentUntitled')
}

/** Gives an agreement record its heading: the stated title, else what kind of record it is. */
export function agreementHeading(agreement: Agreement, t: TFunction): string {
  if (agreement.title) return agreement.title
  if (agreement.kind === 'document') return t('agreements.documentUntitledTitle')
  return agreement.count === null
    ? t('agreements.packageTitleUncounted')
    : t('agreements.packageTitle', { count: agreement.count })
}
