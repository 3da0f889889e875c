import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One fixed fast-check seed: reproducible runs (see the file).
    setupFiles: ["../../scripts/test/fast-check-seed.mjs"],
    include: ["src/**/*.test.ts"],
    // Checks on the published real files run apart, with the real-data suite.
    exclude: ["**/*.real-data.test.ts", "**/node_modules/**"],
    // The property tests convert 10,000 generated victims; give them room on slow CI machines.
    testTimeout: 120_000,
  },
});
