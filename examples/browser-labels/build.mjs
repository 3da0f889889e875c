// Bundles src/main.js for the browser with esbuild, as an application using @tip/schema would.
import { writeFile } from "node:fs/promises";
import { build } from "esbuild";

const result = await build({
  entryPoints: ["src/main.js"],
  outfile: "dist/bundle.js",
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  charset: "utf8",
  metafile: true,
  logLevel: "warning",
});
await writeFile("dist/meta.json", JSON.stringify(result.metafile, null, 2));
const { bytes } = result.metafile.outputs["dist/bundle.js"];
console.log(`dist/bundle.js: ${(bytes / 1024).toFixed(1)} KiB`);
