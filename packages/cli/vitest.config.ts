import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Tests spawn the built binary (`dist/cli.js`); each spawn pays Node's start-up.
    testTimeout: 120_000,
  },
});
