import { defineConfig } from 'vitest/config'
import path from 'node:path'

export default defineConfig({
  resolve: { alias: { '~': path.resolve(import.meta.dirname, 'app') } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/db/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // PGlite costs ~1 GiB per open database: keep the worker count modest.
    maxWorkers: 3,
    pool: 'forks',
  },
})
