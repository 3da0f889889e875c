import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One fixed fast-check seed: reproducible runs (see the file).
    setupFiles: ["../../scripts/test/fast-check-seed.mjs"],
    // Generous: CI runs every package's tests at once on two cores; speed lives in `npm run bench`.
    testTimeout: 120_000,
    // Starting an embedded PostgreSQL (PGlite) takes seconds on a busy machine.
    hookTimeout: 120_000,
    include: ["src/**/*.test.ts"],
  },
});
