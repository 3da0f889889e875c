import { defineConfig } from "tsup";

export default defineConfig({
  entry: { "public-api": "src/public-api.ts", "ndjson-worker": "src/stream/ndjson/ndjson-worker.ts" },
  // `import.meta.url` in the CommonJS build, to find the worker script beside it.
  shims: true,
  format: ["esm", "cjs"],
  // Types for the public API only: the worker script is internal.
  dts: { entry: { "public-api": "src/public-api.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  clean: true,
  target: "es2022",
  external: ["zod", "@tip/schema", "csv-parse"],
});
