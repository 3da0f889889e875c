import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One fixed fast-check seed: reproducible runs (see the file).
    setupFiles: ["../../scripts/test/fast-check-seed.mjs"],
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Hostile-input tests stream tens of megabytes; slow CI machines need more than vitest's 5 s default.
    testTimeout: 120_000,
  },
});
