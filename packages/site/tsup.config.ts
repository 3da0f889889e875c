import { defineConfig } from "tsup";

export default defineConfig({
  entry: { "public-api": "src/public-api.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "node",
  // `import.meta.url` locates @tip/schema's committed JSON Schema files in the CommonJS build too.
  shims: true,
  external: ["@tip/schema", "zod"],
});
