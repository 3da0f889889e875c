import { defineConfig } from "tsup";

export default defineConfig({
  entry: { "public-api": "src/public-api.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  external: ["zod", "@tip/schema", "csv-parse"],
});
