import { defineConfig } from "tsup";

export default defineConfig({
  entry: { "public-api": "src/public-api.ts", "ndjson-worker": "src/ndjson/ndjson-worker.ts" },
  // `import.meta.url` in the CommonJS build, to find the worker script beside it.
  shims: true,
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  external: ["zod", "@tip/schema", "csv-parse"],
});
