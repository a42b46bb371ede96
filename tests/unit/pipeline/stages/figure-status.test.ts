import { describe, expect, it } from 'vitest'
import { extract, pick } from './figure-input'

describe('statusFigures via extractFigures(input): figures stated without a number', () => {
  it('reads a planned project with a deadline as a status target (waits on lexicon/dates)', () => {
    const [figure] = extract(
      [
        '"Bu kontekstdə səfir Transxəzər Beynəlxalq Nəqliyyat Marşrutu (TBNM), 2026-cı ilin sonuna planlaşdırılan Xəzər dənizinin dibi ilə fiber-optik rabitə xəttinin çəkilişi kimi iri layihələrin əhəmiyyətini qeyd edib.',
      ],
      'az',
      '2025-12-15',
    )
    expect(figure && pick(figure)).toEqual({
      metric: 'caspian-fibre-optic-line',
      kind: 'target',
      value: null,
      valueMax: null,
      unit: 'status',
      qualifier: 'exact',
      words: '2026-cı ilin sonuna planlaşdırılan Xəzər dənizinin dibi ilə fiber-optik rabitə xəttinin',
    })
    expect(figure?.deadline).toBe('2026-12-31')
    expect(figure?.sectors).toContain('digital')
  })

  it('reads "main wheat supplier" as an achieved status (year waits on lexicon/dates)', () => {
    const [figure] = extract(
      ['Diplomat vurğulayıb ki, 2025-ci ildə Qazaxıstan ilk dəfə Azərbaycan bazarına əsas buğda tədarükçüsü olub.'],
      'az',
      '2025-12-15',
    )
    expect(figure && pick(figure)).toEqual({
      metric: 'wheat-supply',
      kind: 'achieved',
      value: null,
      valueMax: null,
      unit: 'status',
      qualifier: 'exact',
      words: 'əsas buğda tədarükçüsü',
    })
    expect(figure?.sectors).toEqual(expect.arrayContaining(['agriculture', 'trade']))
    expect(figure?.year).toBe(2025)
  })

  it.each<[string, string]>([
    ['ru', 'Основные поставщики:'],
    ['en', 'Main suppliers:'],
  ])('%s: a standing that names no country ("%s" over a list) is no figure', (lang, line) => {
    expect(extract([line], lang, '2026-06-15').filter((f) => f.unit === 'status')).toEqual([])
  })

  it('reads a target on a named measure stated without a number', () => {
    const figures = extract(
      ['Qazaxıstan ilə Azərbaycan arasında ticarət dövriyyəsinin həcmini artırmağı hədəfləyirik.'],
      'az',
    )
    expect(figures.map(pick)).toEqual([
      {
        metric: 'trade-turnover',
        kind: 'target',
        value: null,
        valueMax: null,
        unit: 'USD',
        qualifier: 'exact',
        words: 'dövriyyəsinin həcmini artırmağı hədəfləyirik',
      },
    ])
  })

  it('reads a planned terminal, not the port it stands in (waits on lexicon/dates)', () => {
    const [figure] = extract(
      [
        '2027-ci ilin sonuna qədər Ələt limanında yeni konteyner terminalının tikintisinin başa çatdırılması planlaşdırılır.',
      ],
      'az',
    )
    expect(figure?.unit).toBe('status')
    expect(figure?.words).toBe('2027-ci ilin sonuna qədər Ələt limanında yeni konteyner terminalının')
    expect(figure?.deadline).toBe('2027-12-31')
  })
})
