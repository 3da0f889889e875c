import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../scripts/test/vitest-shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    // Starting an embedded PostgreSQL (PGlite) takes seconds on a busy machine.
    hookTimeout: 120_000,
    include: ["src/**/*.test.ts"],
  },
});
