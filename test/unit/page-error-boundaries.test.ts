// Every route module that renders a page (a default export) also exports an ErrorBoundary, and it is
// the one shared PageErrorBoundary (app/components/error-page.tsx): an error then replaces that
// page only, in the user's language, and the shell and layouts above it stay (issues 12 and 16).
// Read with the TypeScript checker, so `export function ErrorBoundary` and a re-export both count.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ROUTES = path.join(ROOT, 'app', 'routes')
const SHARED = path.join(ROOT, 'app', 'components', 'error-page.tsx')

function programOf(files: string[]): ts.Program {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
  return ts.createProgram(files, { ...options, noEmit: true })
}

/** Each route module's exports, the file each ErrorBoundary is declared in (or null). */
function routeExports(program: ts.Program, files: string[]) {
  const checker = program.getTypeChecker()
  return files.map((file) => {
    const source = program.getSourceFile(file)!
    const module = checker.getSymbolAtLocation(source)
    const exports = module ? checker.getExportsOfModule(module) : []
    const boundary = exports.find((e) => e.name === 'ErrorBoundary')
    const declaration =
      boundary &&
      (boundary.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(boundary) : boundary)
        .declarations?.[0]
    return {
      route: path.relative(ROOT, file),
      page: exports.some((e) => e.name === 'default'),
      boundary: declaration ? path.resolve(declaration.getSourceFile().fileName) : null,
    }
  })
}

describe('error boundaries', () => {
  const files = readdirSync(ROUTES)
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(ROUTES, name))
  const program = programOf(files)
  const routes = routeExports(program, files)

  it('are read from the route modules: pages, and resource routes without one', () => {
    const byRoute = new Map(routes.map((r) => [r.route, r]))
    // Pages: the overview, a layout, a splat; resource routes: an export, the health check.
    expect(byRoute.get('app/routes/_index.tsx')?.page).toBe(true)
    expect(byRoute.get('app/routes/admin.tsx')?.page).toBe(true)
    expect(byRoute.get('app/routes/$.tsx')?.page).toBe(true)
    expect(byRoute.get('app/routes/regions.$code_.export.ts')).toMatchObject({
      page: false,
      boundary: null,
    })
    expect(byRoute.get('app/routes/healthz.ts')).toMatchObject({ page: false, boundary: null })
    expect(routes.filter((r) => r.page).length).toBeGreaterThan(20)
  })

  it('every page route exports the shared PageErrorBoundary as its ErrorBoundary', () => {
    const missing = routes
      .filter((r) => r.page && r.boundary !== SHARED)
      .map((r) => `${r.route}: ${r.boundary ? path.relative(ROOT, r.boundary) : 'none'}`)
    expect(missing).toEqual([])
  })
})
