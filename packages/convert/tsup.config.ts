import { defineConfig } from "tsup";

export default defineConfig({
  // `xlsx` writes workbooks with the optional peer dependency exceljs, loaded on first use.
  entry: { "public-api": "src/public-api.ts", xlsx: "src/xlsx-api.ts" },
  format: ["esm", "cjs"],
  // Shared chunks in CommonJS too, so both entries share one copy of each module (one XlsxLibraryMissingError
  // class for instanceof, one cache per table).
  splitting: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  clean: true,
  target: "es2022",
  external: ["zod", "exceljs"],
});
