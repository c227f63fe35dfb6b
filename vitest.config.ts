import { defineConfig } from 'vitest/config'
import path from 'node:path'

/**
 * Tests that time a server's answers while it imports (issue 18: /healthz within 1 s throughout a
 * 50,000-row import) run after every other file, alone: beside two other test files on a 2-core
 * machine their figures would measure the neighbours, not the server.
 */
const UNDER_LOAD = ['test/e2e/import-under-load.test.ts']

export default defineConfig({
  resolve: { alias: { '~': path.resolve(import.meta.dirname, 'app') } },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // PGlite costs ~1 GiB per open database: keep the worker count modest.
    maxWorkers: 3,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/unit/**/*.test.ts', 'test/db/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          exclude: UNDER_LOAD,
        },
      },
      {
        extends: true,
        test: { name: 'timed', include: UNDER_LOAD, sequence: { groupOrder: 1 } },
      },
    ],
  },
})
