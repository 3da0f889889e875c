#!/usr/bin/env node
// Checks what each publishable package would put on the registry, from `npm pack --dry-run --json`:
// - the tarball carries LICENSE (the repository's, byte for byte), README.md and package.json;
// - it holds no test file, test-support code, fixture, source map or build cache (a documented `testing`
//   entry point, such as `@tip/exchange/testing` for other packages' tests, is public API and allowed);
// - its unpacked size stays under the package's budget below;
// - package.json has a description, keywords, license, engines and the repository, homepage and bugs links
//   (taken from the root package.json, with `repository.directory` pointing at the package);
// - every package the built code or its declarations import is declared (dependencies or peerDependencies),
//   and every @tip dependency asks for the version in this repository, so installing one package pulls what
//   it needs;
// - an optional peer dependency (OPTIONAL_PEERS: a big library only some users need) is declared optional, and
//   the built code loads it on first use only (`import()`), never at start-up, nor names it in declarations;
// - a package whose own turbo.json says what its build waits for (so that it does not wait for @tip packages
//   only its tests use) names exactly the builds of its @tip dependencies and peer dependencies.
//
//   node scripts/check-packages.mjs [--fix] [package-dir ...]
//
// With no folder: every package under packages/ (from a package folder: that package). --fix writes the
// links, license and engines from the root package.json and copies LICENSE; it never touches sizes or
// dependencies. The packages must be built (`npm run build`). Exits 1 when a check fails.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const KB = 1024;
const MB = 1024 * KB;

/**
 * Unpacked size budget of each tarball (1 MiB = 1024 KiB), about a fifth above the size measured on
 * 2026-12-06, after the declarations were shared between `import` and `require` and source maps left out:
 * schema 4.26 MiB (0.95 MiB declarations, 1.1 MiB JSON Schema; over 9 MiB before), convert 709 KiB (804 KiB
 * once its xlsx writers moved to their own entry, `@tip/convert/xlsx`, with chunks shared by both), testkit
 * 664 KiB, validate 371 KiB, privacy 320 KiB, site 267 KiB, types 237 KiB, cli 214 KiB, exchange 116 KiB.
 * Doubled declarations or source maps would break the schema's budget. Raise a budget only with a reason in
 * the commit message.
 */
const BUDGETS = {
  // Three builds since it carries ES modules one file per module for bundlers besides the bundled ES modules
  // Node loads (twice as fast) and CommonJS (measured 2026-12-06: 6.18 MiB with the protection records, 7.04 MiB
  // with the prosecution and prevention records too: model 1.2.0 has eleven record types instead of six).
  "@tip/schema": 8.5 * MB,
  "@tip/convert": 1 * MB,
  "@tip/exchange": 250 * KB,
  // The node: its code, declarations and openapi.json (measured 2026-12-06: about 60 KiB).
  "@tip/exchange-node": 150 * KB,
  // Generators and conformance vectors of the nine record types of model 1.2.0 (measured 2026-12-06: 853 KiB).
  "@tip/testkit": 1 * MB,
  "@tip/validate": 600 * KB,
  "@tip/privacy": 450 * KB,
  // Declarations of the sixteen record types of model 1.2.0, each code list declared once (measured 2026-12-06:
  // 119 KiB; 362 KiB when every record type repeated its code lists).
  "@tip/types": 160 * KB,
  "@tip/site": 400 * KB,
  // The CLI grew from 214 KiB with tip serve, send, inbox and template and its one catalogue per language
  // (308 KiB), then to 2.86 MiB (measured 2026-12-06) when the command became one minified bundle carrying
  // the @tip packages, zod and its libraries, for its start-up; the public API is still unbundled.
  "@tip/cli": 3.5 * MB,
};

/**
 * Libraries a package loads only when asked for the feature that needs them, declared as optional peer
 * dependencies so its other users never install them. exceljs writes Excel workbooks for @tip/convert/xlsx: it
 * brings about 170 packages (measured 2026-12-06: 194 in a fresh project, 53 MiB), several deprecated.
 */
const OPTIONAL_PEERS = { "@tip/convert": ["exceljs"] };

/** Paths a tarball must not carry. */
const FORBIDDEN = [
  [
    /(^|\/)(test|tests|__tests__|testing|fixtures|__fixtures__|__mocks__|test-output|coverage)\//,
    "test folder",
  ],
  [/\.(test|spec)(-d)?\.[cm]?[jt]sx?$/, "test file"],
  [/\.map$/, "source map"],
  [/\.tsbuildinfo$|(^|\/)\.turbo\//, "build cache"],
  [/(^|\/)src\//, "source folder"],
  [/\.tgz$/, "tarball"],
];

/**
 * Packages whose one copy must be shared with the user's: @tip/schema's zod schemas are zod objects, so a
 * package that imports zod (in its code or its declarations) asks for it as a peer, never its own copy.
 */
const SHARED_PEERS = ["zod"];

const REQUIRED_FILES = ["LICENSE", "README.md", "package.json"];
const MIN_KEYWORDS = 4;
const MIN_DESCRIPTION = 40;
const MAX_DESCRIPTION = 240;

const args = process.argv.slice(2);
const fix = args.includes("--fix");
const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--fix");
if (unknown.length > 0) {
  console.error(`check-packages: unknown option ${unknown.join(", ")}`);
  process.exit(2);
}
const rootPkg = readJson(join(ROOT, "package.json"));
const license = readFileSync(join(ROOT, "LICENSE"));
const workspaceDirs = new Map(
  findPackageDirs().map((dir) => [readJson(join(dir, "package.json")).name, dir]),
);

const dirs = chosenDirs(args.filter((arg) => !arg.startsWith("--")));
let failures = 0;
for (const dir of dirs) {
  if (fix) fixMetadata(dir);
  const problems = checkPackage(dir);
  const name = readJson(join(dir, "package.json")).name;
  if (problems.length === 0) continue;
  failures += problems.length;
  console.error(`✗ ${name} (${relative(ROOT, dir)})`);
  for (const problem of problems) console.error(`  - ${problem}`);
}
if (failures > 0) {
  console.error(
    `\ncheck-packages: ${failures} problem(s); \`node scripts/check-packages.mjs --fix\` fixes metadata`,
  );
  process.exit(1);
}

/** The publishable packages (not private) under packages/. */
function findPackageDirs() {
  const base = join(ROOT, "packages");
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, "package.json")))
    .map((entry) => join(base, entry.name))
    .filter((dir) => readJson(join(dir, "package.json")).private !== true);
}

function chosenDirs(named) {
  if (named.length > 0) return named.map((dir) => resolve(dir));
  const cwd = process.cwd();
  const all = findPackageDirs();
  return all.includes(cwd) ? [cwd] : all;
}

/** What package.json must say, derived from the root package.json. */
function expectedMetadata(dir) {
  const repositoryUrl = rootPkg.repository?.url;
  const web = repositoryUrl?.replace(/^git\+/, "").replace(/\.git$/, "");
  const directory = relative(ROOT, dir).split("\\").join("/");
  return {
    license: rootPkg.license,
    repository: { type: "git", url: repositoryUrl, directory },
    homepage: `${web}/tree/main/${directory}#readme`,
    bugs: { url: rootPkg.bugs?.url },
    engines: rootPkg.engines,
  };
}

function checkPackage(dir) {
  const problems = [];
  const pkg = readJson(join(dir, "package.json"));
  const expected = expectedMetadata(dir);

  if (!rootPkg.repository?.url || !rootPkg.bugs?.url)
    problems.push("the root package.json lacks repository or bugs");
  for (const [field, value] of Object.entries(expected)) {
    if (JSON.stringify(pkg[field]) !== JSON.stringify(value))
      problems.push(`"${field}" should be ${JSON.stringify(value)}, not ${JSON.stringify(pkg[field])}`);
  }
  const description = pkg.description ?? "";
  if (description.length < MIN_DESCRIPTION || description.length > MAX_DESCRIPTION)
    problems.push(
      `"description" should be one sentence of ${MIN_DESCRIPTION} to ${MAX_DESCRIPTION} characters`,
    );
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length < MIN_KEYWORDS)
    problems.push(`"keywords" should list at least ${MIN_KEYWORDS} search words`);
  else if (!pkg.keywords.includes("trafficking-in-persons"))
    problems.push(`"keywords" should include "trafficking-in-persons"`);
  if (!Array.isArray(pkg.files)) problems.push(`"files" should list what the tarball carries`);
  if (pkg.name.startsWith("@") && pkg.publishConfig?.access !== "public")
    problems.push(`"publishConfig.access" should be "public" (a scoped package is private by default)`);
  if (!existsSync(join(dir, "LICENSE")) || !readFileSync(join(dir, "LICENSE")).equals(license))
    problems.push("LICENSE should be a copy of the repository's LICENSE");

  const packed = pack(dir);
  const paths = packed.files.map((file) => file.path);
  for (const file of REQUIRED_FILES) if (!paths.includes(file)) problems.push(`the tarball lacks ${file}`);
  for (const path of paths) {
    for (const [pattern, what] of FORBIDDEN)
      if (pattern.test(path)) problems.push(`the tarball carries a ${what}: ${path}`);
  }
  const budget = BUDGETS[pkg.name];
  if (budget === undefined) problems.push("no size budget: add one to BUDGETS in scripts/check-packages.mjs");
  else if (packed.unpackedSize > budget)
    problems.push(`unpacked size ${size(packed.unpackedSize)} is over its budget of ${size(budget)}`);

  problems.push(...checkImports(dir, pkg, paths));
  problems.push(...checkOptionalPeers(dir, pkg, paths));
  problems.push(...checkBuildOrder(dir, pkg));
  if (problems.length === 0) {
    const use = budget ? ` (${Math.round((100 * packed.unpackedSize) / budget)}% of ${size(budget)})` : "";
    console.log(
      `✓ ${pkg.name}: ${packed.entryCount} files, ${size(packed.size)} packed, ${size(packed.unpackedSize)} unpacked${use}`,
    );
  }
  return problems;
}

/**
 * The root turbo.json has every build wait for the builds of the package's @tip dependencies, test-only
 * (devDependencies) included. A package's own turbo.json may narrow that to what its build imports; then it
 * must name each of those builds, or the build could run before one of them and read an old or missing dist.
 */
function checkBuildOrder(dir, pkg) {
  const file = join(dir, "turbo.json");
  if (!existsSync(file)) return [];
  // turbo.json may carry comments: TypeScript's reader of tsconfig files takes them. TypeScript is loaded here,
  // only for the packages that have a turbo.json (it takes about half a second to load).
  const ts = createRequire(import.meta.url)("typescript");
  const { config, error } = ts.parseConfigFileTextToJson(file, readFileSync(file, "utf8"));
  if (error !== undefined) return ["turbo.json is not readable JSON with comments"];
  const dependsOn = config?.tasks?.build?.dependsOn;
  if (dependsOn === undefined) return [];
  const expected = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]
    .filter((name) => workspaceDirs.has(name))
    .map((name) => `${name}#build`)
    .sort();
  const given = Array.isArray(dependsOn) ? [...dependsOn].sort() : [];
  return JSON.stringify(given) === JSON.stringify(expected)
    ? []
    : [`turbo.json: the build should wait for ${JSON.stringify(expected)}, not ${JSON.stringify(dependsOn)}`];
}

/** Every bare import of the packed code and declarations is a declared dependency. */
function checkImports(dir, pkg, paths) {
  const problems = [];
  const runtime = { ...pkg.dependencies, ...pkg.peerDependencies };
  for (const [name, range] of Object.entries(runtime)) {
    const local = workspaceDirs.get(name);
    if (!local) continue;
    const version = readJson(join(local, "package.json")).version;
    if (range !== `^${version}`)
      problems.push(`${name} should be asked for as "^${version}", not "${range}"`);
  }
  const builtins = new Set(builtinModules);
  const seen = new Set();
  for (const path of paths.filter((file) => /\.(c|m)?js$|\.d\.(c|m)?ts$/.test(file))) {
    for (const specifier of importsOf(readFileSync(join(dir, path), "utf8"))) {
      if (specifier.startsWith(".") || specifier.startsWith("node:") || specifier.startsWith("#")) continue;
      const name = specifier.startsWith("@")
        ? specifier.split("/").slice(0, 2).join("/")
        : specifier.split("/")[0];
      if (builtins.has(name) || name === pkg.name || seen.has(name)) continue;
      seen.add(name);
      if (SHARED_PEERS.includes(name) && !(name in (pkg.peerDependencies ?? {}))) {
        problems.push(
          `${path} imports ${name}, which should be a peerDependency: one copy shared with @tip/schema`,
        );
      } else if (!(name in runtime)) {
        const where = pkg.devDependencies && name in pkg.devDependencies ? " (only a devDependency)" : "";
        problems.push(`${path} imports ${name}, which is not in dependencies or peerDependencies${where}`);
      }
    }
  }
  return problems;
}

/** Optional peers are declared optional and only ever loaded with `import()`, never named by declarations. */
function checkOptionalPeers(dir, pkg, paths) {
  const problems = [];
  for (const name of OPTIONAL_PEERS[pkg.name] ?? []) {
    if (!(name in (pkg.peerDependencies ?? {})) || pkg.peerDependenciesMeta?.[name]?.optional !== true)
      problems.push(
        `${name} should be an optional peerDependency (peerDependenciesMeta: { optional: true })`,
      );
    if (name in (pkg.dependencies ?? {}))
      problems.push(
        `${name} is an optional peer and should not be in dependencies: every user would install it`,
      );
    const quoted = `["']${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`;
    const loads = [
      new RegExp(`\\bfrom\\s*${quoted}`),
      new RegExp(`\\bimport\\s*${quoted}`),
      // CommonJS builds turn import() into `Promise.resolve().then(() => …require(name))`: only that may require it.
      new RegExp(`^(?!.*Promise\\.resolve\\(\\)\\.then\\().*\\brequire\\(\\s*${quoted}\\s*\\)`, "m"),
    ];
    for (const path of paths.filter((file) => /\.(c|m)?js$|\.d\.(c|m)?ts$/.test(file))) {
      const text = readFileSync(join(dir, path), "utf8");
      if (loads.some((pattern) => pattern.test(text)))
        problems.push(
          `${path} loads ${name} at start-up or names it in declarations: load it with import() on first use`,
        );
    }
  }
  return problems;
}

function importsOf(text) {
  const found = [];
  const patterns = [
    /\b(?:import|export)\s[^"';]*?\sfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]);
  return found;
}

function pack(dir) {
  const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * MB,
  });
  return JSON.parse(output.slice(output.indexOf("[")))[0];
}

/** Writes the derived metadata into package.json (where "license" is, keeping the other keys' order). */
function fixMetadata(dir) {
  const file = join(dir, "package.json");
  const pkg = readJson(file);
  const expected = expectedMetadata(dir);
  const anchor = ["license", "keywords", "description"].find((key) => key in pkg);
  const out = {};
  for (const [key, value] of Object.entries(pkg)) {
    if (key === anchor) {
      if (key !== "license") out[key] = value;
      Object.assign(out, expected);
    } else if (!(key in expected)) out[key] = value;
  }
  if (anchor === undefined) Object.assign(out, expected);
  if (pkg.name.startsWith("@")) out.publishConfig = { ...pkg.publishConfig, access: "public" };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(join(dir, "LICENSE"), license);
}

function size(bytes) {
  return bytes >= MB ? `${(bytes / MB).toFixed(2)} MiB` : `${Math.round(bytes / KB)} KiB`;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}
