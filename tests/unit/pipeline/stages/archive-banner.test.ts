import { describe, expect, it } from 'vitest'
import { cutArchiveBanner } from '../../../../src/pipeline/stages/archive-banner'
import { ingestFile } from '../../../../src/pipeline/stages/ingest'
import { page, STORY_LEAD } from './header-pages'

const read = (text: string) => ingestFile({ file: 'capture.txt', bytes: new TextEncoder().encode(text) }).ingested

describe('cutArchiveBanner: a page saved from a web archive', () => {
  it('en: the toolbar’s capture days are not the story’s; its own date line under the menu is', () => {
    const capture = page(
      'The Wayback Machine - https://web.archive.org/web/20260303174219/https://www.ft.com/content/8c41d2e7',
      'INTERNET ARCHIVE',
      'Wayback Machine',
      'https://www.ft.com/content/8c41d2e7',
      '37 captures',
      '19 Nov 2025 - 3 Mar 2026',
      'FEB\tMAR\tAPR',
      '03',
      'About this capture',
      'TIMESTAMPS',
      'Saved 3 March 2026 17:42:19 UTC',
      'Turkish fridges and hazelnuts ride Central Asia’s spending boom',
      'Selin Ertan in Istanbul',
      'Published November 18 2025',
      '',
      STORY_LEAD.en,
    )
    const header = read(capture)
    expect([header?.title, header?.published]).toEqual([
      'Turkish fridges and hazelnuts ride Central Asia’s spending boom',
      '2025-11-18',
    ])
    expect(header?.removed.filter((r) => r.reason === 'web archive toolbar')).toHaveLength(11)
  })

  it('tr: a toolbar in Turkish, and the archive’s mark at the foot', () => {
    const capture = page(
      'WEB ARŞİVİ | https://www.ntv.com.tr/sanat/turk-dizileri-orta-asyada,Xk2pQ7 | GİT',
      '12 Nisan 2026 tarihinde arşivlendi, 09:31:14 (UTC)',
      'Bu adres için 47 kayıt: 3 Şubat 2026 – 12 Nisan 2026',
      'Arşivlenmiş bir sayfayı görüntülüyorsunuz. Görseller ve bağlantılar eksik olabilir.',
      'Türk dizileri Orta Asya’da: İhracat 1 milyar doları aştı',
      '',
      '03.02.2026 - 14:25',
      '',
      STORY_LEAD.tr,
      '— Arşiv kaydının sonu —',
    )
    const { text, removed } = cutArchiveBanner(capture)
    expect(removed.map((r) => r.text)).toHaveLength(5)
    expect(text.split('\n')[0]).toBe('Türk dizileri Orta Asya’da: İhracat 1 milyar doları aştı')
    expect(read(capture)?.published).toBe('2026-02-03')
  })

  it('guard: a story that mentions the Wayback Machine further down keeps every line', () => {
    const story = page('Archives keep the web', '', STORY_LEAD.en, 'The Wayback Machine saved 3 March 2026 pages.')
    expect(cutArchiveBanner(story)).toEqual({ text: story, removed: [] })
  })
})
