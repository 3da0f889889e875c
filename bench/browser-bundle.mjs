#!/usr/bin/env node
// Size of a browser bundle that checks victim records in Spanish (bench/browser-bundle/entry.ts: `Victim`,
// `checkRecord` of `@tip/schema/check` accepting `victimChecks`, the Spanish messages), bundled from the built packages as an application would: esbuild,
// minified, platform browser, then gzip. Target: under 60 KB gzip. Then what takes the room, by part.
//   node bench/browser-bundle.mjs     (after `npx turbo run build --filter=@tip/schema...`)
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const TARGET_KB = 60;
const entry = join(import.meta.dirname, "browser-bundle", "entry.ts");
const options = { entryPoints: [entry], bundle: true, platform: "browser", format: "esm", write: false };
const kb = (bytes) => (bytes / 1024).toFixed(1);

const minified = await build({ ...options, minify: true, logLevel: "error" });
const code = minified.outputFiles[0].contents;
const gzip = gzipSync(code).length;
console.log(
  `\nbrowser bundle of Victim + checkRecord + Spanish messages: ${kb(gzip)} KB gzip (${kb(code.length)} KB minified)`,
);
console.log(`target < ${TARGET_KB} KB gzip: ${gzip < TARGET_KB * 1024 ? "met" : "not met"}`);

// The same bundle with its whitespace kept: esbuild then starts each module with a `// <path>` line, which splits
// the code by module. Each part is gzipped on its own, so the parts add up to a little more than the whole.
const marked = await build({ ...options, minifySyntax: true, minifyIdentifiers: true, metafile: true });
const inputs = new Set(Object.keys(marked.metafile.inputs));
const parts = new Map();
let part = "(bundle runtime)";
for (const line of marked.outputFiles[0].text.split("\n")) {
  if (line.startsWith("// ") && inputs.has(line.slice(3))) part = partOf(line.slice(3));
  else parts.set(part, `${(parts.get(part) ?? "") + line}\n`);
}
const rows = [...parts].map(([name, text]) => [name, gzipSync(text).length]).sort((a, b) => b[1] - a[1]);
console.log("largest parts (KB gzip, each on its own):");
for (const [name, bytes] of rows.slice(0, 12)) console.log(`  ${kb(bytes).padStart(6)}  ${name}`);

/** The part of the bundle a module belongs to: a library, or an area of @tip/schema. */
function partOf(path) {
  if (path.includes("node_modules/zod/v4/locales/")) return "zod's error messages (English)";
  if (path.includes("node_modules/zod/v4/core/compile")) return "zod (z.compile)";
  if (path.includes("node_modules/zod/")) return "zod";
  if (/node_modules\/(intl-messageformat|@formatjs)\//.test(path)) return "intl-messageformat (ICU messages)";
  const schema = /schema\/(?:dist\/modules|dist|src)\/(.+)$/.exec(path)?.[1];
  if (schema === undefined) return path.replace(/^.*node_modules\//, "");
  if (/^i18n\/fields\/labels\./.test(schema)) return "@tip/schema field labels";
  if (/^i18n\/fields\/fields\./.test(schema)) return "@tip/schema field labels and descriptions";
  if (/^issues\/messages\//.test(schema)) return "@tip/schema issue messages";
  if (/^codes\/[^/]+\/[^/]+\.(en|es|fr|pt)(\.generated)?\.js$/.test(schema)) return "@tip/schema code labels";
  if (/^codes\/(country|language)\//.test(schema)) return "@tip/schema country and language codes";
  if (schema.startsWith("codes/")) return "@tip/schema other code lists";
  if (/\.rules\.js$|^rules\//.test(schema)) return "@tip/schema cross-field rules";
  if (/^(entities|common)\//.test(schema)) return "@tip/schema record schemas";
  if (/^profiles\//.test(schema)) return "@tip/schema national profiles";
  return "@tip/schema checking (issues, data, field model)";
}
