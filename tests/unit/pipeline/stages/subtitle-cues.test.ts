import { describe, expect, it } from 'vitest'
import { joinSubtitleCues } from '../../../../src/pipeline/stages/subtitle-cues'

/** A subtitle file's cues, numbered and timed from the start, each cue's lines as given. */
const srt = (cues: readonly (readonly string[])[]) =>
  cues
    .map((lines, k) => {
      const from = `00:00:${String(k * 4).padStart(2, '0')},000`
      const to = `00:00:${String(k * 4 + 4).padStart(2, '0')},000`
      return [String(k + 1), `${from} --> ${to}`, ...lines].join('\n')
    })
    .join('\n\n')

describe('joinSubtitleCues: a subtitle file’s cues are joined back into the speakers’ paragraphs', () => {
  it.each([
    [
      'tr',
      [
        ['MUHABİR: Sofralık üzüm ihracatı ise yılın ilk sekiz ayında'],
        ['186 bin tona çıktı; bu, geçen yılın aynı dönemine göre'],
        ["yüzde 34'lük bir artış."],
        ['RUSTAM ERGAŞEV (Tır şoförü, 52):', "Fergana'dan İstanbul'a 9 ila 11 günde gidiyoruz."],
      ],
      [
        "MUHABİR: Sofralık üzüm ihracatı ise yılın ilk sekiz ayında 186 bin tona çıktı; bu, geçen yılın aynı dönemine göre yüzde 34'lük bir artış.",
        "RUSTAM ERGAŞEV (Tır şoförü, 52): Fergana'dan İstanbul'a 9 ila 11 günde gidiyoruz.",
      ],
    ],
    [
      'en',
      [
        ['[upbeat music]'],
        ['REPORTER: In 2025 the plant assembled', '1,240 electric buses, more than'],
        ['twice as many as in 2024.'],
      ],
      ['REPORTER: In 2025 the plant assembled 1,240 electric buses, more than twice as many as in 2024.'],
    ],
    [
      'ru',
      [['КОРРЕСПОНДЕНТ: За первые семь месяцев'], ['в Турцию отправили 212 тысяч тонн'], ['чечевицы.']],
      ['КОРРЕСПОНДЕНТ: За первые семь месяцев в Турцию отправили 212 тысяч тонн чечевицы.'],
    ],
    [
      'az',
      [['APARICI: Ötən il limandan'], ['2,4 milyon ton yük keçib.'], ['(alqışlar)']],
      ['APARICI: Ötən il limandan 2,4 milyon ton yük keçib.'],
    ],
  ])('%s', (_lang, cues, paragraphs) => {
    const { text } = joinSubtitleCues(`Haber başlığı\n\n${srt(cues)}\n\nPaylaş: Facebook · X`)
    expect(text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'Haber başlığı',
      ...paragraphs,
      'Paylaş: Facebook · X',
    ])
  })

  it('keeps what it cuts: each cue’s number and timing, and the notes of sounds', () => {
    const { removed } = joinSubtitleCues(srt([['[music]'], ['ANCHOR: Good evening.'], ['Our correspondent reports.']]))
    expect(removed.filter((r) => r.reason === 'subtitle sound').map((r) => r.text)).toEqual(['[music]'])
    expect(removed.filter((r) => r.reason === 'subtitle timing')).toHaveLength(6)
    expect(removed).toContainEqual({ reason: 'subtitle timing', text: '00:00:04,000 --> 00:00:08,000' })
  })

  it.each([
    ['prose', 'Exports rose 12% in 2025.\nThe port handled 3 million tonnes.'],
    [
      'a story quoting two timings',
      'Cue 1 runs 00:01:12,400 --> 00:01:15,900.\nCue 2 runs 00:01:16,000 --> 00:01:18,000.',
    ],
  ])('guard: %s is no subtitle file and stays as it is', (_, text) => {
    expect(joinSubtitleCues(text)).toEqual({ text, removed: [] })
  })
})
