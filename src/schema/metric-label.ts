/**
 * The English labels the pipeline gives metrics it builds rather than looks up, and how the interface reads them back
 * to name them in its own language. Both sides use this one module, so a label the pipeline writes is always one the
 * interface can read.
 */

/** What a percentage says about its metric: a change ("growth") or a part of a whole ("share"). */
export type PercentForm = 'growth' | 'share'
/** A metric built from another: a percentage of it, or the price of one unit of what it measures ("wheat-supply-price"). */
export type BuiltForm = PercentForm | 'price'

const UNNAMED = /^Unnamed figure \((.+)\)$/u
const BUILT = /^(.+): (growth|share|price)$/u

/** The metric of a figure whose words name none, filed by its unit ("unnamed-mw"). */
export const unnamedMetricId = (unitSlug: string) => `unnamed-${unitSlug}`
/** Its English label, which keeps the unit as written ("Unnamed figure (MW)"). */
export const unnamedMetricLabel = (unit: string) => `Unnamed figure (${unit})`

/** A percentage of a metric: "trade-turnover-growth", "Bilateral trade turnover: growth". */
export const percentMetric = (metric: string, label: string, form: PercentForm) => ({
  metric: `${metric}-${form}`,
  label: `${label}: ${form}`,
})

/** The price of one unit of a metric's goods ("$236 a tonne" of wheat): "wheat-supply-price", "Wheat supply: price". */
export const priceMetric = (metric: string, label: string) => ({ metric: `${metric}-price`, label: `${label}: price` })

/** A built label read back: the unit of an unnamed metric, or the metric a percentage or price is of. */
export type MetricLabelParts =
  { form: 'unnamed'; unit: string } | { form: BuiltForm; metric: string; label: string } | { form: 'named' }

/** Reads a metric and its label back into the parts the pipeline built them from; a looked-up metric is 'named'. */
export function readMetricLabel(metric: string, label: string): MetricLabelParts {
  const unnamed = UNNAMED.exec(label)
  if (unnamed && metric.startsWith(unnamedMetricId(''))) return { form: 'unnamed', unit: unnamed[1]! }
  const built = BUILT.exec(label)
  const form = built?.[2] as BuiltForm | undefined
  if (built && form && metric.endsWith(`-${form}`)) {
    return { form, metric: metric.slice(0, -form.length - 1), label: built[1]! }
  }
  return { form: 'named' }
}
