import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One fixed fast-check seed: reproducible runs (see the file).
    setupFiles: ["../../scripts/test/fast-check-seed.mjs"],
    include: ["src/**/*.test.ts"],
    // Tests spawn the built binary (`dist/command/cli.js`); each spawn pays Node's start-up.
    testTimeout: 120_000,
  },
});
