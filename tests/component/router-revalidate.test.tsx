import { QueryClient } from '@tanstack/react-query'
import type { RouteObject, ShouldRevalidateFunctionArgs } from 'react-router'
import { describe, expect, it } from 'vitest'
import { createRoutes } from '../../src/app/router'

/** Every route of the tree, depth first. */
const flatten = (routes: RouteObject[]): RouteObject[] =>
  routes.flatMap((route) => [route, ...flatten(route.children ?? [])])

const viewRoutes = flatten(createRoutes(new QueryClient())).filter((route) => route.loader && route.id !== 'embed')

const move = (from: string, to: string): ShouldRevalidateFunctionArgs => ({
  currentUrl: new URL(from, 'http://localhost'),
  nextUrl: new URL(to, 'http://localhost'),
  currentParams: {},
  nextParams: {},
  defaultShouldRevalidate: true,
})

describe('view routes and their loaders', () => {
  it('covers every view that loads data ahead', () => {
    expect(viewRoutes.map((route) => route.id)).toEqual(['overview', 'targets', 'agreements', 'timeline', 'sources'])
  })

  // a loader run on a query change makes the router commit a loading state first, then the new address in a
  // transition: the whole page rendered twice per filter click
  it.each(viewRoutes.map((route) => [route.id, route] as const))(
    '%s: a filter, tab or page change runs no loader; a new path does',
    (_, route) => {
      expect(route.shouldRevalidate?.(move('/agreements', '/agreements?sector=energy'))).toBe(false)
      expect(route.shouldRevalidate?.(move('/timeline?country=KZ', '/timeline?country=KZ&page=2'))).toBe(false)
      expect(route.shouldRevalidate?.(move('/targets/trade', '/targets/transit'))).toBe(true)
      expect(route.shouldRevalidate?.(move('/sources/a', '/sources/b?lang=tr'))).toBe(true)
    },
  )
})
