#!/usr/bin/env node
// Runs after tsup in a package that ships both ESM and CommonJS. tsup writes every declaration twice, once as
// `.d.ts` (ESM) and once as `.d.cts` (CommonJS), byte for byte the same types: for @tip/schema that was 1.7 MB
// of copies. This keeps the `.d.cts` files and turns each ESM entry `x.d.ts` into `export * from "./x.cjs"`.
// An ES module may import a CommonJS one, so TypeScript in every mode (nodenext, node16, bundler, node10) sees
// the same declarations, and a program that mixes `import` and `require` gets one type per class, not two.
//
//   node ../../scripts/build/share-declarations.mjs    (from the package folder, after `tsup`)
//
// Fails when an entry has a default export (`export *` does not carry it) or when a declaration file imports
// a relative file that no longer exists.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";

const packageDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const dist = join(packageDir, "dist");

const entries = esmTypeEntries(pkg.exports).map((file) => resolve(packageDir, file));
if (entries.length === 0) fail("no `import` → `types` entry in the exports map");

for (const entry of entries) {
  const twin = entry.replace(/\.d\.ts$/, ".d.cts");
  if (!existsSync(twin)) fail(`${relative(packageDir, twin)} is missing: is the CommonJS build on?`);
  if (/^export\s+(default\b|=)|\bas default\b/m.test(readFileSync(twin, "utf8"))) {
    fail(`${relative(packageDir, twin)} has a default export, which \`export *\` would drop`);
  }
  const stem = basename(twin, ".d.cts");
  writeFileSync(
    entry,
    `// The declarations are in ${stem}.d.cts, shared by import and require (see the package's build).\nexport * from "./${stem}.cjs";\n`,
  );
}

// The ESM chunks the entries used to import are now unused.
const keep = new Set(entries);
let removed = 0;
for (const file of declarationFiles(dist)) {
  if (file.endsWith(".d.ts") && !keep.has(file)) {
    rmSync(file);
    removed++;
  }
}

for (const file of declarationFiles(dist)) {
  for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
    const target = resolve(dirname(file), specifier)
      .replace(/\.js$/, ".d.ts")
      .replace(/\.cjs$/, ".d.cts")
      .replace(/\.mjs$/, ".d.mts");
    if (!existsSync(target)) fail(`${relative(packageDir, file)} imports ${specifier}, which does not exist`);
  }
}
console.log(
  `share-declarations: ${entries.length} ESM entries re-export their .d.cts twin; ${removed} duplicate files removed`,
);

/** The `.d.ts` files the exports map gives to `import`. */
function esmTypeEntries(exportsMap) {
  const found = new Set();
  const visit = (value, underImport) => {
    if (!value || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      const isImport = underImport || key === "import";
      if (key === "types" && isImport && typeof inner === "string" && inner.endsWith(".d.ts"))
        found.add(inner);
      else visit(inner, isImport);
    }
  };
  visit(exportsMap, false);
  return [...found];
}

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (/\.d\.(c|m)?ts$/.test(entry.name)) yield path;
  }
}

function relativeImports(text) {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]);
}

function fail(message) {
  console.error(`share-declarations (${pkg.name}): ${message}`);
  process.exit(1);
}
