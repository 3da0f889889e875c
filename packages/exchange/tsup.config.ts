import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    "public-api": "src/public-api.ts",
    "locales/en": "src/locales/en.ts",
    "locales/es": "src/locales/es.ts",
    "locales/fr": "src/locales/fr.ts",
    "locales/pt": "src/locales/pt.ts",
    // Test helpers shared with the node's tests (`@tip/exchange/testing`), outside the main entry.
    testing: "src/testing/agencies.ts",
  },
  // ESM only: jose 6 and canonicalize are ESM-only packages.
  format: ["esm"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  clean: true,
  target: "es2022",
  external: ["zod", "jose", "canonicalize", "@tip/schema", "@tip/validate", "@tip/privacy"],
});
