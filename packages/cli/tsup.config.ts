import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const require = createRequire(import.meta.url);

// The worker script of @tip/validate (from its sources, see `onePerModule`), built into the command beside the
// chunk that starts it: the validator finds its worker next to its own code
// (`new URL("./ndjson-worker.js", import.meta.url)`).
const validateWorker = join(
  dirname(require.resolve("@tip/validate/package.json")),
  "src",
  "stream",
  "ndjson",
  "ndjson-worker.ts",
);

/**
 * Takes @tip/schema from its build for bundlers (one file per module: the `default` condition of its exports),
 * not from its build for Node, which esbuild would pick on this platform (the `node` condition): that build's
 * chunks are joined by bare imports that a bundle of a side-effect-free package drops, with a warning each.
 * Takes @tip/validate (and its worker script) from its sources, for the same reason: its build is split into
 * chunks joined by bare imports, since it loads its CSV reader on first use.
 */
const onePerModule: Plugin = {
  name: "tip-one-file-per-module",
  setup(build) {
    const root = dirname(require.resolve("@tip/schema/package.json"));
    const exportsMap: Record<string, { import?: { default?: string } }> = JSON.parse(
      readFileSync(join(root, "package.json"), "utf8"),
    ).exports;
    build.onResolve({ filter: /^@tip\/schema(\/.*)?$/ }, (args) => {
      const target = exportsMap[`.${args.path.slice("@tip/schema".length)}`]?.import?.default;
      return target === undefined ? undefined : { path: join(root, target) };
    });
    const validateRoot = dirname(require.resolve("@tip/validate/package.json"));
    build.onResolve({ filter: /^@tip\/validate$/ }, () => ({
      path: join(validateRoot, "src", "public-api.ts"),
    }));
  },
};

/**
 * Packages the command loads from node_modules instead of carrying them: exceljs, big and loaded on first use by
 * the spreadsheet commands; the databases of `tip serve`, which read files of their own (PGlite's WebAssembly)
 * or may load a native module (pg); iconv-lite, whose code tables a bundle would load at every start; and
 * cli-progress, loaded with `require` on first use. Each is a dependency of this package, so that it resolves
 * from the command wherever npm puts it. Everything else the command uses is inside it.
 */
const LOADED_AT_RUN_TIME = ["exceljs", "@electric-sql/pglite", "pg", "iconv-lite", "cli-progress"];

export default defineConfig([
  {
    // The public API lets programs and tests run the command in-process; it imports the @tip packages like any
    // other program, so that a program using them and the command shares one copy of each.
    entry: { "public-api": "src/public-api.ts" },
    format: ["esm"],
    dts: { entry: { "public-api": "src/public-api.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
    // No source maps: they doubled the tarballs, and the built JavaScript is unminified and readable.
    sourcemap: false,
    // Everything in dist/ but the command, which the second build writes at the same time.
    clean: ["!command/**"],
    target: "es2022",
    platform: "node",
    external: [/^@tip\//, "commander", "picocolors", "cli-progress"],
  },
  {
    // The `tip` command (its source starts with `#!/usr/bin/env node`, which esbuild keeps), started by the
    // committed launcher bin/tip.js. It is one bundle with the @tip packages, zod, the ICU message formatter
    // and commander inside, minified: Node then reads about 25 files instead of some 300 modules (zod's 64
    // error-message locales among them, which a bundle leaves out as long as no code reads a zod namespace as
    // a value; command-bundle.test.ts checks). `tip validate` of 100 records took 0.88x the time of the
    // unbundled command (medians of 25 runs in turn). Each command's own code is a chunk loaded when that
    // command runs; esbuild assigns whole files to chunks, so a module reached from a package's entry file is
    // loaded by every command that imports the package.
    entry: { cli: "src/cli.ts", "ndjson-worker": validateWorker },
    outDir: "dist/command",
    format: ["esm"],
    splitting: true,
    minify: true,
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "node",
    // The dependencies of this package would stay outside; these are carried in the command.
    noExternal: [/^@tip\//, "commander", "picocolors", "tinyglobby"],
    external: LOADED_AT_RUN_TIME,
    esbuildPlugins: [onePerModule],
    // Some of the libraries are CommonJS (commander, yauzl…) and require Node's own modules; an ES module
    // bundle has no `require` of its own.
    banner: {
      js: 'import { createRequire as __tipRequire } from "node:module"; const require = __tipRequire(import.meta.url);',
    },
  },
]);
