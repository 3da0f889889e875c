import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, only: true, include: ["test/**/*.test-d.ts"] },
  },
});
