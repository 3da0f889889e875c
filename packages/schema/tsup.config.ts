import { defineConfig, type Options } from "tsup";

const common: Options = {
  entry: {
    "public-api": "src/public-api.ts",
    "locales/en": "src/locales/en.ts",
    "locales/es": "src/locales/es.ts",
    "locales/fr": "src/locales/fr.ts",
    "locales/pt": "src/locales/pt.ts",
  },
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  target: "es2022",
  external: ["zod"],
};

export default defineConfig([
  { ...common, format: ["esm"], clean: true },
  // intl-messageformat ships ES modules only, which `require` loads only from Node 20.19 on: the CommonJS build
  // carries its own copy so it works on every Node 20.
  { ...common, format: ["cjs"], noExternal: ["intl-messageformat", /^@formatjs\//] },
]);
