import { defineConfig, type Options } from "tsup";

/** The public entry points (see the exports map). */
const entry = {
  "public-api": "src/public-api.ts",
  check: "src/check.ts",
  i18n: "src/i18n-api.ts",
  "locales/en": "src/locales/en.ts",
  "locales/es": "src/locales/es.ts",
  "locales/fr": "src/locales/fr.ts",
  "locales/pt": "src/locales/pt.ts",
  "locales/en-messages": "src/locales/en-messages.ts",
  "locales/es-messages": "src/locales/es-messages.ts",
  "locales/fr-messages": "src/locales/fr-messages.ts",
  "locales/pt-messages": "src/locales/pt-messages.ts",
};

/** Formats messages parsed ahead; see its own build below. */
const PARSED_FORMATTER = "src/i18n/format-parsed.ts";

const common: Options = {
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  target: "es2022",
  external: ["zod"],
};

export default defineConfig([
  // ES modules for Node (the `node` condition): bundled per entry with shared chunks, because Node loads a few
  // large files much faster than the few hundred modules below (about twice as fast here).
  { ...common, entry, format: ["esm"], clean: true },
  // ES modules for bundlers (the `default` condition): one file per source module. With `"sideEffects": false` a
  // bundler keeps only the modules a page uses (not the other record types, languages or code lists), which it
  // cannot do inside a bundled chunk where each schema is a top-level call.
  {
    ...common,
    entry: [
      "src/**/*.ts",
      "!src/**/*.test.ts",
      "!src/**/*.test-d.ts",
      "!src/testing/**",
      `!${PARSED_FORMATTER}`,
    ],
    outDir: "dist/modules",
    bundle: false,
    format: ["esm"],
  },
  // The formatter of messages parsed ahead, for bundlers, with its own copy of intl-messageformat built without
  // the ICU parser, as formatjs documents for messages compiled ahead (the parser is a third of the formatter,
  // about 7 KB gzip, and intl-messageformat imports it statically). `checkRecord` formats issue messages from
  // their ASTs only; `formatIcu`, which parses, imports intl-messageformat itself.
  {
    ...common,
    entry: { "i18n/format-parsed": PARSED_FORMATTER },
    outDir: "dist/modules",
    format: ["esm"],
    noExternal: ["intl-messageformat", /^@formatjs\//],
    esbuildOptions(options) {
      options.alias = {
        "@formatjs/icu-messageformat-parser": "@formatjs/icu-messageformat-parser/no-parser.js",
      };
    },
  },
  // CommonJS, bundled per entry with shared chunks, with the declarations (shared with the ES builds, see
  // share-declarations). intl-messageformat ships ES modules only, which `require` loads only from Node 20.19
  // on: the CommonJS build carries its own copy so it works on every Node 20.
  {
    ...common,
    entry,
    format: ["cjs"],
    splitting: true,
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    noExternal: ["intl-messageformat", /^@formatjs\//],
  },
]);
