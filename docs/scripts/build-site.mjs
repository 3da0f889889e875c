#!/usr/bin/env node
// Builds the documentation site into docs/site (gitignored): the typedoc API reference of the public @tip
// packages into site/api, then the data dictionary of @tip/site around it. Run `npm run docs` at the root,
// which builds the packages first.
//   node scripts/build-site.mjs [--out <dir>]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "@tip/site";
import { buildApiReference } from "./api-reference.mjs";

const docsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const outIndex = process.argv.indexOf("--out");
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(docsDir, "site"));

const api = await buildApiReference(join(outDir, "api"));
const site = await buildSite({ outDir, apiReference: true });
console.log(
  `API reference of ${api.packages.join(", ")} (${api.shortened.length} expanded types shortened, ${api.long.length} left: ${api.long.join(", ")}) and ${site.files.length} site files written: ${site.entry}`,
);
