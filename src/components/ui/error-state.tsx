import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { DataFileError } from '../../data/fetch-json'

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  error: unknown
  onRetry: () => void
  /** True while the retry is under way; the button then says so and waits. */
  retrying?: boolean
}

function reasonOf(error: unknown, t: TFunction): { file: string | null; reason: string } {
  if (error instanceof DataFileError) {
    const { failure } = error
    switch (failure.kind) {
      case 'http':
        return { file: error.file, reason: t('state.errorHttp', { status: failure.status }) }
      case 'network':
        return { file: error.file, reason: t('state.errorNetwork', { message: failure.message }) }
      case 'json':
        return { file: error.file, reason: t('state.errorJson') }
      case 'schema':
        return { file: error.file, reason: t('state.errorSchema', { path: failure.path, message: failure.message }) }
    }
  }
  return {
    file: null,
    reason: t('state.errorOther', { message: error instanceof Error ? error.message : String(error) }),
  }
}

/** Shows why a data file failed (the file and the reason) with a Retry button. */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation()
  const { file, reason } = reasonOf(error, t)
  return (
    <section className="error-state" role="alert">
      <h2 className="error-state__title">{file ? t('state.errorTitle', { file }) : t('state.crashTitle')}</h2>
      <p>{reason}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('actions.retrying') : t('actions.retry')}
      </button>
    </section>
  )
}
