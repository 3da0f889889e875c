#!/usr/bin/env node
// Builds the documentation site into docs/site (gitignored): the typedoc API reference of the public @tip
// packages into site/api, then the data dictionary of @tip/site around it. Run `npm run docs` at the root,
// which builds the packages first.
//   node scripts/build-site.mjs [--out <dir>]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "@tip/site";
import { Application, JSX } from "typedoc";

const docsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const packagesDir = join(docsDir, "..", "packages");
const outIndex = process.argv.indexOf("--out");
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(docsDir, "site"));

/** Public packages with a `src/public-api.ts` that built (their declaration file is in dist). */
function documentedPackages() {
  return readdirSync(packagesDir)
    .map((name) => join(packagesDir, name))
    .filter((dir) => {
      const manifest = join(dir, "package.json");
      if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, "utf8")).private) return false;
      return (
        existsSync(join(dir, "src", "public-api.ts")) && existsSync(join(dir, "dist", "public-api.d.ts"))
      );
    });
}

const packages = documentedPackages();
const app = await Application.bootstrapWithPlugins({
  name: "TIP data SDK",
  entryPoints: packages,
  entryPointStrategy: "packages",
  packageOptions: {
    entryPoints: ["src/public-api.ts"],
    excludeInternal: true,
    // Types a public export mentions without exporting them are reported (once) by the root options below.
    validation: { notExported: false },
    disableSources: true,
    // Each package's tsconfig also covers its tests; `npm test` type-checks them, the API pages need not.
    skipErrorChecking: true,
  },
  out: join(outDir, "api"),
  excludeInternal: true,
  excludePrivate: true,
  excludeProtected: true,
  excludeExternals: true,
  githubPages: false,
  // No stable public repository URL yet: source links would point nowhere.
  disableSources: true,
  hideGenerator: true,
  readme: "none",
  logLevel: "Warn",
  validation: { notExported: false, invalidLink: true, rewrittenLink: true },
});
// A way back to the data dictionary from every API page, relative so it works from file:// too.
app.renderer.hooks.on("sidebar.begin", (context) =>
  JSX.createElement(
    "p",
    { class: "tip-site-link" },
    JSX.createElement(
      "a",
      { href: context.relativeURL("../index.html") },
      "← Data dictionary (en, es, fr, pt)",
    ),
  ),
);
const project = await app.convert();
if (!project) throw new Error("typedoc could not convert the packages; see the errors above");
await app.generateDocs(project, join(outDir, "api"));

const site = await buildSite({ outDir, apiReference: true });
console.log(
  `API reference of ${packages.map((dir) => dir.split(/[\\/]/).pop()).join(", ")} and ${site.files.length} site files written: ${site.entry}`,
);
