import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../scripts/test/vitest-shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
