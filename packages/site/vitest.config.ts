import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The browser test starts Chromium and builds the site once per file.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
