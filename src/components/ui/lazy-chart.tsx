import { useEffect, useState, type ComponentType } from 'react'

/** A chart drawing whose module (and Recharts with it) loads on demand; the chart island waits for it. */
export interface LazyChart<P> {
  (props: P): React.ReactElement | null
  /** Loads the module once; later calls share the same promise. */
  load: () => Promise<ComponentType<P>>
  /** The drawing component once loaded, so a render can use it at once instead of suspending. */
  loaded: () => ComponentType<P> | null
}

/**
 * Wraps a module that draws a chart with Recharts so the module loads only when a chart goes live: a baked page shows
 * the build's SVG until then, and views without charts never download Recharts. The wrapper renders nothing until
 * the module is there (the island keeps the baked drawing or an empty box of the chart's height meanwhile).
 */
export function lazyChart<P extends object>(importer: () => Promise<{ default: ComponentType<P> }>): LazyChart<P> {
  let promise: Promise<ComponentType<P>> | null = null
  let component: ComponentType<P> | null = null
  const load = () =>
    (promise ??= importer().then((module) => {
      component = module.default
      return module.default
    }))
  function LazyChartDrawing(props: P) {
    const [Drawing, setDrawing] = useState<ComponentType<P> | null>(() => component)
    useEffect(() => {
      if (Drawing) return
      let live = true
      void load().then((loaded) => {
        if (live) setDrawing(() => loaded)
      })
      return () => {
        live = false
      }
    }, [Drawing])
    return Drawing ? <Drawing {...props} /> : null
  }
  return Object.assign(LazyChartDrawing, { load, loaded: () => component })
}

/** Reads the loader of an element's component, if it is a lazy chart. */
export function chartLoaderOf(type: unknown): Pick<LazyChart<object>, 'load' | 'loaded'> | null {
  const candidate = type as Partial<LazyChart<object>> | null
  return typeof candidate?.load === 'function' && typeof candidate.loaded === 'function'
    ? { load: candidate.load, loaded: candidate.loaded }
    : null
}
