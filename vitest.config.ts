import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each file boots its own Payload on its own SQLite file; see test/helpers.
    // Bounds for a hung test, not for speed: on a busy 2-core machine one Payload boot or
    // request can take a minute. Speed is measured by `npm run bench`, never by a timeout.
    testTimeout: 600_000,
    hookTimeout: 900_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
})
