import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../scripts/test/vitest-shared.mjs";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    include: ["src/**/*.test.ts"],
    // At least two workers, where vitest would take one on two cores: these tests mostly wait for the `tip`
    // processes they start, and two workers overlap that waiting (alone on 2 cores: 74 s against 107 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
