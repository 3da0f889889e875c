import { defineConfig } from "tsup";

export default defineConfig({
  entry: { "public-api": "src/public-api.ts", client: "src/client.ts" },
  format: ["esm"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: false,
  clean: true,
  target: "es2022",
  external: ["zod", "jose", "hono", "@hono/node-server", "@electric-sql/pglite", "pg", "@tip/exchange"],
});
