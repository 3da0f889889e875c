import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../scripts/test/vitest-shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    include: ["src/**/*.test.ts"],
    // Checks on the published real files run apart, with the real-data suite.
    exclude: ["**/*.real-data.test.ts", "**/node_modules/**"],
  },
});
