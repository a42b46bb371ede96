import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REMOVED_REASON_KEYS, removedReasonLabel } from '../../../../src/features/sources/lib/removed-reasons'
import { createI18n } from '../../../../src/lib/i18n/create-i18n'
import { buildDataset } from '../../../../src/pipeline/build-dataset'

/** Real articles: the seeds, the generalisation fixtures and the development corpus (tr/az/en/ru, news sites' clutter). */
function allArticles() {
  const folder = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }))
  return [...folder('seeds'), ...folder('tests/fixtures/generalisation'), ...folder('../shared/corpus/articles')]
}

describe('the labels of what cleaning cut', () => {
  const reasons = new Set(buildDataset(allArticles()).dataset.articles.flatMap((a) => a.removed.map((r) => r.reason)))

  it('name every reason the pipeline writes on real articles in the interface language', () => {
    expect(reasons.size).toBeGreaterThan(3)
    const tr = createI18n('tr')
    for (const reason of reasons) expect(removedReasonLabel(reason, tr.t), reason).not.toBe(reason)
  })

  it('exist in Turkish and Azerbaijani for every reason, each its own words', () => {
    for (const lang of ['tr', 'az'] as const) {
      const { t } = createI18n(lang)
      const labels = Object.keys(REMOVED_REASON_KEYS).map((reason) => removedReasonLabel(reason, t))
      for (const [index, reason] of Object.keys(REMOVED_REASON_KEYS).entries()) {
        expect(labels[index], `${lang}: ${reason}`).not.toBe(reason)
        expect(labels[index], `${lang}: ${reason}`).not.toMatch(/^removedReasons\./)
      }
      expect(new Set(labels).size).toBe(labels.length)
    }
  })

  it('read the size limit with its number grouped, and keep a reason they do not know as written', () => {
    const { t } = createI18n('tr')
    expect(removedReasonLabel('credit line', t)).toBe('künye satırı')
    expect(removedReasonLabel('over the size limit: the last 12345 characters not read', t)).toBe(
      'boyut sınırı aşıldı: son 12.345 karakter okunmadı',
    )
    expect(removedReasonLabel('a reason from a newer pipeline', t)).toBe('a reason from a newer pipeline')
    const en = createI18n('en')
    expect(removedReasonLabel('over the size limit: the last 1 characters not read', en.t)).toBe(
      'over the size limit: the last 1 character not read',
    )
  })
})
