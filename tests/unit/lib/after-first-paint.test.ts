import { describe, expect, it } from 'vitest'
import { afterFirstPaint, PAINT_BACKSTOP_MS, type PaintEnvironment } from '../../../src/lib/after-first-paint'

/** A scripted browser: frames, timers, paint entries and visibility changes happen when the test says so. */
function fakeBrowser(options: { hidden?: boolean; baked?: boolean; paintTiming?: boolean } = {}) {
  const frames: (() => void)[] = []
  const timers: { callback: () => void; ms: number }[] = []
  const painted: (() => void)[] = []
  const hiddenListeners: (() => void)[] = []
  let observing = 0
  const env: PaintEnvironment = {
    hidden: () => options.hidden ?? false,
    bakedShown: () => options.baked ?? true,
    observePaint:
      (options.paintTiming ?? true)
        ? (onPainted) => {
            observing += 1
            painted.push(onPainted)
            return () => {
              observing -= 1
            }
          }
        : null,
    onHidden: (callback) => {
      hiddenListeners.push(callback)
      return () => hiddenListeners.splice(hiddenListeners.indexOf(callback), 1)
    },
    nextFrame: (callback) => void frames.push(callback),
    later: (callback, ms) => void timers.push({ callback, ms }),
  }
  const runFrames = () => frames.splice(0).forEach((frame) => frame())
  const runTimers = (upTo: number) =>
    timers
      .filter((timer) => timer.ms <= upTo)
      .forEach((timer) => {
        timers.splice(timers.indexOf(timer), 1)
        timer.callback()
      })
  return {
    env,
    runFrames,
    runTimers,
    paint: () => painted.forEach((onPainted) => onPainted()),
    hide: () => [...hiddenListeners].forEach((listener) => listener()),
    observing: () => observing,
    hiddenListeners: () => hiddenListeners.length,
  }
}

describe('afterFirstPaint', () => {
  it('waits for the paint entry, not for the end of the first frame', () => {
    const browser = fakeBrowser()
    let starts = 0
    afterFirstPaint(() => (starts += 1), browser.env)
    browser.runFrames()
    browser.runTimers(0)
    expect(starts).toBe(0)
    browser.paint()
    expect(starts).toBe(1)
    expect(browser.observing()).toBe(0)
    expect(browser.hiddenListeners()).toBe(0)
  })

  it('starts once, whichever comes first of the paint, the tab hiding and the backstop', () => {
    const browser = fakeBrowser()
    let starts = 0
    afterFirstPaint(() => (starts += 1), browser.env)
    browser.hide()
    browser.paint()
    browser.runFrames()
    browser.runTimers(PAINT_BACKSTOP_MS)
    expect(starts).toBe(1)
  })

  it('starts after the backstop when no paint is reported', () => {
    const browser = fakeBrowser()
    let starts = 0
    afterFirstPaint(() => (starts += 1), browser.env)
    browser.runFrames()
    browser.runTimers(PAINT_BACKSTOP_MS - 1)
    expect(starts).toBe(0)
    browser.runTimers(PAINT_BACKSTOP_MS)
    expect(starts).toBe(1)
  })

  it('starts at once in a hidden tab, which paints no frames', () => {
    const browser = fakeBrowser({ hidden: true })
    let starts = 0
    afterFirstPaint(() => (starts += 1), browser.env)
    expect(starts).toBe(1)
  })

  it.each([
    ['a placeholder instead of the baked page', { baked: false }],
    ['a browser without paint timing', { paintTiming: false }],
  ])('starts after one frame with %s', (_, options) => {
    const browser = fakeBrowser(options)
    let starts = 0
    afterFirstPaint(() => (starts += 1), browser.env)
    expect(starts).toBe(0)
    browser.runFrames()
    browser.runTimers(0)
    expect(starts).toBe(1)
    expect(browser.observing()).toBe(0)
  })
})
