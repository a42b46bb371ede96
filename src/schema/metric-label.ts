/**
 * The English labels the pipeline gives metrics it builds rather than looks up, and how the interface reads them back
 * to name them in its own language. Both sides use this one module, so a label the pipeline writes is always one the
 * interface can read.
 */

/** What a percentage says about its metric: a change ("growth") or a part of a whole ("share"). */
export type PercentForm = 'growth' | 'share'

const UNNAMED = /^Unnamed figure \((.+)\)$/u
const PERCENT = /^(.+): (growth|share)$/u

/** The metric of a figure whose words name none, filed by its unit ("unnamed-mw"). */
export const unnamedMetricId = (unitSlug: string) => `unnamed-${unitSlug}`
/** Its English label, which keeps the unit as written ("Unnamed figure (MW)"). */
export const unnamedMetricLabel = (unit: string) => `Unnamed figure (${unit})`

/** A percentage of a metric: "trade-turnover-growth", "Bilateral trade turnover: growth". */
export const percentMetric = (metric: string, label: string, form: PercentForm) => ({
  metric: `${metric}-${form}`,
  label: `${label}: ${form}`,
})

/** A built label read back: the unit of an unnamed metric, or the metric a percentage is of. */
export type MetricLabelParts =
  { form: 'unnamed'; unit: string } | { form: PercentForm; metric: string; label: string } | { form: 'named' }

/** Reads a metric and its label back into the parts the pipeline built them from; a looked-up metric is 'named'. */
export function readMetricLabel(metric: string, label: string): MetricLabelParts {
  const unnamed = UNNAMED.exec(label)
  if (unnamed && metric.startsWith(unnamedMetricId(''))) return { form: 'unnamed', unit: unnamed[1]! }
  const percent = PERCENT.exec(label)
  const form = percent?.[2] as PercentForm | undefined
  if (percent && form && metric.endsWith(`-${form}`)) {
    return { form, metric: metric.slice(0, -form.length - 1), label: percent[1]! }
  }
  return { form: 'named' }
}
