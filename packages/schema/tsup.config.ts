import { defineConfig, type Options } from "tsup";

/** The public entry points (see the exports map); each is also a file of the ES module build. */
const entry = {
  "public-api": "src/public-api.ts",
  check: "src/check.ts",
  "locales/en": "src/locales/en.ts",
  "locales/es": "src/locales/es.ts",
  "locales/fr": "src/locales/fr.ts",
  "locales/pt": "src/locales/pt.ts",
  "locales/en-messages": "src/locales/en-messages.ts",
  "locales/es-messages": "src/locales/es-messages.ts",
  "locales/fr-messages": "src/locales/fr-messages.ts",
  "locales/pt-messages": "src/locales/pt-messages.ts",
};

const common: Options = {
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  target: "es2022",
  external: ["zod"],
};

export default defineConfig([
  // ES modules, one file per source file (not bundled): with `"sideEffects": false`, a bundler then drops every
  // module a program does not use (the other record types, languages and code lists), which it cannot do
  // inside one bundled chunk where each schema is a top-level call.
  {
    ...common,
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/testing/**"],
    bundle: false,
    format: ["esm"],
    clean: true,
  },
  // CommonJS, bundled per entry with the declarations (shared with the ES build, see share-declarations).
  // intl-messageformat ships ES modules only, which `require` loads only from Node 20.19 on: the CommonJS build
  // carries its own copy so it works on every Node 20.
  {
    ...common,
    entry,
    format: ["cjs"],
    splitting: true,
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    noExternal: ["intl-messageformat", /^@formatjs\//],
  },
]);
