/** Offers a blob to the user as a file download with the given name. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // revoke later: some browsers read the URL asynchronously after click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Turns a title into a safe, stable file-name stem ("Trade target (USD)" → "trade-target-usd"). */
export function toFileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return stem === '' ? 'chart' : stem.slice(0, 60)
}
