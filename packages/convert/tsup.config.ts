import { defineConfig } from "tsup";

export default defineConfig({
  entry: { "public-api": "src/public-api.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  clean: true,
  target: "es2022",
  external: ["zod"],
});
