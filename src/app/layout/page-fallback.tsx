import { Skeleton } from '../../components/ui/skeleton'

/** Shown while the first view's code loads: a bare header bar and grey blocks. */
export function PageFallback() {
  return (
    <>
      <div className="site-header site-header--placeholder" aria-hidden="true" />
      <main id="main">
        <Skeleton variant="cards" blocks={4} />
      </main>
    </>
  )
}
