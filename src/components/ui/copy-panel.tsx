import { useId } from 'react'
import { useClipboard } from '../../lib/use-clipboard'

/** Props of {@link CopyPanel}. */
export interface CopyPanelProps {
  /** The visible text of the disclosure button ("Cite", "Embed"). */
  summary: string
  /** Its accessible name, naming what is cited or embedded. */
  summaryLabel: string
  heading: string
  hint?: string
  /** The text to show and copy. */
  text: string
  copyLabel: string
  copiedLabel: string
  failedLabel: string
  /** Shows the text in a monospace block (code) rather than as a sentence. */
  code?: boolean
}

/** A disclosure that shows a text (a citation, an embed snippet) with a button that copies it. */
export function CopyPanel(props: CopyPanelProps) {
  const { summary, summaryLabel, heading, hint, text, copyLabel, copiedLabel, failedLabel, code = false } = props
  const [status, copy] = useClipboard()
  const headingId = useId()

  return (
    <details className="copy-panel">
      <summary className="button button--quiet" aria-label={summaryLabel}>
        {summary}
      </summary>
      <div className="copy-panel__body" role="group" aria-labelledby={headingId}>
        <p id={headingId} className="copy-panel__heading">
          {heading}
        </p>
        {hint ? <p className="copy-panel__hint">{hint}</p> : null}
        {code ? (
          <pre className="copy-panel__text copy-panel__text--code" tabIndex={0}>
            <code>{text}</code>
          </pre>
        ) : (
          <p className="copy-panel__text">
            <bdi>{text}</bdi>
          </p>
        )}
        <button type="button" className="button" onClick={() => void copy(text)}>
          {copyLabel}
        </button>
        <span className="copy-panel__status" role="status">
          {status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel : ''}
        </span>
      </div>
    </details>
  )
}
