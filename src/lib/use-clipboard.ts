import { useCallback, useEffect, useState } from 'react'

/** Where a copy to the clipboard stands; a result shows for a moment, then the status returns to idle. */
export type CopyStatus = 'idle' | 'copied' | 'failed'

/** Returns the status of the last copy and a function that copies a text to the clipboard. */
export function useClipboard(): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>('idle')
  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 2500)
    return () => clearTimeout(timer)
  }, [status])
  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }, [])
  return [status, copy]
}
