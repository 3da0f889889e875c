import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The property tests convert 10,000 generated victims; give them room on slow CI machines.
    testTimeout: 120_000,
  },
});
