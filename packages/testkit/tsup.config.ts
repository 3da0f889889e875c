import { defineConfig } from "tsup";

export default defineConfig({
  // `hostile` is its own entry point: it needs fast-check (an optional peer), the main entry does not.
  entry: { "public-api": "src/public-api.ts", hostile: "src/hostile.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  clean: true,
  target: "es2022",
  external: ["zod", "@tip/schema", "fast-check"],
});
