import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One fixed fast-check seed: reproducible runs (see the file).
    setupFiles: ["../../scripts/test/fast-check-seed.mjs"],
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Generating and checking thousands of records takes longer than vitest's 5 s default on slow CI machines.
    testTimeout: 120_000,
  },
});
