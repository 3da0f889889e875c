import { defineConfig } from "tsup";

export default defineConfig({
  // `cli` is the command (its source starts with `#!/usr/bin/env node`, which esbuild keeps), started by the
  // committed launcher bin/tip.js; `public-api` lets programs and tests run the command in-process.
  entry: { cli: "src/cli.ts", "public-api": "src/public-api.ts" },
  format: ["esm"],
  dts: { entry: { "public-api": "src/public-api.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
  sourcemap: false,
  clean: true,
  target: "es2022",
  platform: "node",
  external: [
    "@tip/schema",
    "@tip/validate",
    "@tip/site",
    "@tip/testkit",
    "@tip/privacy",
    "@tip/convert",
    "@tip/exchange",
    "@tip/exchange-node",
    "@tip/exchange-node/client",
    "commander",
    "picocolors",
    "cli-progress",
  ],
});
