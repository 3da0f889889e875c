import { defineConfig } from "vitest/config";

// The checks on published real files (`*.real-data.test.ts`), run by the root `npm run test:real-data`.
export default defineConfig({
  test: {
    include: ["src/**/*.real-data.test.ts"],
    testTimeout: 600_000,
  },
});
